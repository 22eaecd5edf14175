//! Old-style (classic) classes and their instances: `classobj` (name, bases, dict; lookup is
//! depth-first left-to-right through the bases) and `instance` (its class and a dict). Every
//! operation on an instance goes through attribute lookup on the instance (so `__len__` set on
//! an instance works), with classic coercion (`__coerce__`) for binary operators and `__cmp__`.
//!
//! Also here: `isinstance`/`issubclass` across classic and new-style classes.

use super::super::call::call;
use super::super::exc;
use super::super::object::{alloc_value, mark, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{is_subtype, is_type, NbOp, Slots, UnOpSlot, NB_COUNT, UN_COUNT};
use super::{dict, int, str as pystr, tuple};
use crate::compile::ir::CmpOp;
use crate::gc;

#[repr(C)]
pub struct ClassObj {
    pub head: Header,
    pub name: Obj,
    pub bases: Obj,
    pub dict: Obj,
}

#[repr(C)]
pub struct InstanceObj {
    pub head: Header,
    pub class: Obj,
    pub dict: Obj,
}

unsafe fn trace_class(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a classobj.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        let c = &*(p as *const ClassObj);
        mark(m, c.name);
        mark(m, c.bases);
        mark(m, c.dict);
    }
}

unsafe fn trace_instance(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: an instance.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        let i = &*(p as *const InstanceObj);
        mark(m, i.class);
        mark(m, i.dict);
    }
}

pub static CLASS_KIND: gc::Kind = gc::Kind {
    name: "classobj",
    trace: Some(trace_class),
    drop: None,
};

pub static INSTANCE_KIND: gc::Kind = gc::Kind {
    name: "instance",
    trace: Some(trace_instance),
    drop: None,
};

#[inline]
fn cobj(c: Obj) -> &'static mut ClassObj {
    // SAFETY: the caller knows `c` is a classobj.
    unsafe { c.cast::<ClassObj>() }
}

#[inline]
fn iobj(i: Obj) -> &'static mut InstanceObj {
    // SAFETY: the caller knows `i` is an instance.
    unsafe { i.cast::<InstanceObj>() }
}

pub fn is_class(o: Obj) -> bool {
    o.class() == rt().types.classobj
}

pub fn is_instance(o: Obj) -> bool {
    o.class() == rt().types.instance
}

pub fn dict_of(c: Obj) -> Obj {
    cobj(c).dict
}

pub fn class_name(c: Obj) -> String {
    pystr::to_string_lossy(cobj(c).name)
}

pub fn instance_class(i: Obj) -> Obj {
    iobj(i).class
}

/// Depth-first left-to-right list of `c` and its bases (duplicates kept out).
pub fn classic_mro(c: Obj, out: &mut Vec<Obj>) {
    if !out.contains(&c) {
        out.push(c);
    }
    for &b in tuple::items(cobj(c).bases) {
        if is_class(b) {
            classic_mro(b, out);
        } else if !out.contains(&b) {
            for &m in tuple::items(super::super::typeobj::tobj(b).mro) {
                if !out.contains(&m) {
                    out.push(m);
                }
            }
        }
    }
}

/// Class attribute lookup: the class dict, then the bases depth-first.
pub fn class_lookup(c: Obj, name: Obj) -> PyResult<Option<(Obj, Obj)>> {
    if let Some(v) = dict::get_item(cobj(c).dict, name)? {
        return Ok(Some((v, c)));
    }
    for &b in tuple::items(cobj(c).bases) {
        if is_class(b) {
            if let Some(found) = class_lookup(b, name)? {
                return Ok(Some(found));
            }
        } else if let Some(v) = super::super::typeobj::lookup(b, name)? {
            return Ok(Some((v, b)));
        }
    }
    Ok(None)
}

pub fn new_class(name: Obj, bases: Obj, d: Obj) -> PyResult<Obj> {
    let r = rt();
    if dict::get_item(d, r.names.__doc__)?.is_none() {
        dict::set_item(d, r.names.__doc__, r.none)?;
    }
    let t = r.types.classobj;
    alloc_value(
        &CLASS_KIND,
        t,
        ClassObj {
            head: Header { class: t },
            name,
            bases,
            dict: d,
        },
    )
}

// --- isinstance / issubclass ------------------------------------------------------------------

/// `issubclass(a, b)` for classic and new-style classes (false across the two kinds).
pub fn issubclass_any(a: Obj, b: Obj) -> bool {
    if a == b {
        return true;
    }
    if is_class(a) {
        if !is_class(b) {
            return false;
        }
        return tuple::items(cobj(a).bases)
            .iter()
            .any(|&x| issubclass_any(x, b));
    }
    if is_type(a) && is_type(b) {
        return is_subtype(a, b);
    }
    // A new-style class with classic bases: its MRO holds them.
    if is_type(a) && is_class(b) {
        return tuple::items(super::super::typeobj::tobj(a).mro).contains(&b);
    }
    false
}

/// `isinstance(o, cls)` for a class, type or tuple of them.
pub fn isinstance_any(o: Obj, cls: Obj) -> PyResult<bool> {
    if tuple::is_tuple(cls) {
        for &c in tuple::items(cls) {
            if isinstance_any(o, c)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if is_class(cls) {
        if is_instance(o) {
            return Ok(issubclass_any(iobj(o).class, cls));
        }
        return Ok(issubclass_any(o.class(), cls));
    }
    if is_type(cls) {
        if is_subtype(o.class(), cls) {
            return Ok(true);
        }
        // An object may claim another class through `__class__` (proxies).
        if let Some(c) = ops::getattr_opt(o, rt().names.__class__)? {
            if c != o.class() && is_type(c) {
                return Ok(is_subtype(c, cls));
            }
        }
        return Ok(false);
    }
    Err(exc::type_error(
        "isinstance() arg 2 must be a class, type, or tuple of classes and types",
    ))
}

// --- classobj slots ---------------------------------------------------------------------------

fn class_call(c: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let d = dict::new()?;
    let t = r.types.instance;
    let inst = alloc_value(
        &INSTANCE_KIND,
        t,
        InstanceObj {
            head: Header { class: t },
            class: c,
            dict: d,
        },
    )?;
    match class_lookup(c, r.names.__init__)? {
        Some((init, _)) => {
            let m = ops::bind(init, inst, c)?;
            let v = call(m, args, kw)?;
            if v != r.none {
                return Err(exc::type_error("__init__() should return None"));
            }
        }
        None => {
            if !args.is_empty() || kw.is_some_and(|k| dict::len(k) > 0) {
                return Err(exc::type_error("this constructor takes no arguments"));
            }
        }
    }
    if class_lookup(c, r.names.__del__)?.is_some() {
        super::super::finalize::register(inst);
    }
    Ok(inst)
}

fn class_getattr(c: Obj, name: Obj) -> PyResult<Obj> {
    let n = pystr::bytes(name);
    if n.starts_with(b"__") {
        match n {
            b"__dict__" => return Ok(cobj(c).dict),
            b"__bases__" => return Ok(cobj(c).bases),
            b"__name__" => return Ok(cobj(c).name),
            _ => {}
        }
    }
    match class_lookup(c, name)? {
        Some((v, _)) => match super::super::typeobj::slots_of(v).descr_get {
            Some(g) => g(v, None, c),
            None => Ok(v),
        },
        None => Err(exc::attribute_error(&format!(
            "class {} has no attribute '{}'",
            class_name(c),
            pystr::to_string_lossy(name)
        ))),
    }
}

fn class_setattr(c: Obj, name: Obj, v: Option<Obj>) -> PyResult<()> {
    let n = pystr::bytes(name);
    match (n, v) {
        (b"__dict__", Some(d)) => {
            if !dict::is_dict(d) {
                return Err(exc::type_error("__dict__ must be a dictionary object"));
            }
            cobj(c).dict = d;
            return Ok(());
        }
        (b"__bases__", Some(b)) => {
            if !tuple::is_tuple(b) {
                return Err(exc::type_error("__bases__ must be a tuple object"));
            }
            cobj(c).bases = b;
            return Ok(());
        }
        (b"__name__", Some(s)) => {
            if !pystr::is_str(s) {
                return Err(exc::type_error("__name__ must be a string object"));
            }
            cobj(c).name = s;
            return Ok(());
        }
        _ => {}
    }
    match v {
        Some(v) => dict::set_item(cobj(c).dict, name, v),
        None => match dict::del_item(cobj(c).dict, name)? {
            Some(_) => Ok(()),
            None => Err(exc::attribute_error(&format!(
                "class {} has no attribute '{}'",
                class_name(c),
                pystr::to_string_lossy(name)
            ))),
        },
    }
}

fn module_prefix(d: Obj) -> PyResult<String> {
    match dict::get_item(d, rt().names.__module__)? {
        Some(m) if pystr::is_str(m) => Ok(format!("{}.", pystr::to_string_lossy(m))),
        _ => Ok(String::new()),
    }
}

fn class_repr(c: Obj) -> PyResult<Obj> {
    let m = module_prefix(cobj(c).dict)?;
    pystr::from_str(&format!(
        "<class {}{} at {:#x}>",
        m,
        class_name(c),
        c.addr()
    ))
}

fn class_str(c: Obj) -> PyResult<Obj> {
    let m = module_prefix(cobj(c).dict)?;
    pystr::from_str(&format!("{}{}", m, class_name(c)))
}

fn class_new(_t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = super::parse_args("classobj", args, kw, &["name", "bases", "dict"], 3)?;
    let (name, bases, d) = (a[0].unwrap(), a[1].unwrap(), a[2].unwrap());
    if !pystr::is_str(name) {
        return Err(exc::type_error("PyClass_New: name must be a string"));
    }
    if !dict::is_dict(d) {
        return Err(exc::type_error("PyClass_New: dict must be a dictionary"));
    }
    if !tuple::is_tuple(bases) {
        return Err(exc::type_error("PyClass_New: bases must be a tuple"));
    }
    // A new-style base makes this a new-style class: its metaclass decides.
    for &b in tuple::items(bases) {
        if !is_class(b) {
            let meta = super::super::class::calculate_meta(b.class(), tuple::items(bases))?;
            return call(meta, &[name, bases, d], None);
        }
    }
    new_class(name, bases, d)
}

pub fn class_slots() -> Slots {
    Slots {
        call: Some(class_call),
        getattr: Some(class_getattr),
        setattr: Some(class_setattr),
        repr: Some(class_repr),
        str: Some(class_str),
        new: Some(class_new),
        hash: Some(super::object::pointer_hash),
        ..Default::default()
    }
}

// --- instance slots ---------------------------------------------------------------------------

fn no_attr(i: Obj, name: Obj) -> super::super::object::Raised {
    exc::attribute_error(&format!(
        "{} instance has no attribute '{}'",
        class_name(iobj(i).class),
        pystr::as_str_lossy(name)
    ))
}

/// Instance attribute lookup without the `__getattr__` hook.
fn getattr_plain(i: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let io = iobj(i);
    let n = pystr::bytes(name);
    if n == b"__dict__" {
        return Ok(Some(io.dict));
    }
    if n == b"__class__" {
        return Ok(Some(io.class));
    }
    if let Some(v) = dict::get_item(io.dict, name)? {
        return Ok(Some(v));
    }
    match class_lookup(io.class, name)? {
        Some((v, _)) => match super::super::typeobj::slots_of(v).descr_get {
            Some(g) => Ok(Some(g(v, Some(i), io.class)?)),
            None => Ok(Some(v)),
        },
        None => Ok(None),
    }
}

pub fn instance_getattr(i: Obj, name: Obj) -> PyResult<Obj> {
    if let Some(v) = getattr_plain(i, name)? {
        return Ok(v);
    }
    let r = rt();
    if let Some((hook, _)) = class_lookup(iobj(i).class, r.names.__getattr__)? {
        let m = ops::bind(hook, i, iobj(i).class)?;
        return call(m, &[name], None);
    }
    Err(no_attr(i, name))
}

/// `getattr(inst, name)` with AttributeError turned into None (special method lookups).
fn special(i: Obj, name: &str) -> PyResult<Option<Obj>> {
    let n = pystr::intern(name)?;
    exc::none_if_attribute_error(instance_getattr(i, n))
}

/// Calls special method `name` of instance `i`, raising AttributeError if it has none.
fn call_required(i: Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    let n = pystr::intern(name)?;
    let m = instance_getattr(i, n)?;
    call(m, args, None)
}

fn instance_setattr(i: Obj, name: Obj, v: Option<Obj>) -> PyResult<()> {
    let r = rt();
    let io = iobj(i);
    let hook = match v {
        Some(_) => class_lookup(io.class, r.names.__setattr__)?,
        None => class_lookup(io.class, r.names.__delattr__)?,
    };
    if let Some((h, _)) = hook {
        let m = ops::bind(h, i, io.class)?;
        let args: Vec<Obj> = match v {
            Some(v) => vec![name, v],
            None => vec![name],
        };
        call(m, &args, None)?;
        return Ok(());
    }
    let n = pystr::bytes(name);
    match (n, v) {
        (b"__dict__", Some(d)) => {
            if !dict::is_dict(d) {
                return Err(exc::type_error("__dict__ must be set to a dictionary"));
            }
            io.dict = d;
            return Ok(());
        }
        (b"__class__", Some(c)) => {
            if !is_class(c) {
                return Err(exc::type_error("__class__ must be set to a class"));
            }
            io.class = c;
            return Ok(());
        }
        _ => {}
    }
    match v {
        Some(v) => dict::set_item(io.dict, name, v),
        None => match dict::del_item(io.dict, name)? {
            Some(_) => Ok(()),
            None => Err(no_attr(i, name)),
        },
    }
}

fn instance_repr(i: Obj) -> PyResult<Obj> {
    match special(i, "__repr__")? {
        Some(m) => call(m, &[], None),
        None => {
            let c = iobj(i).class;
            let m = module_prefix(cobj(c).dict)?;
            pystr::from_str(&format!(
                "<{}{} instance at {:#x}>",
                m,
                class_name(c),
                i.addr()
            ))
        }
    }
}

fn instance_str(i: Obj) -> PyResult<Obj> {
    match special(i, "__str__")? {
        Some(m) => call(m, &[], None),
        None => instance_repr(i),
    }
}

fn instance_hash(i: Obj) -> PyResult<i64> {
    match special(i, "__hash__")? {
        Some(m) => {
            let v = call(m, &[], None)?;
            if int::is_int(v) {
                let h = int::value(v);
                Ok(if h == -1 { -2 } else { h })
            } else if super::long::is_long(v) {
                Ok(crate::pyhash::long_hash(super::long::value(v)))
            } else {
                Err(exc::type_error("__hash__() should return an int"))
            }
        }
        None => {
            if special(i, "__eq__")?.is_some() || special(i, "__cmp__")?.is_some() {
                return Err(exc::type_error("unhashable instance"));
            }
            Ok(crate::pyhash::pointer_hash(i.addr()))
        }
    }
}

fn instance_call(i: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    match special(i, "__call__")? {
        Some(m) => call(m, args, kw),
        None => Err(exc::attribute_error(&format!(
            "{} instance has no __call__ method",
            class_name(iobj(i).class)
        ))),
    }
}

pub fn instance_len_value(i: Obj) -> PyResult<i64> {
    let v = call_required(i, "__len__", &[])?;
    if !int::is_int(v) && !super::long::is_long(v) {
        return Err(exc::type_error("__len__() should return an int"));
    }
    let n = ops::index_value(v)?;
    if n < 0 {
        return Err(exc::value_error("__len__() should return >= 0"));
    }
    Ok(n)
}

fn instance_getitem(i: Obj, k: Obj) -> PyResult<Obj> {
    call_required(i, "__getitem__", &[k])
}

fn instance_setitem(i: Obj, k: Obj, v: Option<Obj>) -> PyResult<()> {
    match v {
        Some(v) => call_required(i, "__setitem__", &[k, v]),
        None => call_required(i, "__delitem__", &[k]),
    }
    .map(|_| ())
}

fn instance_getslice(i: Obj, lo: i64, hi: i64) -> PyResult<Obj> {
    let (a, b) = (int::new(lo)?, int::new(hi)?);
    match special(i, "__getslice__")? {
        Some(m) => call(m, &[a, b], None),
        None => {
            let s = super::slice::new(Some(a), Some(b), None)?;
            call_required(i, "__getitem__", &[s])
        }
    }
}

fn instance_setslice(i: Obj, lo: i64, hi: i64, v: Option<Obj>) -> PyResult<()> {
    let (a, b) = (int::new(lo)?, int::new(hi)?);
    let (name, fallback) = if v.is_some() {
        ("__setslice__", "__setitem__")
    } else {
        ("__delslice__", "__delitem__")
    };
    match special(i, name)? {
        Some(m) => {
            match v {
                Some(v) => call(m, &[a, b, v], None)?,
                None => call(m, &[a, b], None)?,
            };
        }
        None => {
            let s = super::slice::new(Some(a), Some(b), None)?;
            match v {
                Some(v) => call_required(i, fallback, &[s, v])?,
                None => call_required(i, fallback, &[s])?,
            };
        }
    }
    Ok(())
}

fn instance_contains(i: Obj, k: Obj) -> PyResult<bool> {
    match special(i, "__contains__")? {
        Some(m) => ops::truthy(call(m, &[k], None)?),
        None => ops::contains_by_iteration(i, k),
    }
}

fn instance_iter(i: Obj) -> PyResult<Obj> {
    match special(i, "__iter__")? {
        Some(m) => {
            let it = call(m, &[], None)?;
            if super::super::typeobj::slots_of(it).next.is_none() {
                return Err(exc::type_error(&format!(
                    "__iter__ returned non-iterator of type '{}'",
                    ops::type_name_of(it)
                )));
            }
            Ok(it)
        }
        None => {
            if special(i, "__getitem__")?.is_none() {
                return Err(exc::type_error("iteration over non-sequence"));
            }
            super::iter::new_seq_iter(i)
        }
    }
}

fn instance_next(i: Obj) -> PyResult<Option<Obj>> {
    match special(i, "next")? {
        Some(m) => match call(m, &[], None) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if exc::pending_is(rt().exc.StopIteration) {
                    exc::clear_pending();
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        },
        None => Err(exc::type_error("instance has no next() method")),
    }
}

fn instance_nonzero(i: Obj) -> PyResult<bool> {
    if let Some(m) = special(i, "__nonzero__")? {
        let v = call(m, &[], None)?;
        if !int::is_int(v) {
            return Err(exc::type_error("__nonzero__ should return an int"));
        }
        return Ok(int::value(v) != 0);
    }
    if special(i, "__len__")?.is_some() {
        return Ok(instance_len_value(i)? != 0);
    }
    Ok(true)
}

/// One side of a classic binary operator (`half_binop`): coercion, then the method.
fn half_binop(v: Obj, w: Obj, name: &str, op: NbOp, swapped: bool) -> PyResult<Obj> {
    let r = rt();
    if !is_instance(v) {
        return Ok(r.not_implemented);
    }
    let direct = |v: Obj, w: Obj| -> PyResult<Obj> {
        match special(v, name)? {
            Some(m) => call(m, &[w], None),
            None => Ok(r.not_implemented),
        }
    };
    let Some(coerce) = special(v, "__coerce__")? else {
        return direct(v, w);
    };
    let c = call(coerce, &[w], None)?;
    if c == r.none || c == r.not_implemented {
        return direct(v, w);
    }
    if !tuple::is_tuple(c) || tuple::len(c) != 2 {
        return Err(exc::type_error("coercion should return None or 2-tuple"));
    }
    let (v1, w1) = (tuple::items(c)[0], tuple::items(c)[1]);
    if is_instance(v1) {
        return direct(v1, w1);
    }
    if swapped {
        ops::binary_op(w1, v1, op)
    } else {
        ops::binary_op(v1, w1, op)
    }
}

/// A binary operator where at least one operand is a classic instance.
pub fn instance_binop(a: Obj, b: Obj, op: NbOp) -> PyResult<Obj> {
    let (name, rname, _, _) = op.names();
    let v = half_binop(a, b, name, op, false)?;
    if v != rt().not_implemented {
        return Ok(v);
    }
    half_binop(b, a, rname, op, true)
}

fn cmp_name(op: CmpOp) -> &'static str {
    match op {
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Gt => "__gt__",
        _ => "__ge__",
    }
}

/// A comparison where at least one operand is a classic instance.
pub fn instance_richcompare(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let r = rt();
    if is_instance(a) {
        if let Some(m) = special(a, cmp_name(op))? {
            let v = call(m, &[b], None)?;
            if v != r.not_implemented {
                return Ok(v);
            }
        }
    } else if let Some(f) = super::super::typeobj::slots_of(a).richcmp {
        let v = f(a, b, op)?;
        if v != r.not_implemented {
            return Ok(v);
        }
    }
    let sw = ops::swapped(op);
    if is_instance(b) {
        if let Some(m) = special(b, cmp_name(sw))? {
            let v = call(m, &[a], None)?;
            if v != r.not_implemented {
                return Ok(v);
            }
        }
    } else if let Some(f) = super::super::typeobj::slots_of(b).richcmp {
        let v = f(b, a, sw)?;
        if v != r.not_implemented {
            return Ok(v);
        }
    }
    let c = ops::three_way(a, b)?;
    Ok(ops::bool_obj(match op {
        CmpOp::Lt => c < 0,
        CmpOp::Le => c <= 0,
        CmpOp::Eq => c == 0,
        CmpOp::Ne => c != 0,
        CmpOp::Gt => c > 0,
        _ => c >= 0,
    }))
}

/// `__cmp__` of classic instances (None: neither defines it usefully).
pub fn instance_three_way(a: Obj, b: Obj) -> PyResult<Option<i32>> {
    let r = rt();
    for (x, y, sign) in [(a, b, 1), (b, a, -1)] {
        if !is_instance(x) {
            continue;
        }
        if let Some(m) = special(x, "__cmp__")? {
            let v = call(m, &[y], None)?;
            if v == r.not_implemented {
                continue;
            }
            if !int::is_int(v) {
                return Err(exc::type_error("comparison did not return an int"));
            }
            return Ok(Some(int::value(v).signum() as i32 * sign));
        }
    }
    Ok(None)
}

macro_rules! inst_unary {
    ($($f:ident => $name:expr),* $(,)?) => {
        $(fn $f(i: Obj) -> PyResult<Obj> { call_required(i, $name, &[]) })*
    };
}
inst_unary!(
    u_neg => "__neg__", u_pos => "__pos__", u_abs => "__abs__", u_invert => "__invert__",
    u_int => "__int__", u_long => "__long__", u_float => "__float__", u_oct => "__oct__",
    u_hex => "__hex__", u_index => "__index__",
);

macro_rules! inst_inplace {
    ($($f:ident => $name:expr),* $(,)?) => {
        $(fn $f(i: Obj, o: Obj) -> PyResult<Obj> {
            if !is_instance(i) {
                return Ok(rt().not_implemented);
            }
            match special(i, $name)? {
                Some(m) => call(m, &[o], None),
                None => Ok(rt().not_implemented),
            }
        })*
    };
}
inst_inplace!(
    i_add => "__iadd__", i_sub => "__isub__", i_mul => "__imul__", i_div => "__idiv__",
    i_truediv => "__itruediv__", i_floordiv => "__ifloordiv__", i_mod => "__imod__",
    i_divmod => "__idivmod__", i_pow => "__ipow__", i_lshift => "__ilshift__",
    i_rshift => "__irshift__", i_and => "__iand__", i_or => "__ior__", i_xor => "__ixor__",
);

fn instance_pow3(a: Obj, b: Obj, c: Obj) -> PyResult<Obj> {
    if is_instance(a) {
        if let Some(m) = special(a, "__pow__")? {
            return call(m, &[b, c], None);
        }
    }
    Ok(rt().not_implemented)
}

pub fn instance_slots() -> Slots {
    let mut unary: [Option<super::super::typeobj::UnaryFn>; UN_COUNT] = [None; UN_COUNT];
    for (op, f) in [
        (UnOpSlot::Neg, u_neg as super::super::typeobj::UnaryFn),
        (UnOpSlot::Pos, u_pos),
        (UnOpSlot::Abs, u_abs),
        (UnOpSlot::Invert, u_invert),
        (UnOpSlot::Int, u_int),
        (UnOpSlot::Long, u_long),
        (UnOpSlot::Float, u_float),
        (UnOpSlot::Oct, u_oct),
        (UnOpSlot::Hex, u_hex),
        (UnOpSlot::Index, u_index),
    ] {
        unary[op as usize] = Some(f);
    }
    let inplace: [Option<super::super::typeobj::BinaryFn>; NB_COUNT] = [
        Some(i_add),
        Some(i_sub),
        Some(i_mul),
        Some(i_div),
        Some(i_truediv),
        Some(i_floordiv),
        Some(i_mod),
        Some(i_divmod),
        Some(i_pow),
        Some(i_lshift),
        Some(i_rshift),
        Some(i_and),
        Some(i_or),
        Some(i_xor),
    ];
    Slots {
        getattr: Some(instance_getattr),
        setattr: Some(instance_setattr),
        repr: Some(instance_repr),
        str: Some(instance_str),
        hash: Some(instance_hash),
        call: Some(instance_call),
        len: Some(instance_len_value),
        getitem: Some(instance_getitem),
        setitem: Some(instance_setitem),
        getslice: Some(instance_getslice),
        setslice: Some(instance_setslice),
        contains: Some(instance_contains),
        iter: Some(instance_iter),
        next: Some(instance_next),
        nonzero: Some(instance_nonzero),
        unary,
        inplace,
        pow3: Some(instance_pow3),
        ..Default::default()
    }
}
