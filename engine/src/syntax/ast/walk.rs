//! Iterative walks over a tree, for trees too deep to recurse over: `depth` measures how deeply
//! nodes nest, `dismantle` frees a tree without the recursion of `Drop`.
//!
//! Both visit every node once with an explicit stack; `children` and `into_children` are the one
//! place that knows which fields of each node hold nodes, and must list them all.

use super::{
    Arguments, Comprehension, ExceptHandler, Expr, ExprKind, Mod, Pos, Slice, Stmt, StmtKind,
};

/// A node of either kind.
enum Node<T, U> {
    Stmt(T),
    Expr(U),
}

/// The deepest nesting of statements and expressions in `module` (a module of one `pass` is 1),
/// and the position of a deepest node.
pub fn depth(module: &Mod) -> (usize, Pos) {
    let mut stack: Vec<(Node<&Stmt, &Expr>, usize)> = Vec::new();
    match module {
        Mod::Module { body } | Mod::Interactive { body } => {
            stack.extend(body.iter().map(|s| (Node::Stmt(s), 1)))
        }
        Mod::Expression { body } => stack.push((Node::Expr(body), 1)),
    }
    let mut deepest = (0, Pos::default());
    let mut kids = Vec::new();
    while let Some((node, d)) = stack.pop() {
        if d > deepest.0 {
            let pos = match node {
                Node::Stmt(s) => s.pos,
                Node::Expr(e) => e.pos,
            };
            deepest = (d, pos);
        }
        match node {
            Node::Stmt(s) => stmt_children(s, &mut kids),
            Node::Expr(e) => expr_children(e, &mut kids),
        }
        stack.extend(kids.drain(..).map(|k| (k, d + 1)));
    }
    deepest
}

/// Frees `module` node by node.
pub fn dismantle(module: Mod) {
    let mut stack: Vec<Node<Stmt, Expr>> = Vec::new();
    match module {
        Mod::Module { body } | Mod::Interactive { body } => {
            stack.extend(body.into_iter().map(Node::Stmt))
        }
        Mod::Expression { body } => stack.push(Node::Expr(*body)),
    }
    while let Some(node) = stack.pop() {
        match node {
            Node::Stmt(s) => into_stmt_children(s, &mut stack),
            Node::Expr(e) => into_expr_children(e, &mut stack),
        }
    }
}

type Ref<'a> = Node<&'a Stmt, &'a Expr>;

fn exprs<'a>(out: &mut Vec<Ref<'a>>, es: impl IntoIterator<Item = &'a Expr>) {
    out.extend(es.into_iter().map(Node::Expr));
}

fn stmts<'a>(out: &mut Vec<Ref<'a>>, ss: &'a [Stmt]) {
    out.extend(ss.iter().map(Node::Stmt));
}

fn args_children<'a>(a: &'a Arguments, out: &mut Vec<Ref<'a>>) {
    exprs(out, &a.args);
    exprs(out, &a.defaults);
}

fn comp_children<'a>(gens: &'a [Comprehension], out: &mut Vec<Ref<'a>>) {
    for g in gens {
        exprs(out, [&g.target, &g.iter]);
        exprs(out, &g.ifs);
    }
}

fn slice_children<'a>(s: &'a Slice, out: &mut Vec<Ref<'a>>) {
    match s {
        Slice::Ellipsis => {}
        Slice::Slice { lower, upper, step } => exprs(
            out,
            [lower, upper, step].into_iter().flatten().map(|b| &**b),
        ),
        Slice::ExtSlice { dims } => dims.iter().for_each(|d| slice_children(d, out)),
        Slice::Index { value } => exprs(out, [&**value]),
    }
}

fn stmt_children<'a>(s: &'a Stmt, out: &mut Vec<Ref<'a>>) {
    use StmtKind::*;
    match &s.kind {
        FunctionDef {
            args,
            body,
            decorator_list,
            ..
        } => {
            args_children(args, out);
            stmts(out, body);
            exprs(out, decorator_list);
        }
        ClassDef {
            bases,
            body,
            decorator_list,
            ..
        } => {
            exprs(out, bases);
            stmts(out, body);
            exprs(out, decorator_list);
        }
        Return { value } => exprs(out, value),
        Delete { targets } => exprs(out, targets),
        Assign { targets, value } => {
            exprs(out, targets);
            exprs(out, [value]);
        }
        AugAssign { target, value, .. } => exprs(out, [target, value]),
        Print { dest, values, .. } => {
            exprs(out, dest);
            exprs(out, values);
        }
        For {
            target,
            iter,
            body,
            orelse,
        } => {
            exprs(out, [target, iter]);
            stmts(out, body);
            stmts(out, orelse);
        }
        While { test, body, orelse } | If { test, body, orelse } => {
            exprs(out, [test]);
            stmts(out, body);
            stmts(out, orelse);
        }
        With {
            context_expr,
            optional_vars,
            body,
        } => {
            exprs(out, [context_expr]);
            exprs(out, optional_vars);
            stmts(out, body);
        }
        Raise { type_, inst, tback } => exprs(out, [type_, inst, tback].into_iter().flatten()),
        TryExcept {
            body,
            handlers,
            orelse,
        } => {
            stmts(out, body);
            for h in handlers {
                exprs(out, [&h.type_, &h.name].into_iter().flatten());
                stmts(out, &h.body);
            }
            stmts(out, orelse);
        }
        TryFinally { body, finalbody } => {
            stmts(out, body);
            stmts(out, finalbody);
        }
        Assert { test, msg } => {
            exprs(out, [test]);
            exprs(out, msg);
        }
        Exec {
            body,
            globals,
            locals,
        } => {
            exprs(out, [body]);
            exprs(out, [globals, locals].into_iter().flatten());
        }
        Expr { value } => exprs(out, [value]),
        Import { .. } | ImportFrom { .. } | Global { .. } | Pass | Break | Continue => {}
    }
}

fn expr_children<'a>(e: &'a Expr, out: &mut Vec<Ref<'a>>) {
    use ExprKind::*;
    match &e.kind {
        BoolOp { values, .. } => exprs(out, values),
        BinOp { left, right, .. } => exprs(out, [&**left, &**right]),
        UnaryOp { operand, .. } => exprs(out, [&**operand]),
        Lambda { args, body } => {
            args_children(args, out);
            exprs(out, [&**body]);
        }
        IfExp { test, body, orelse } => exprs(out, [&**test, &**body, &**orelse]),
        Dict { keys, values } => {
            exprs(out, keys);
            exprs(out, values);
        }
        Set { elts } | List { elts, .. } | Tuple { elts, .. } => exprs(out, elts),
        ListComp { elt, generators }
        | SetComp { elt, generators }
        | GeneratorExp { elt, generators } => {
            exprs(out, [&**elt]);
            comp_children(generators, out);
        }
        DictComp {
            key,
            value,
            generators,
        } => {
            exprs(out, [&**key, &**value]);
            comp_children(generators, out);
        }
        Yield { value } => exprs(out, value.iter().map(|b| &**b)),
        Compare {
            left, comparators, ..
        } => {
            exprs(out, [&**left]);
            exprs(out, comparators);
        }
        Call {
            func,
            args,
            keywords,
            starargs,
            kwargs,
        } => {
            exprs(out, [&**func]);
            exprs(out, args);
            exprs(out, keywords.iter().map(|k| &k.value));
            exprs(out, [starargs, kwargs].into_iter().flatten().map(|b| &**b));
        }
        Repr { value } | Attribute { value, .. } => exprs(out, [&**value]),
        Subscript { value, slice, .. } => {
            exprs(out, [&**value]);
            slice_children(slice, out);
        }
        Num { .. } | Str { .. } | Name { .. } => {}
    }
}

type Owned = Node<Stmt, Expr>;

fn own_exprs(out: &mut Vec<Owned>, es: impl IntoIterator<Item = Expr>) {
    out.extend(es.into_iter().map(Node::Expr));
}

fn own_stmts(out: &mut Vec<Owned>, ss: Vec<Stmt>) {
    out.extend(ss.into_iter().map(Node::Stmt));
}

fn own_args(a: Arguments, out: &mut Vec<Owned>) {
    own_exprs(out, a.args);
    own_exprs(out, a.defaults);
}

fn own_comps(gens: Vec<Comprehension>, out: &mut Vec<Owned>) {
    for g in gens {
        own_exprs(out, [g.target, g.iter]);
        own_exprs(out, g.ifs);
    }
}

fn own_slice(s: Slice, out: &mut Vec<Owned>) {
    match s {
        Slice::Ellipsis => {}
        Slice::Slice { lower, upper, step } => {
            own_exprs(out, [lower, upper, step].into_iter().flatten().map(|b| *b))
        }
        Slice::ExtSlice { dims } => dims.into_iter().for_each(|d| own_slice(d, out)),
        Slice::Index { value } => own_exprs(out, [*value]),
    }
}

fn own_handler(h: ExceptHandler, out: &mut Vec<Owned>) {
    own_exprs(out, [h.type_, h.name].into_iter().flatten());
    own_stmts(out, h.body);
}

fn into_stmt_children(s: Stmt, out: &mut Vec<Owned>) {
    use StmtKind::*;
    match s.kind {
        FunctionDef {
            args,
            body,
            decorator_list,
            ..
        } => {
            own_args(args, out);
            own_stmts(out, body);
            own_exprs(out, decorator_list);
        }
        ClassDef {
            bases,
            body,
            decorator_list,
            ..
        } => {
            own_exprs(out, bases);
            own_stmts(out, body);
            own_exprs(out, decorator_list);
        }
        Return { value } => own_exprs(out, value),
        Delete { targets } => own_exprs(out, targets),
        Assign { targets, value } => {
            own_exprs(out, targets);
            own_exprs(out, [value]);
        }
        AugAssign { target, value, .. } => own_exprs(out, [target, value]),
        Print { dest, values, .. } => {
            own_exprs(out, dest);
            own_exprs(out, values);
        }
        For {
            target,
            iter,
            body,
            orelse,
        } => {
            own_exprs(out, [target, iter]);
            own_stmts(out, body);
            own_stmts(out, orelse);
        }
        While { test, body, orelse } | If { test, body, orelse } => {
            own_exprs(out, [test]);
            own_stmts(out, body);
            own_stmts(out, orelse);
        }
        With {
            context_expr,
            optional_vars,
            body,
        } => {
            own_exprs(out, [context_expr]);
            own_exprs(out, optional_vars);
            own_stmts(out, body);
        }
        Raise { type_, inst, tback } => own_exprs(out, [type_, inst, tback].into_iter().flatten()),
        TryExcept {
            body,
            handlers,
            orelse,
        } => {
            own_stmts(out, body);
            handlers.into_iter().for_each(|h| own_handler(h, out));
            own_stmts(out, orelse);
        }
        TryFinally { body, finalbody } => {
            own_stmts(out, body);
            own_stmts(out, finalbody);
        }
        Assert { test, msg } => {
            own_exprs(out, [test]);
            own_exprs(out, msg);
        }
        Exec {
            body,
            globals,
            locals,
        } => {
            own_exprs(out, [body]);
            own_exprs(out, [globals, locals].into_iter().flatten());
        }
        Expr { value } => own_exprs(out, [value]),
        Import { .. } | ImportFrom { .. } | Global { .. } | Pass | Break | Continue => {}
    }
}

fn into_expr_children(e: Expr, out: &mut Vec<Owned>) {
    use ExprKind::*;
    match e.kind {
        BoolOp { values, .. } => own_exprs(out, values),
        BinOp { left, right, .. } => own_exprs(out, [*left, *right]),
        UnaryOp { operand, .. } => own_exprs(out, [*operand]),
        Lambda { args, body } => {
            own_args(*args, out);
            own_exprs(out, [*body]);
        }
        IfExp { test, body, orelse } => own_exprs(out, [*test, *body, *orelse]),
        Dict { keys, values } => {
            own_exprs(out, keys);
            own_exprs(out, values);
        }
        Set { elts } | List { elts, .. } | Tuple { elts, .. } => own_exprs(out, elts),
        ListComp { elt, generators }
        | SetComp { elt, generators }
        | GeneratorExp { elt, generators } => {
            own_exprs(out, [*elt]);
            own_comps(generators, out);
        }
        DictComp {
            key,
            value,
            generators,
        } => {
            own_exprs(out, [*key, *value]);
            own_comps(generators, out);
        }
        Yield { value } => own_exprs(out, value.map(|b| *b)),
        Compare {
            left, comparators, ..
        } => {
            own_exprs(out, [*left]);
            own_exprs(out, comparators);
        }
        Call {
            func,
            args,
            keywords,
            starargs,
            kwargs,
        } => {
            own_exprs(out, [*func]);
            own_exprs(out, args);
            own_exprs(out, keywords.into_iter().map(|k| k.value));
            own_exprs(out, [starargs, kwargs].into_iter().flatten().map(|b| *b));
        }
        Repr { value } | Attribute { value, .. } => own_exprs(out, [*value]),
        Subscript { value, slice, .. } => {
            own_exprs(out, [*value]);
            own_slice(*slice, out);
        }
        Num { .. } | Str { .. } | Name { .. } => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::ast::{Number, UnaryOp};
    use crate::syntax::{parse, ParseOptions};

    fn module(src: &str) -> Mod {
        parse(src.as_bytes(), "t.py", &ParseOptions::ast_parse()).unwrap()
    }

    #[test]
    fn depth_counts_statements_and_expressions() {
        assert_eq!(depth(&module("pass\n")).0, 1);
        // Expr > BinOp > BinOp > Num
        assert_eq!(depth(&module("1 + 2 + 3\n")).0, 4);
        // If > If (the elif) > Expr > Subscript > Num, the deepest node on line 4.
        let (d, pos) = depth(&module("if a:\n  pass\nelif b:\n  x[1:2]\n"));
        assert_eq!((d, pos.lineno), (5, 4));
    }

    #[test]
    fn dismantle_frees_a_tree_deeper_than_the_stack() {
        // A chain a million deep, built by hand (the parser would refuse it).
        let num = |pos| Expr {
            kind: ExprKind::Num { n: Number::Int(1) },
            pos,
        };
        let mut e = num(Pos::default());
        for _ in 0..1_000_000 {
            e = Expr {
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(e),
                },
                pos: Pos::default(),
            };
        }
        let m = Mod::Expression { body: Box::new(e) };
        assert_eq!(depth(&m).0, 1_000_001);
        dismantle(m);
    }
}
