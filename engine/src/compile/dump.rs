//! A readable, deterministic text listing of a code unit and its nested units (for debugging and
//! snapshot tests).
//!
//! In: a unit. Out: text. Each unit prints its header (kind, name, line, flags, parameters, locals,
//! cells, names, constants), then its blocks: `bbN` with its handler and loop-header index, one
//! instruction per line prefixed by its source line. Slots print as `$name` for fast locals and
//! `%N` for temporaries, cells as `cell:name`, names as `'name'`, constants as `cN`. Nested units
//! follow their parent, in constant order, under a path name (`<module>.f.<lambda>`).

use std::fmt::Write;

use super::ir::*;

/// The listing of `unit` and its nested units.
pub fn dump(unit: &CodeUnit) -> String {
    let mut out = String::new();
    let mut work: Vec<(String, &CodeUnit)> = vec![(unit.name.clone(), unit)];
    while let Some((path, u)) = work.pop() {
        dump_one(&mut out, &path, u);
        let mut nested = Vec::new();
        for c in &u.consts {
            if let Const::Code(child) = c {
                nested.push((format!("{}.{}", path, child.name), &**child));
            }
        }
        work.extend(nested.into_iter().rev());
    }
    out
}

fn list(items: &[String]) -> String {
    format!("[{}]", items.join(", "))
}

fn dump_one(out: &mut String, path: &str, u: &CodeUnit) {
    let mut flags = Vec::new();
    if u.is_generator {
        flags.push("generator");
    }
    if u.uses_locals_dict {
        flags.push("locals_dict");
    }
    if u.future_division {
        flags.push("division");
    }
    if u.future_print_function {
        flags.push("print_function");
    }
    if u.future_unicode_literals {
        flags.push("unicode_literals");
    }
    if u.future_absolute_import {
        flags.push("absolute_import");
    }
    let _ = writeln!(
        out,
        "unit {} {:?} line {} [{}]",
        path,
        u.kind,
        u.first_line,
        flags.join(" ")
    );
    let _ = writeln!(
        out,
        "  params: argcount {}{}{}",
        u.params.argcount,
        if u.params.varargs { " *args" } else { "" },
        if u.params.varkw { " **kwargs" } else { "" }
    );
    let _ = writeln!(
        out,
        "  locals {} slots {} sites {}: {}",
        u.n_locals,
        u.n_slots,
        u.n_sites,
        list(&u.local_names)
    );
    if !u.cellvars.is_empty() || !u.freevars.is_empty() {
        let _ = writeln!(
            out,
            "  cellvars {} freevars {}",
            list(&u.cellvars),
            list(&u.freevars)
        );
    }
    if !u.names.is_empty() {
        let _ = writeln!(out, "  names {}", list(&u.names));
    }
    if let Some(d) = &u.doc {
        let _ = writeln!(out, "  doc {}", const_repr(d));
    }
    for (i, c) in u.consts.iter().enumerate() {
        let _ = writeln!(out, "  c{} = {}", i, const_repr(c));
    }
    let p = Printer { u };
    for (i, b) in u.blocks.iter().enumerate() {
        let mut head = format!("  bb{}:", i);
        if let Some(h) = b.handler {
            let _ = write!(head, " handler bb{}", h);
        }
        if let Some(l) = b.loop_header {
            let _ = write!(head, " loop {}", l);
        }
        let _ = writeln!(out, "{}", head);
        for (inst, line) in b.insts.iter().zip(&b.lines) {
            let _ = writeln!(out, "    {:>4}  {}", line, p.inst(inst));
        }
        let _ = writeln!(out, "    {:>4}  {}", b.term_line, p.term(&b.term));
    }
    out.push('\n');
}

fn const_repr(c: &Const) -> String {
    match c {
        Const::None => "None".into(),
        Const::True => "True".into(),
        Const::False => "False".into(),
        Const::Ellipsis => "Ellipsis".into(),
        Const::Int(i) => i.to_string(),
        Const::Long(l) => format!("{}L", l),
        Const::Float(f) => format!("{:?}", f),
        Const::Complex { real, imag } => format!("({:?}+{:?}j)", real, imag),
        Const::Str(b) => format!("{:?}", String::from_utf8_lossy(b)),
        Const::Unicode(u) => {
            let s: String = u
                .iter()
                .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
                .collect();
            format!("u{:?}", s)
        }
        Const::Tuple(items) => {
            let parts: Vec<String> = items.iter().map(const_repr).collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        }
        Const::Code(u) => format!("<code {} line {}>", u.name, u.first_line),
    }
}

struct Printer<'a> {
    u: &'a CodeUnit,
}

impl Printer<'_> {
    fn s(&self, s: Slot) -> String {
        match self.u.local_names.get(s as usize) {
            Some(n) => format!("${}", n),
            None => format!("%{}", s),
        }
    }

    fn os(&self, s: Option<Slot>) -> String {
        s.map_or("-".into(), |s| self.s(s))
    }

    fn r(&self, r: SlotRange) -> String {
        let items: Vec<String> = (r.start..r.start + r.len).map(|s| self.s(s)).collect();
        format!("({})", items.join(", "))
    }

    fn n(&self, n: NameId) -> String {
        format!(
            "'{}'",
            self.u.names.get(n as usize).map_or("?", |s| s.as_str())
        )
    }

    fn c(&self, c: ConstId) -> String {
        format!("c{}", c)
    }

    fn cell(&self, c: CellId) -> String {
        let nc = self.u.cellvars.len();
        let name = if (c as usize) < nc {
            self.u.cellvars.get(c as usize)
        } else {
            self.u.freevars.get(c as usize - nc)
        };
        format!("cell:{}", name.map_or("?", |s| s.as_str()))
    }

    fn inst(&self, i: &Inst) -> String {
        use Inst::*;
        let s = |x: &Slot| self.s(*x);
        match i {
            Const { dst, c } => format!("{} = const {}", s(dst), self.c(*c)),
            Move { dst, src } => format!("{} = {}", s(dst), s(src)),
            LoadFast { dst, local } => format!("{} = load_fast {}", s(dst), s(local)),
            DeleteFast { local } => format!("delete_fast {}", s(local)),
            LoadDeref { dst, cell } => format!("{} = load_deref {}", s(dst), self.cell(*cell)),
            StoreDeref { cell, src } => format!("store_deref {} = {}", self.cell(*cell), s(src)),
            LoadClosure { dst, cell } => format!("{} = load_closure {}", s(dst), self.cell(*cell)),
            LoadGlobal { dst, name } => format!("{} = load_global {}", s(dst), self.n(*name)),
            StoreGlobal { name, src } => format!("store_global {} = {}", self.n(*name), s(src)),
            DeleteGlobal { name } => format!("delete_global {}", self.n(*name)),
            LoadName { dst, name } => format!("{} = load_name {}", s(dst), self.n(*name)),
            StoreName { name, src } => format!("store_name {} = {}", self.n(*name), s(src)),
            DeleteName { name } => format!("delete_name {}", self.n(*name)),
            LoadLocals { dst } => format!("{} = load_locals", s(dst)),
            Binary {
                dst,
                op,
                a,
                b,
                site,
            } => {
                format!("{} = {:?} {}, {}  @{}", s(dst), op, s(a), s(b), site)
            }
            InPlace {
                dst,
                op,
                a,
                b,
                site,
            } => {
                format!(
                    "{} = inplace {:?} {}, {}  @{}",
                    s(dst),
                    op,
                    s(a),
                    s(b),
                    site
                )
            }
            Unary { dst, op, a } => format!("{} = {:?} {}", s(dst), op, s(a)),
            Compare {
                dst,
                op,
                a,
                b,
                site,
            } => {
                format!(
                    "{} = compare {:?} {}, {}  @{}",
                    s(dst),
                    op,
                    s(a),
                    s(b),
                    site
                )
            }
            Truth { dst, a } => format!("{} = truth {}", s(dst), s(a)),
            GetAttr {
                dst,
                obj,
                name,
                site,
            } => {
                format!("{} = {}.{}  @{}", s(dst), s(obj), self.n(*name), site)
            }
            SetAttr {
                obj,
                name,
                src,
                site,
            } => {
                format!("{}.{} = {}  @{}", s(obj), self.n(*name), s(src), site)
            }
            DelAttr { obj, name } => format!("del {}.{}", s(obj), self.n(*name)),
            GetItem {
                dst,
                obj,
                key,
                site,
            } => format!("{} = {}[{}]  @{}", s(dst), s(obj), s(key), site),
            SetItem { obj, key, src } => format!("{}[{}] = {}", s(obj), s(key), s(src)),
            DelItem { obj, key } => format!("del {}[{}]", s(obj), s(key)),
            GetSlice { dst, obj, lo, hi } => {
                format!("{} = {}[{}:{}]", s(dst), s(obj), self.os(*lo), self.os(*hi))
            }
            SetSlice { obj, lo, hi, src } => {
                format!("{}[{}:{}] = {}", s(obj), self.os(*lo), self.os(*hi), s(src))
            }
            DelSlice { obj, lo, hi } => {
                format!("del {}[{}:{}]", s(obj), self.os(*lo), self.os(*hi))
            }
            BuildSlice { dst, lo, hi, step } => format!(
                "{} = slice({}, {}, {})",
                s(dst),
                self.os(*lo),
                self.os(*hi),
                self.os(*step)
            ),
            BuildTuple { dst, items } => format!("{} = tuple {}", s(dst), self.r(*items)),
            BuildList { dst, items } => format!("{} = list {}", s(dst), self.r(*items)),
            BuildSet { dst, items } => format!("{} = set {}", s(dst), self.r(*items)),
            BuildDict { dst } => format!("{} = dict", s(dst)),
            DictSet { dict, key, value } => format!("{}[{}] := {}", s(dict), s(key), s(value)),
            ListAppend { list, item } => format!("list_append {}, {}", s(list), s(item)),
            SetAdd { set, item } => format!("set_add {}, {}", s(set), s(item)),
            Unpack { src, dsts } => format!("{} = unpack {}", self.r(*dsts), s(src)),
            LoadMethod {
                dst,
                self_,
                obj,
                name,
                site,
            } => format!(
                "{}, {} = method {}.{}  @{}",
                s(dst),
                s(self_),
                s(obj),
                self.n(*name),
                site
            ),
            Call {
                dst,
                func,
                args,
                kwnames,
                star,
                dstar,
                site,
                method,
            } => {
                let call = if *method { "call_method" } else { "call" };
                let mut t = format!("{} = {call} {}{}", s(dst), s(func), self.r(*args));
                if let Some(k) = kwnames {
                    let _ = write!(t, " kw {}", self.c(*k));
                }
                if let Some(x) = star {
                    let _ = write!(t, " *{}", s(x));
                }
                if let Some(x) = dstar {
                    let _ = write!(t, " **{}", s(x));
                }
                let _ = write!(t, "  @{}", site);
                t
            }
            GetIter { dst, src } => format!("{} = iter {}", s(dst), s(src)),
            MakeFunction {
                dst,
                code,
                defaults,
                closure,
            } => format!(
                "{} = make_function {} defaults {} closure {}",
                s(dst),
                self.c(*code),
                self.r(*defaults),
                self.r(*closure)
            ),
            MakeClass {
                dst,
                name,
                bases,
                dict,
            } => {
                format!(
                    "{} = make_class {} bases {} dict {}",
                    s(dst),
                    self.c(*name),
                    s(bases),
                    s(dict)
                )
            }
            Import {
                dst,
                name,
                fromlist,
                level,
            } => format!(
                "{} = import {} from {} level {}",
                s(dst),
                self.c(*name),
                s(fromlist),
                level
            ),
            ImportFrom { dst, module, name } => {
                format!("{} = import_from {} {}", s(dst), s(module), self.n(*name))
            }
            ImportStar { module } => format!("import_star {}", s(module)),
            PrintItem { dest, value } => format!("print_item {} to {}", s(value), self.os(*dest)),
            PrintNewline { dest } => format!("print_newline to {}", self.os(*dest)),
            PrintExpr { value } => format!("print_expr {}", s(value)),
            Exec {
                code,
                globals,
                locals,
            } => format!(
                "exec {} in {}, {}",
                s(code),
                self.os(*globals),
                self.os(*locals)
            ),
            FetchExc { ty, value, tb } => format!("{}, {}, {} = fetch_exc", s(ty), s(value), s(tb)),
            ExcMatch { dst, ty, pattern } => {
                format!("{} = exc_match {}, {}", s(dst), s(ty), s(pattern))
            }
            WithEnter { exit, value, mgr } => {
                format!("{}, {} = with_enter {}", s(exit), s(value), s(mgr))
            }
            WithExit {
                dst,
                exit,
                ty,
                value,
                tb,
            } => format!(
                "{} = with_exit {}({}, {}, {})",
                s(dst),
                s(exit),
                s(ty),
                s(value),
                s(tb)
            ),
            SetInt { dst, value } => format!("{} = int {}", s(dst), value),
            Clear { slot } => format!("clear {}", s(slot)),
        }
    }

    fn term(&self, t: &Terminator) -> String {
        match t {
            Terminator::Jump(b) => format!("jump bb{}", b),
            Terminator::Branch {
                cond,
                if_true,
                if_false,
            } => format!("branch {} ? bb{} : bb{}", self.s(*cond), if_true, if_false),
            Terminator::Return { value } => format!("return {}", self.s(*value)),
            Terminator::Raise { ty, value, tb } => {
                format!(
                    "raise {}, {}, {}",
                    self.os(*ty),
                    self.os(*value),
                    self.os(*tb)
                )
            }
            Terminator::Reraise { ty, value, tb } => {
                format!(
                    "reraise {}, {}, {}",
                    self.s(*ty),
                    self.s(*value),
                    self.s(*tb)
                )
            }
            Terminator::ForIter {
                iter,
                dst,
                body,
                exit,
            } => format!(
                "{} = for_iter {} ? bb{} : bb{}",
                self.s(*dst),
                self.s(*iter),
                body,
                exit
            ),
            Terminator::Yield { value, dst, resume } => {
                format!(
                    "{} = yield {} -> bb{}",
                    self.s(*dst),
                    self.s(*value),
                    resume
                )
            }
            Terminator::Switch { sel, targets } => {
                let t: Vec<String> = targets.iter().map(|b| format!("bb{}", b)).collect();
                format!("switch {} [{}]", self.s(*sel), t.join(", "))
            }
            Terminator::Unreachable => "unreachable".into(),
        }
    }
}
