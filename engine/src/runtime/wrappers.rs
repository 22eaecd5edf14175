//! Slot wrappers: the Python-visible `__add__`, `__len__`, `__init__`, ... of builtin types,
//! made from their slots (CPython's `slotdefs`), so `int.__add__(1, 2)`, `list.__len__(l)`,
//! `object.__init__(self)` and `super(...).__init__()` reach the native code.

use super::exc;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::typeobj::{tobj, NbOp, Slots, UnOpSlot};
use super::types::{descr, dict, int, str as pystr, tuple};
use crate::compile::ir::CmpOp;

fn expect(args: &[Obj], n: usize) -> PyResult<()> {
    if args.len() != n {
        return Err(exc::type_error(&format!(
            "expected {} arguments, got {}",
            n,
            args.len()
        )));
    }
    Ok(())
}

fn unit(_: ()) -> Obj {
    rt().none
}

/// Calls slot `name` of `owner` for `self_`.
fn call_slot(
    owner: Obj,
    name: &'static str,
    s: Obj,
    args: &[Obj],
    kw: Option<Obj>,
) -> PyResult<Obj> {
    let sl: &Slots = &tobj(owner).slots;
    let missing = || exc::type_error(&format!("slot {name} missing"));
    for op in NbOp::ALL {
        let (n, rn, iname, _) = op.names();
        if name == n {
            if op == NbOp::Pow && args.len() == 2 {
                let f = sl.pow3.ok_or_else(missing)?;
                return f(s, args[0], args[1]);
            }
            expect(args, 1)?;
            if let Some(f) = sl.nb[op as usize] {
                return f(s, args[0]);
            }
            return match (op, sl.concat, sl.repeat) {
                (NbOp::Add, Some(c), _) => c(s, args[0]),
                (NbOp::Mul, _, Some(rf)) => rf(s, ops::index_value_clamped(args[0])?),
                _ => Err(missing()),
            };
        }
        if name == rn {
            expect(args, 1)?;
            if let Some(f) = sl.nb[op as usize] {
                return f(args[0], s);
            }
            return match (op, sl.repeat) {
                (NbOp::Mul, Some(rf)) => rf(s, ops::index_value_clamped(args[0])?),
                _ => Err(missing()),
            };
        }
        if name == iname && !iname.is_empty() {
            expect(args, 1)?;
            if let Some(f) = sl.inplace[op as usize] {
                return f(s, args[0]);
            }
            return match (op, sl.inplace_concat, sl.inplace_repeat) {
                (NbOp::Add, Some(c), _) => c(s, args[0]),
                (NbOp::Mul, _, Some(rf)) => rf(s, ops::index_value_clamped(args[0])?),
                _ => Err(missing()),
            };
        }
    }
    for op in UnOpSlot::ALL {
        if name == op.name() {
            expect(args, 0)?;
            return sl.unary[op as usize].ok_or_else(missing)?(s);
        }
    }
    let cmp = match name {
        "__lt__" => Some(CmpOp::Lt),
        "__le__" => Some(CmpOp::Le),
        "__eq__" => Some(CmpOp::Eq),
        "__ne__" => Some(CmpOp::Ne),
        "__gt__" => Some(CmpOp::Gt),
        "__ge__" => Some(CmpOp::Ge),
        _ => None,
    };
    if let Some(op) = cmp {
        expect(args, 1)?;
        return sl.richcmp.ok_or_else(missing)?(s, args[0], op);
    }
    match name {
        "__repr__" => {
            expect(args, 0)?;
            sl.repr.ok_or_else(missing)?(s)
        }
        "__str__" => {
            expect(args, 0)?;
            sl.str.ok_or_else(missing)?(s)
        }
        "__hash__" => {
            expect(args, 0)?;
            int::new(sl.hash.ok_or_else(missing)?(s)?)
        }
        "__call__" => sl.call.ok_or_else(missing)?(s, args, kw),
        "__getattribute__" => {
            expect(args, 1)?;
            if !pystr::is_str(args[0]) {
                return Err(exc::type_error(&format!(
                    "attribute name must be string, not '{}'",
                    ops::type_name_of(args[0])
                )));
            }
            sl.getattr.ok_or_else(missing)?(s, args[0])
        }
        "__setattr__" => {
            expect(args, 2)?;
            let f = sl.setattr.ok_or_else(missing)?;
            setattr_hackcheck(s, f, "__setattr__")?;
            f(s, args[0], Some(args[1])).map(unit)
        }
        "__delattr__" => {
            expect(args, 1)?;
            let f = sl.setattr.ok_or_else(missing)?;
            setattr_hackcheck(s, f, "__delattr__")?;
            f(s, args[0], None).map(unit)
        }
        "__cmp__" => {
            expect(args, 1)?;
            if let Some(f) = sl.compare {
                return f(s, args[0]);
            }
            int::new(ops::cmp(s, args[0])? as i64)
        }
        "__iter__" => {
            expect(args, 0)?;
            sl.iter.ok_or_else(missing)?(s)
        }
        "next" => {
            expect(args, 0)?;
            match sl.next.ok_or_else(missing)?(s)? {
                Some(v) => Ok(v),
                None => Err(exc::stop_iteration()),
            }
        }
        "__get__" => {
            if args.is_empty() || args.len() > 2 {
                return Err(exc::type_error(&format!(
                    "expected 1 or 2 arguments, got {}",
                    args.len()
                )));
            }
            let none = rt().none;
            let inst = Some(args[0]).filter(|x| *x != none);
            let owner_t = args.get(1).copied().filter(|x| *x != none);
            let owner_t = owner_t.unwrap_or_else(|| args[0].class());
            sl.descr_get.ok_or_else(missing)?(s, inst, owner_t)
        }
        "__set__" => {
            expect(args, 2)?;
            sl.descr_set.ok_or_else(missing)?(s, args[0], Some(args[1])).map(unit)
        }
        "__delete__" => {
            expect(args, 1)?;
            sl.descr_set.ok_or_else(missing)?(s, args[0], None).map(unit)
        }
        "__init__" => sl.init.ok_or_else(missing)?(s, args, kw).map(unit),
        "__len__" => {
            expect(args, 0)?;
            int::new(sl.len.ok_or_else(missing)?(s)?)
        }
        "__getitem__" => {
            expect(args, 1)?;
            sl.getitem.ok_or_else(missing)?(s, args[0])
        }
        "__setitem__" => {
            expect(args, 2)?;
            sl.setitem.ok_or_else(missing)?(s, args[0], Some(args[1])).map(unit)
        }
        "__delitem__" => {
            expect(args, 1)?;
            sl.setitem.ok_or_else(missing)?(s, args[0], None).map(unit)
        }
        "__contains__" => {
            expect(args, 1)?;
            Ok(ops::bool_obj(sl.contains.ok_or_else(missing)?(s, args[0])?))
        }
        "__nonzero__" => {
            expect(args, 0)?;
            Ok(ops::bool_obj(sl.nonzero.ok_or_else(missing)?(s)?))
        }
        "__getslice__" => {
            expect(args, 2)?;
            let (a, b) = (
                ops::index_value_clamped(args[0])?,
                ops::index_value_clamped(args[1])?,
            );
            sl.getslice.ok_or_else(missing)?(s, a, b)
        }
        "__setslice__" => {
            expect(args, 3)?;
            let (a, b) = (
                ops::index_value_clamped(args[0])?,
                ops::index_value_clamped(args[1])?,
            );
            sl.setslice.ok_or_else(missing)?(s, a, b, Some(args[2])).map(unit)
        }
        "__delslice__" => {
            expect(args, 2)?;
            let (a, b) = (
                ops::index_value_clamped(args[0])?,
                ops::index_value_clamped(args[1])?,
            );
            sl.setslice.ok_or_else(missing)?(s, a, b, None).map(unit)
        }
        _ => Err(missing()),
    }
}

/// `T.__new__(S, *args)`: S must be a subtype of T.
fn new_wrapper(args: &[Obj], kw: Option<Obj>, owner: Obj) -> PyResult<Obj> {
    let tname = super::typeobj::type_name(owner);
    let Some((&sub, rest)) = args.split_first() else {
        return Err(exc::type_error(&format!(
            "{tname}.__new__(): not enough arguments"
        )));
    };
    if !super::typeobj::is_type(sub) {
        return Err(exc::type_error(&format!(
            "{}.__new__(X): X is not a type object ({})",
            tname,
            ops::type_name_of(sub)
        )));
    }
    if !super::typeobj::is_subtype(sub, owner) {
        return Err(exc::type_error(&format!(
            "{}.__new__({}): {} is not a subtype of {}",
            tname,
            super::typeobj::type_name(sub),
            super::typeobj::type_name(sub),
            tname
        )));
    }
    let f = tobj(owner)
        .slots
        .new
        .ok_or_else(|| exc::type_error("no __new__"))?;
    f(sub, rest, kw)
}

fn new_method(owner: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    new_wrapper(args, kw, owner)
}

static NEW_DEF: super::types::MethodDef = super::types::MethodDef {
    name: "__new__",
    func: new_method,
    arity: super::types::Arity::Any,
    kind: super::types::MethKind::Instance,
};

/// Adds wrappers for the slots `t` fills to its dict (names already present are kept).
pub fn add_slot_wrappers(t: Obj) -> PyResult<()> {
    let r = rt();
    let to = tobj(t);
    let sl = to.slots;
    let d = to.dict;
    let numeric_cmp = t == r.types.int || t == r.types.long || t == r.types.bool;
    let mut names: Vec<&'static str> = Vec::new();
    let base_slots = to.base.map(|b| tobj(b).slots);
    // Only slots this type defines itself (not inherited unchanged from its base).
    macro_rules! own {
        ($f:ident) => {
            sl.$f.is_some()
                && base_slots
                    .map(|b| b.$f.map(|x| x as usize) != sl.$f.map(|x| x as usize))
                    .unwrap_or(true)
        };
    }
    if own!(repr) {
        names.push("__repr__");
    }
    if own!(str) {
        names.push("__str__");
    }
    if own!(hash) {
        names.push("__hash__");
    }
    if own!(call) {
        names.push("__call__");
    }
    if own!(getattr) {
        names.push("__getattribute__");
    }
    if own!(setattr) {
        names.extend(["__setattr__", "__delattr__"]);
    }
    if own!(richcmp) && !numeric_cmp {
        names.extend(["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"]);
    }
    if own!(compare) || numeric_cmp {
        names.push("__cmp__");
    }
    if own!(iter) {
        names.push("__iter__");
    }
    if own!(next) {
        names.push("next");
    }
    if own!(descr_get) {
        names.push("__get__");
    }
    if own!(descr_set) {
        names.extend(["__set__", "__delete__"]);
    }
    if own!(init) {
        names.push("__init__");
    }
    if own!(len) {
        names.push("__len__");
    }
    if own!(getitem) {
        names.push("__getitem__");
    }
    if own!(setitem) {
        names.extend(["__setitem__", "__delitem__"]);
    }
    if own!(contains) {
        names.push("__contains__");
    }
    if own!(nonzero) {
        names.push("__nonzero__");
    }
    if own!(getslice) {
        names.push("__getslice__");
    }
    if own!(setslice) {
        names.extend(["__setslice__", "__delslice__"]);
    }
    for op in NbOp::ALL {
        let i = op as usize;
        let (n, rn, iname, _) = op.names();
        let own_nb = sl.nb[i].is_some()
            && base_slots
                .is_none_or(|b| b.nb[i].map(|x| x as usize) != sl.nb[i].map(|x| x as usize));
        if own_nb {
            names.push(n);
            names.push(rn);
        }
        let own_i = sl.inplace[i].is_some()
            && base_slots.is_none_or(|b| {
                b.inplace[i].map(|x| x as usize) != sl.inplace[i].map(|x| x as usize)
            });
        if own_i && !iname.is_empty() {
            names.push(iname);
        }
    }
    if own!(concat) && !names.contains(&"__add__") {
        names.push("__add__");
    }
    if own!(repeat) && !names.contains(&"__mul__") {
        names.extend(["__mul__", "__rmul__"]);
    }
    if own!(inplace_concat) {
        names.push("__iadd__");
    }
    if own!(inplace_repeat) {
        names.push("__imul__");
    }
    for op in UnOpSlot::ALL {
        let i = op as usize;
        if sl.unary[i].is_some()
            && base_slots
                .is_none_or(|b| b.unary[i].map(|x| x as usize) != sl.unary[i].map(|x| x as usize))
        {
            names.push(op.name());
        }
    }
    for n in names {
        let key = pystr::intern(n)?;
        if dict::get_item(d, key)?.is_none() {
            let w = descr::new_wrapper_descr(n, call_slot, t)?;
            dict::set_item(d, key, w)?;
        }
    }
    if own!(new) {
        let key = r.names.__new__;
        if dict::get_item(d, key)?.is_none() {
            let f = descr::new_builtin(descr::Native::Method(&NEW_DEF), Some(t), Some(t))?;
            let sm = descr::new_staticmethod(f)?;
            dict::set_item(d, key, sm)?;
        }
    }
    let _ = tuple::new(&[])?;
    Ok(())
}

/// CPython's `hackcheck`: `object.__setattr__(C, ...)` must not bypass the setattr of `s`'s
/// nearest builtin type (`type`'s, which keeps class caches right).
fn setattr_hackcheck(s: Obj, f: super::typeobj::SetattrFn, name: &str) -> PyResult<()> {
    let mut t = Some(s.class());
    while let Some(c) = t {
        if super::typeobj::tobj(c).flags & super::typeobj::TF_HEAPTYPE == 0 {
            break;
        }
        t = super::typeobj::tobj(c).base;
    }
    match t {
        Some(c)
            if super::typeobj::tobj(c)
                .slots
                .setattr
                .is_some_and(|g| !std::ptr::fn_addr_eq(g, f)) =>
        {
            Err(exc::type_error(&format!(
                "can't apply this {name} to {} object",
                super::typeobj::type_name(c)
            )))
        }
        _ => Ok(()),
    }
}
