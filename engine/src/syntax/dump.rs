//! `ast.dump`: a tree in, exactly the text CPython 2.7's `ast.dump(tree, include_attributes)`
//! returns out.
//!
//! Layout (CPython's `ast.dump` with `annotate_fields=True`): `Name(f1=v1, f2=v2)` with fields in
//! ASDL order; lists as `[a, b]`; a missing optional as `None`; identifiers and literal values by
//! their Python `repr`. With attributes, `lineno=N, col_offset=M` follow the fields of stmt, expr
//! and excepthandler nodes (after `", "`, or after a single space when the node has no fields:
//! `Pass( lineno=1, col_offset=0)`).
//!
//! Invariants: the walk is iterative (an explicit stack of pieces still to print), so a tree of any
//! depth prints without native recursion; all output goes into one `String`.

use super::ast::*;
use crate::pyfmt;
use std::fmt::Write;

/// Prints `module` as `ast.dump(module, include_attributes=include_attributes)` does.
pub fn dump(module: &Mod, include_attributes: bool) -> String {
    let mut printer = Printer {
        out: String::new(),
        stack: Vec::new(),
        attributes: include_attributes,
    };
    printer.stack.push(Piece::Mod(module));
    printer.run();
    printer.out
}

/// One thing still to print. Node pieces expand into text and further pieces.
#[derive(Clone, Copy)]
enum Piece<'a> {
    Text(&'static str),
    /// `name=` before a field's value (`, ` before all but the first is pushed as `Text`).
    Field(&'static str),
    /// `, lineno=N, col_offset=M` (or with a leading space for a node without fields).
    Attrs(Pos, bool),
    Mod(&'a Mod),
    Stmt(&'a Stmt),
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
    Exprs(&'a [Expr]),
    OptExpr(Option<&'a Expr>),
    Handler(&'a ExceptHandler),
    Handlers(&'a [ExceptHandler]),
    Slice(&'a Slice),
    Slices(&'a [Slice]),
    Comprehension(&'a Comprehension),
    Comprehensions(&'a [Comprehension]),
    Keyword(&'a Keyword),
    Keywords(&'a [Keyword]),
    Alias(&'a Alias),
    Aliases(&'a [Alias]),
    CmpOps(&'a [CmpOp]),
    Arguments(&'a Arguments),
    Ident(&'a str),
    OptIdent(Option<&'a str>),
    Idents(&'a [Ident]),
    Bool(bool),
    Level(u32),
    Number(&'a Number),
    Str(&'a StrValue),
    Op(&'static str),
}

struct Printer<'a> {
    out: String,
    stack: Vec<Piece<'a>>,
    attributes: bool,
}

impl<'a> Printer<'a> {
    fn run(&mut self) {
        while let Some(piece) = self.stack.pop() {
            self.print(piece);
        }
    }

    fn print(&mut self, piece: Piece<'a>) {
        match piece {
            Piece::Text(text) => self.out.push_str(text),
            Piece::Field(name) => {
                self.out.push_str(name);
                self.out.push('=');
            }
            Piece::Attrs(pos, has_fields) => {
                let lead = if has_fields { ", " } else { " " };
                let _ = write!(
                    self.out,
                    "{}lineno={}, col_offset={}",
                    lead, pos.lineno, pos.col_offset
                );
            }
            Piece::Mod(module) => self.module(module),
            Piece::Stmt(stmt) => self.stmt(stmt),
            Piece::Stmts(list) => self.list(list, Piece::Stmt),
            Piece::Expr(expr) => self.expr(expr),
            Piece::Exprs(list) => self.list(list, Piece::Expr),
            Piece::OptExpr(Some(expr)) => self.expr(expr),
            Piece::OptExpr(None) | Piece::OptIdent(None) => self.out.push_str("None"),
            Piece::Handler(handler) => self.handler(handler),
            Piece::Handlers(list) => self.list(list, Piece::Handler),
            Piece::Slice(slice) => self.slice(slice),
            Piece::Slices(list) => self.list(list, Piece::Slice),
            Piece::Comprehension(c) => self.node(
                "comprehension",
                &[
                    ("target", Piece::Expr(&c.target)),
                    ("iter", Piece::Expr(&c.iter)),
                    ("ifs", Piece::Exprs(&c.ifs)),
                ],
                None,
            ),
            Piece::Comprehensions(list) => self.list(list, Piece::Comprehension),
            Piece::Keyword(k) => self.node(
                "keyword",
                &[
                    ("arg", Piece::Ident(&k.arg)),
                    ("value", Piece::Expr(&k.value)),
                ],
                None,
            ),
            Piece::Keywords(list) => self.list(list, Piece::Keyword),
            Piece::Alias(a) => self.node(
                "alias",
                &[
                    ("name", Piece::Ident(&a.name)),
                    ("asname", Piece::OptIdent(a.asname.as_deref())),
                ],
                None,
            ),
            Piece::Aliases(list) => self.list(list, Piece::Alias),
            Piece::CmpOps(ops) => {
                self.out.push('[');
                for (i, op) in ops.iter().enumerate() {
                    if i > 0 {
                        self.out.push_str(", ");
                    }
                    self.out.push_str(op.name());
                    self.out.push_str("()");
                }
                self.out.push(']');
            }
            Piece::Arguments(args) => self.node(
                "arguments",
                &[
                    ("args", Piece::Exprs(&args.args)),
                    ("vararg", Piece::OptIdent(args.vararg.as_deref())),
                    ("kwarg", Piece::OptIdent(args.kwarg.as_deref())),
                    ("defaults", Piece::Exprs(&args.defaults)),
                ],
                None,
            ),
            Piece::Ident(name) | Piece::OptIdent(Some(name)) => {
                self.out.push_str(&pyfmt::bytes_repr(name.as_bytes()))
            }
            Piece::Idents(names) => self.list(names, |n| Piece::Ident(n)),
            Piece::Bool(b) => self.out.push_str(if b { "True" } else { "False" }),
            Piece::Level(level) => {
                let _ = write!(self.out, "{}", level);
            }
            Piece::Number(n) => self.out.push_str(&number_repr(n)),
            Piece::Str(s) => self.out.push_str(&str_repr(s)),
            Piece::Op(name) => {
                self.out.push_str(name);
                self.out.push_str("()");
            }
        }
    }

    /// Schedules `[a, b, ...]`.
    fn list<T>(&mut self, items: &'a [T], piece: impl Fn(&'a T) -> Piece<'a>) {
        self.out.push('[');
        self.stack.push(Piece::Text("]"));
        for (i, item) in items.iter().enumerate().rev() {
            self.stack.push(piece(item));
            if i > 0 {
                self.stack.push(Piece::Text(", "));
            }
        }
    }

    /// Prints `name(` now and schedules the fields, the attributes and `)`.
    fn node(&mut self, name: &'static str, fields: &[(&'static str, Piece<'a>)], pos: Option<Pos>) {
        self.out.push_str(name);
        self.out.push('(');
        self.stack.push(Piece::Text(")"));
        if let Some(pos) = pos {
            if self.attributes {
                self.stack.push(Piece::Attrs(pos, !fields.is_empty()));
            }
        }
        for (i, (field, value)) in fields.iter().enumerate().rev() {
            self.stack.push(*value);
            self.stack.push(Piece::Field(field));
            if i > 0 {
                self.stack.push(Piece::Text(", "));
            }
        }
    }

    fn module(&mut self, module: &'a Mod) {
        match module {
            Mod::Module { body } => self.node("Module", &[("body", Piece::Stmts(body))], None),
            Mod::Interactive { body } => {
                self.node("Interactive", &[("body", Piece::Stmts(body))], None)
            }
            Mod::Expression { body } => {
                self.node("Expression", &[("body", Piece::Expr(body))], None)
            }
        }
    }

    fn stmt(&mut self, stmt: &'a Stmt) {
        use StmtKind as S;
        let pos = Some(stmt.pos);
        match &stmt.kind {
            S::FunctionDef {
                name,
                args,
                body,
                decorator_list,
            } => self.node(
                "FunctionDef",
                &[
                    ("name", Piece::Ident(name)),
                    ("args", Piece::Arguments(args)),
                    ("body", Piece::Stmts(body)),
                    ("decorator_list", Piece::Exprs(decorator_list)),
                ],
                pos,
            ),
            S::ClassDef {
                name,
                bases,
                body,
                decorator_list,
            } => self.node(
                "ClassDef",
                &[
                    ("name", Piece::Ident(name)),
                    ("bases", Piece::Exprs(bases)),
                    ("body", Piece::Stmts(body)),
                    ("decorator_list", Piece::Exprs(decorator_list)),
                ],
                pos,
            ),
            S::Return { value } => {
                self.node("Return", &[("value", Piece::OptExpr(value.as_ref()))], pos)
            }
            S::Delete { targets } => {
                self.node("Delete", &[("targets", Piece::Exprs(targets))], pos)
            }
            S::Assign { targets, value } => self.node(
                "Assign",
                &[
                    ("targets", Piece::Exprs(targets)),
                    ("value", Piece::Expr(value)),
                ],
                pos,
            ),
            S::AugAssign { target, op, value } => self.node(
                "AugAssign",
                &[
                    ("target", Piece::Expr(target)),
                    ("op", Piece::Op(op.name())),
                    ("value", Piece::Expr(value)),
                ],
                pos,
            ),
            S::Print { dest, values, nl } => self.node(
                "Print",
                &[
                    ("dest", Piece::OptExpr(dest.as_ref())),
                    ("values", Piece::Exprs(values)),
                    ("nl", Piece::Bool(*nl)),
                ],
                pos,
            ),
            S::For {
                target,
                iter,
                body,
                orelse,
            } => self.node(
                "For",
                &[
                    ("target", Piece::Expr(target)),
                    ("iter", Piece::Expr(iter)),
                    ("body", Piece::Stmts(body)),
                    ("orelse", Piece::Stmts(orelse)),
                ],
                pos,
            ),
            S::While { test, body, orelse } => self.node(
                "While",
                &[
                    ("test", Piece::Expr(test)),
                    ("body", Piece::Stmts(body)),
                    ("orelse", Piece::Stmts(orelse)),
                ],
                pos,
            ),
            S::If { test, body, orelse } => self.node(
                "If",
                &[
                    ("test", Piece::Expr(test)),
                    ("body", Piece::Stmts(body)),
                    ("orelse", Piece::Stmts(orelse)),
                ],
                pos,
            ),
            S::With {
                context_expr,
                optional_vars,
                body,
            } => self.node(
                "With",
                &[
                    ("context_expr", Piece::Expr(context_expr)),
                    ("optional_vars", Piece::OptExpr(optional_vars.as_ref())),
                    ("body", Piece::Stmts(body)),
                ],
                pos,
            ),
            S::Raise { type_, inst, tback } => self.node(
                "Raise",
                &[
                    ("type", Piece::OptExpr(type_.as_ref())),
                    ("inst", Piece::OptExpr(inst.as_ref())),
                    ("tback", Piece::OptExpr(tback.as_ref())),
                ],
                pos,
            ),
            S::TryExcept {
                body,
                handlers,
                orelse,
            } => self.node(
                "TryExcept",
                &[
                    ("body", Piece::Stmts(body)),
                    ("handlers", Piece::Handlers(handlers)),
                    ("orelse", Piece::Stmts(orelse)),
                ],
                pos,
            ),
            S::TryFinally { body, finalbody } => self.node(
                "TryFinally",
                &[
                    ("body", Piece::Stmts(body)),
                    ("finalbody", Piece::Stmts(finalbody)),
                ],
                pos,
            ),
            S::Assert { test, msg } => self.node(
                "Assert",
                &[
                    ("test", Piece::Expr(test)),
                    ("msg", Piece::OptExpr(msg.as_ref())),
                ],
                pos,
            ),
            S::Import { names } => self.node("Import", &[("names", Piece::Aliases(names))], pos),
            S::ImportFrom {
                module,
                names,
                level,
            } => self.node(
                "ImportFrom",
                &[
                    ("module", Piece::OptIdent(module.as_deref())),
                    ("names", Piece::Aliases(names)),
                    ("level", Piece::Level(*level)),
                ],
                pos,
            ),
            S::Exec {
                body,
                globals,
                locals,
            } => self.node(
                "Exec",
                &[
                    ("body", Piece::Expr(body)),
                    ("globals", Piece::OptExpr(globals.as_ref())),
                    ("locals", Piece::OptExpr(locals.as_ref())),
                ],
                pos,
            ),
            S::Global { names } => self.node("Global", &[("names", Piece::Idents(names))], pos),
            S::Expr { value } => self.node("Expr", &[("value", Piece::Expr(value))], pos),
            S::Pass => self.node("Pass", &[], pos),
            S::Break => self.node("Break", &[], pos),
            S::Continue => self.node("Continue", &[], pos),
        }
    }

    fn expr(&mut self, expr: &'a Expr) {
        use ExprKind as E;
        let pos = Some(expr.pos);
        match &expr.kind {
            E::BoolOp { op, values } => self.node(
                "BoolOp",
                &[
                    ("op", Piece::Op(op.name())),
                    ("values", Piece::Exprs(values)),
                ],
                pos,
            ),
            E::BinOp { left, op, right } => self.node(
                "BinOp",
                &[
                    ("left", Piece::Expr(left)),
                    ("op", Piece::Op(op.name())),
                    ("right", Piece::Expr(right)),
                ],
                pos,
            ),
            E::UnaryOp { op, operand } => self.node(
                "UnaryOp",
                &[
                    ("op", Piece::Op(op.name())),
                    ("operand", Piece::Expr(operand)),
                ],
                pos,
            ),
            E::Lambda { args, body } => self.node(
                "Lambda",
                &[
                    ("args", Piece::Arguments(args)),
                    ("body", Piece::Expr(body)),
                ],
                pos,
            ),
            E::IfExp { test, body, orelse } => self.node(
                "IfExp",
                &[
                    ("test", Piece::Expr(test)),
                    ("body", Piece::Expr(body)),
                    ("orelse", Piece::Expr(orelse)),
                ],
                pos,
            ),
            E::Dict { keys, values } => self.node(
                "Dict",
                &[
                    ("keys", Piece::Exprs(keys)),
                    ("values", Piece::Exprs(values)),
                ],
                pos,
            ),
            E::Set { elts } => self.node("Set", &[("elts", Piece::Exprs(elts))], pos),
            E::ListComp { elt, generators } => self.node(
                "ListComp",
                &[
                    ("elt", Piece::Expr(elt)),
                    ("generators", Piece::Comprehensions(generators)),
                ],
                pos,
            ),
            E::SetComp { elt, generators } => self.node(
                "SetComp",
                &[
                    ("elt", Piece::Expr(elt)),
                    ("generators", Piece::Comprehensions(generators)),
                ],
                pos,
            ),
            E::DictComp {
                key,
                value,
                generators,
            } => self.node(
                "DictComp",
                &[
                    ("key", Piece::Expr(key)),
                    ("value", Piece::Expr(value)),
                    ("generators", Piece::Comprehensions(generators)),
                ],
                pos,
            ),
            E::GeneratorExp { elt, generators } => self.node(
                "GeneratorExp",
                &[
                    ("elt", Piece::Expr(elt)),
                    ("generators", Piece::Comprehensions(generators)),
                ],
                pos,
            ),
            E::Yield { value } => {
                self.node("Yield", &[("value", Piece::OptExpr(value.as_deref()))], pos)
            }
            E::Compare {
                left,
                ops,
                comparators,
            } => self.node(
                "Compare",
                &[
                    ("left", Piece::Expr(left)),
                    ("ops", Piece::CmpOps(ops)),
                    ("comparators", Piece::Exprs(comparators)),
                ],
                pos,
            ),
            E::Call {
                func,
                args,
                keywords,
                starargs,
                kwargs,
            } => self.node(
                "Call",
                &[
                    ("func", Piece::Expr(func)),
                    ("args", Piece::Exprs(args)),
                    ("keywords", Piece::Keywords(keywords)),
                    ("starargs", Piece::OptExpr(starargs.as_deref())),
                    ("kwargs", Piece::OptExpr(kwargs.as_deref())),
                ],
                pos,
            ),
            E::Repr { value } => self.node("Repr", &[("value", Piece::Expr(value))], pos),
            E::Num { n } => self.node("Num", &[("n", Piece::Number(n))], pos),
            E::Str { s } => self.node("Str", &[("s", Piece::Str(s))], pos),
            E::Attribute { value, attr, ctx } => self.node(
                "Attribute",
                &[
                    ("value", Piece::Expr(value)),
                    ("attr", Piece::Ident(attr)),
                    ("ctx", Piece::Op(ctx.name())),
                ],
                pos,
            ),
            E::Subscript { value, slice, ctx } => self.node(
                "Subscript",
                &[
                    ("value", Piece::Expr(value)),
                    ("slice", Piece::Slice(slice)),
                    ("ctx", Piece::Op(ctx.name())),
                ],
                pos,
            ),
            E::Name { id, ctx } => self.node(
                "Name",
                &[("id", Piece::Ident(id)), ("ctx", Piece::Op(ctx.name()))],
                pos,
            ),
            E::List { elts, ctx } => self.node(
                "List",
                &[("elts", Piece::Exprs(elts)), ("ctx", Piece::Op(ctx.name()))],
                pos,
            ),
            E::Tuple { elts, ctx } => self.node(
                "Tuple",
                &[("elts", Piece::Exprs(elts)), ("ctx", Piece::Op(ctx.name()))],
                pos,
            ),
        }
    }

    fn handler(&mut self, handler: &'a ExceptHandler) {
        self.node(
            "ExceptHandler",
            &[
                ("type", Piece::OptExpr(handler.type_.as_ref())),
                ("name", Piece::OptExpr(handler.name.as_ref())),
                ("body", Piece::Stmts(&handler.body)),
            ],
            Some(handler.pos),
        )
    }

    fn slice(&mut self, slice: &'a Slice) {
        match slice {
            Slice::Ellipsis => self.node("Ellipsis", &[], None),
            Slice::Slice { lower, upper, step } => self.node(
                "Slice",
                &[
                    ("lower", Piece::OptExpr(lower.as_deref())),
                    ("upper", Piece::OptExpr(upper.as_deref())),
                    ("step", Piece::OptExpr(step.as_deref())),
                ],
                None,
            ),
            Slice::ExtSlice { dims } => {
                self.node("ExtSlice", &[("dims", Piece::Slices(dims))], None)
            }
            Slice::Index { value } => self.node("Index", &[("value", Piece::Expr(value))], None),
        }
    }
}

/// `repr` of a `Num` node's value.
fn number_repr(n: &Number) -> String {
    match n {
        Number::Int(i) => pyfmt::int_repr(*i),
        Number::Long(l) => pyfmt::long_repr(l),
        Number::Float(f) => pyfmt::float_repr(*f),
        Number::Complex { real, imag } => pyfmt::complex_repr(*real, *imag),
    }
}

/// `repr` of a `Str` node's value.
fn str_repr(s: &StrValue) -> String {
    match s {
        StrValue::Bytes(bytes) => pyfmt::bytes_repr(bytes),
        StrValue::Unicode(chars) => pyfmt::unicode_repr(chars),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e(kind: ExprKind, lineno: u32, col: i32) -> Expr {
        Expr {
            kind,
            pos: Pos::new(lineno, col),
        }
    }

    fn s(kind: StmtKind, lineno: u32, col: i32) -> Stmt {
        Stmt {
            kind,
            pos: Pos::new(lineno, col),
        }
    }

    fn name(id: &str, ctx: ExprContext, lineno: u32, col: i32) -> Expr {
        e(ExprKind::Name { id: id.into(), ctx }, lineno, col)
    }

    fn num(n: Number, lineno: u32, col: i32) -> Expr {
        e(ExprKind::Num { n }, lineno, col)
    }

    #[test]
    fn simple_module() {
        // ast.dump(ast.parse("1"))
        let m = Mod::Module {
            body: vec![s(
                StmtKind::Expr {
                    value: num(Number::Int(1), 1, 0),
                },
                1,
                0,
            )],
        };
        assert_eq!(dump(&m, false), "Module(body=[Expr(value=Num(n=1))])");
        assert_eq!(
            dump(&m, true),
            "Module(body=[Expr(value=Num(n=1, lineno=1, col_offset=0), lineno=1, col_offset=0)])"
        );
    }

    #[test]
    fn statements_with_attributes() {
        // ast.dump(ast.parse("from os import path\ndef f(a, b=1, *c, **d): pass\ntry: pass\n
        //   except E, e: pass\nraise x\nprint >>f, 1,\nx[1:2, ...]"), include_attributes=True)
        use ExprContext::*;
        let body = vec![
            s(
                StmtKind::ImportFrom {
                    module: Some("os".into()),
                    names: vec![Alias {
                        name: "path".into(),
                        asname: None,
                    }],
                    level: 0,
                },
                1,
                0,
            ),
            s(
                StmtKind::FunctionDef {
                    name: "f".into(),
                    args: Arguments {
                        args: vec![name("a", Param, 2, 6), name("b", Param, 2, 9)],
                        vararg: Some("c".into()),
                        kwarg: Some("d".into()),
                        defaults: vec![num(Number::Int(1), 2, 11)],
                    },
                    body: vec![s(StmtKind::Pass, 2, 24)],
                    decorator_list: vec![],
                },
                2,
                0,
            ),
            s(
                StmtKind::TryExcept {
                    body: vec![s(StmtKind::Pass, 3, 5)],
                    handlers: vec![ExceptHandler {
                        type_: Some(name("E", Load, 4, 7)),
                        name: Some(name("e", Store, 4, 10)),
                        body: vec![s(StmtKind::Pass, 4, 13)],
                        pos: Pos::new(4, 0),
                    }],
                    orelse: vec![],
                },
                3,
                0,
            ),
            s(
                StmtKind::Raise {
                    type_: Some(name("x", Load, 5, 6)),
                    inst: None,
                    tback: None,
                },
                5,
                0,
            ),
            s(
                StmtKind::Print {
                    dest: Some(name("f", Load, 6, 8)),
                    values: vec![num(Number::Int(1), 6, 11)],
                    nl: false,
                },
                6,
                0,
            ),
            s(
                StmtKind::Expr {
                    value: e(
                        ExprKind::Subscript {
                            value: Box::new(name("x", Load, 7, 0)),
                            slice: Box::new(Slice::ExtSlice {
                                dims: vec![
                                    Slice::Slice {
                                        lower: Some(Box::new(num(Number::Int(1), 7, 2))),
                                        upper: Some(Box::new(num(Number::Int(2), 7, 4))),
                                        step: None,
                                    },
                                    Slice::Ellipsis,
                                ],
                            }),
                            ctx: Load,
                        },
                        7,
                        0,
                    ),
                },
                7,
                0,
            ),
        ];
        let expected = "Module(body=[ImportFrom(module='os', names=[alias(name='path', asname=None)], level=0, lineno=1, col_offset=0), FunctionDef(name='f', args=arguments(args=[Name(id='a', ctx=Param(), lineno=2, col_offset=6), Name(id='b', ctx=Param(), lineno=2, col_offset=9)], vararg='c', kwarg='d', defaults=[Num(n=1, lineno=2, col_offset=11)]), body=[Pass( lineno=2, col_offset=24)], decorator_list=[], lineno=2, col_offset=0), TryExcept(body=[Pass( lineno=3, col_offset=5)], handlers=[ExceptHandler(type=Name(id='E', ctx=Load(), lineno=4, col_offset=7), name=Name(id='e', ctx=Store(), lineno=4, col_offset=10), body=[Pass( lineno=4, col_offset=13)], lineno=4, col_offset=0)], orelse=[], lineno=3, col_offset=0), Raise(type=Name(id='x', ctx=Load(), lineno=5, col_offset=6), inst=None, tback=None, lineno=5, col_offset=0), Print(dest=Name(id='f', ctx=Load(), lineno=6, col_offset=8), values=[Num(n=1, lineno=6, col_offset=11)], nl=False, lineno=6, col_offset=0), Expr(value=Subscript(value=Name(id='x', ctx=Load(), lineno=7, col_offset=0), slice=ExtSlice(dims=[Slice(lower=Num(n=1, lineno=7, col_offset=2), upper=Num(n=2, lineno=7, col_offset=4), step=None), Ellipsis()]), ctx=Load(), lineno=7, col_offset=0), lineno=7, col_offset=0)])";
        assert_eq!(dump(&Mod::Module { body }, true), expected);
    }

    #[test]
    fn expressions() {
        // ast.dump(ast.parse("f(a < b <= c, k=-1j, *u'\\u20ac', **{1: 'x'})[::None]", mode="eval"))
        use ExprContext::*;
        let compare = e(
            ExprKind::Compare {
                left: Box::new(name("a", Load, 1, 2)),
                ops: vec![CmpOp::Lt, CmpOp::LtE],
                comparators: vec![name("b", Load, 1, 6), name("c", Load, 1, 11)],
            },
            1,
            2,
        );
        let call = e(
            ExprKind::Call {
                func: Box::new(name("f", Load, 1, 0)),
                args: vec![compare],
                keywords: vec![Keyword {
                    arg: "k".into(),
                    value: num(
                        Number::Complex {
                            real: 0.0,
                            imag: -1.0,
                        },
                        1,
                        16,
                    ),
                }],
                starargs: Some(Box::new(e(
                    ExprKind::Str {
                        s: StrValue::Unicode(vec![0x20ac]),
                    },
                    1,
                    22,
                ))),
                kwargs: Some(Box::new(e(
                    ExprKind::Dict {
                        keys: vec![num(Number::Int(1), 1, 35)],
                        values: vec![e(
                            ExprKind::Str {
                                s: StrValue::Bytes(b"x".to_vec()),
                            },
                            1,
                            38,
                        )],
                    },
                    1,
                    34,
                ))),
            },
            1,
            0,
        );
        let sub = e(
            ExprKind::Subscript {
                value: Box::new(call),
                slice: Box::new(Slice::Slice {
                    lower: None,
                    upper: None,
                    step: Some(Box::new(name("None", Load, 1, 45))),
                }),
                ctx: Load,
            },
            1,
            0,
        );
        let m = Mod::Expression {
            body: Box::new(sub),
        };
        assert_eq!(dump(&m, false), "Expression(body=Subscript(value=Call(func=Name(id='f', ctx=Load()), args=[Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load())])], keywords=[keyword(arg='k', value=Num(n=-1j))], starargs=Str(s=u'\\u20ac'), kwargs=Dict(keys=[Num(n=1)], values=[Str(s='x')])), slice=Slice(lower=None, upper=None, step=Name(id='None', ctx=Load())), ctx=Load()))");
    }

    #[test]
    fn deep_tree_prints_without_recursion() {
        // 100,000 nested unary minuses; built and dropped on a big stack (Drop recurses).
        let handle = std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(|| {
                let depth = 100_000;
                let mut expr = num(Number::Int(1), 1, 0);
                for _ in 0..depth {
                    expr = e(
                        ExprKind::UnaryOp {
                            op: UnaryOp::USub,
                            operand: Box::new(expr),
                        },
                        1,
                        0,
                    );
                }
                let m = Mod::Expression {
                    body: Box::new(expr),
                };
                let text = dump(&m, false);
                let unit = "UnaryOp(op=USub(), operand=";
                assert_eq!(
                    text.len(),
                    "Expression(body=".len() + depth * (unit.len() + 1) + "Num(n=1)".len() + 1
                );
                assert!(text.ends_with(&format!("Num(n=1){}", ")".repeat(depth + 1))));
            })
            .expect("spawn");
        handle.join().expect("deep dump");
    }
}
