//! `type`: calling a type (`__new__` then `__init__`), attribute access on types (metaclass
//! data descriptors, then the type's MRO, then the metaclass), setting class attributes
//! (which updates slots and the version), and the `dictproxy` that `C.__dict__` returns.

use super::super::call::call;
use super::super::class;
use super::super::exc;
use super::super::object::{alloc_value, mark, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{
    is_subtype, is_type, lookup, modified, slots_of, tobj, type_name, Layout, Slots, TF_HEAPTYPE,
};
use super::{dict, str as pystr, tuple, Arity, GetSetDef, MethodDef};
use crate::gc;

/// A new instance of class `t` whose solid base has the `object` layout.
pub fn alloc_instance(t: Obj) -> PyResult<Obj> {
    let to = tobj(t);
    match to.layout {
        Layout::Object | Layout::Other | Layout::ByteArray => {
            if to.flags & TF_HEAPTYPE != 0 {
                class::alloc_object_instance(t)
            } else {
                super::super::object::alloc(&OBJECT_KIND, 16, t)
            }
        }
        _ => Err(exc::type_error(&format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            type_name(t),
            type_name(t)
        ))),
    }
}

pub static OBJECT_KIND: gc::Kind = gc::Kind {
    name: "object",
    trace: None,
    drop: None,
};

fn type_call(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    if t == r.types.type_ && args.len() == 1 && kw.is_none_or(|k| dict::len(k) == 0) {
        return Ok(args[0].class());
    }
    let to = tobj(t);
    let Some(new) = to.slots.new else {
        return Err(exc::type_error(&format!(
            "cannot create '{}' instances",
            type_name(t)
        )));
    };
    let o = new(t, args, kw)?;
    if !is_subtype(o.class(), t) {
        return Ok(o);
    }
    if let Some(init) = slots_of(o).init {
        init(o, args, kw)?;
    }
    Ok(o)
}

fn type_new(meta: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    if meta == r.types.type_ && args.len() == 1 {
        return Ok(args[0].class());
    }
    if args.len() != 3 || kw.is_some_and(|k| dict::len(k) > 0) {
        return Err(exc::type_error("type() takes 1 or 3 arguments"));
    }
    let (name, bases, ns) = (args[0], args[1], args[2]);
    if !pystr::is_str(name) {
        return Err(exc::type_error(&format!(
            "type() argument 1 must be string, not {}",
            ops::type_name_of(name)
        )));
    }
    if !tuple::is_tuple(bases) {
        return Err(exc::type_error(&format!(
            "type() argument 2 must be tuple, not {}",
            ops::type_name_of(bases)
        )));
    }
    if !dict::is_dict(ns) {
        return Err(exc::type_error(&format!(
            "type() argument 3 must be dict, not {}",
            ops::type_name_of(ns)
        )));
    }
    let winner = class::calculate_meta(meta, tuple::items(bases))?;
    if winner != meta {
        if let Some(n) = tobj(winner).slots.new {
            if n as usize != type_new as *const () as usize {
                return n(winner, args, kw);
            }
        }
    }
    class::new_class(winner, name, bases, ns)
}

fn type_init(_t: Obj, args: &[Obj], _kw: Option<Obj>) -> PyResult<()> {
    if args.len() != 1 && args.len() != 3 {
        return Err(exc::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(())
}

/// `type_getattro`.
pub fn type_getattr(t: Obj, name: Obj) -> PyResult<Obj> {
    let meta = t.class();
    let meta_attr = lookup(meta, name)?;
    if let Some(ma) = meta_attr {
        let s = slots_of(ma);
        if let (Some(g), Some(_)) = (s.descr_get, s.descr_set) {
            return g(ma, Some(t), meta);
        }
    }
    if let Some(a) = lookup(t, name)? {
        if let Some(g) = slots_of(a).descr_get {
            return g(a, None, t);
        }
        return Ok(a);
    }
    if let Some(ma) = meta_attr {
        if let Some(g) = slots_of(ma).descr_get {
            return g(ma, Some(t), meta);
        }
        return Ok(ma);
    }
    Err(exc::attribute_error(&format!(
        "type object '{}' has no attribute '{}'",
        type_name(t),
        pystr::as_str_lossy(name)
    )))
}

fn type_setattr(t: Obj, name: Obj, v: Option<Obj>) -> PyResult<()> {
    let to = tobj(t);
    if to.flags & TF_HEAPTYPE == 0 {
        return Err(exc::type_error(&format!(
            "can't set attributes of built-in/extension type '{}'",
            type_name(t)
        )));
    }
    if !pystr::is_str(name) {
        return Err(exc::type_error(&format!(
            "attribute name must be string, not '{}'",
            ops::type_name_of(name)
        )));
    }
    let meta = t.class();
    if let Some(ma) = lookup(meta, name)? {
        if let Some(s) = slots_of(ma).descr_set {
            return s(ma, t, v);
        }
    }
    match v {
        Some(v) => dict::set_item(to.dict, name, v)?,
        None => {
            if dict::del_item(to.dict, name)?.is_none() {
                return Err(exc::attribute_error(&format!(
                    "type object '{}' has no attribute '{}'",
                    type_name(t),
                    pystr::to_string_lossy(name)
                )));
            }
        }
    }
    modified(t);
    if pystr::bytes(name) == b"__abstractmethods__" {
        let abstract_ = match v {
            Some(v) => ops::truthy(v)?,
            None => false,
        };
        let to = tobj(t);
        to.flags = if abstract_ {
            to.flags | super::super::typeobj::TF_ABSTRACT
        } else {
            to.flags & !super::super::typeobj::TF_ABSTRACT
        };
    }
    if class::is_slot_name(pystr::bytes(name)) {
        class::update_slots(t)?;
    }
    Ok(())
}

fn type_repr(t: Obj) -> PyResult<Obj> {
    let to = tobj(t);
    let name = type_name(t);
    let module = super::object::module_of_type(t)?;
    let kind = if to.flags & TF_HEAPTYPE != 0 {
        "class"
    } else {
        "type"
    };
    let s = match module {
        Some(m) if m != "__builtin__" => format!("<{kind} '{m}.{name}'>"),
        _ => format!("<{kind} '{name}'>"),
    };
    pystr::from_str(&s)
}

/// `type_richcompare` (2.7): types order by address unless a metaclass has `__cmp__`.
fn type_richcmp(v: Obj, w: Obj, op: crate::compile::ir::CmpOp) -> PyResult<Obj> {
    use crate::compile::ir::CmpOp;
    if !is_type(w)
        || tobj(v.class()).slots.compare.is_some()
        || tobj(w.class()).slots.compare.is_some()
    {
        return Ok(rt().not_implemented);
    }
    let (a, b) = (v.addr(), w.addr());
    Ok(ops::bool_obj(match op {
        CmpOp::Lt => a < b,
        CmpOp::Le => a <= b,
        CmpOp::Eq => a == b,
        CmpOp::Ne => a != b,
        CmpOp::Gt => a > b,
        CmpOp::Ge => a >= b,
        _ => return Ok(rt().not_implemented),
    }))
}

pub fn slots() -> Slots {
    Slots {
        richcmp: Some(type_richcmp),
        call: Some(type_call),
        new: Some(type_new),
        init: Some(type_init),
        getattr: Some(type_getattr),
        setattr: Some(type_setattr),
        repr: Some(type_repr),
        hash: Some(super::object::pointer_hash),
        ..Default::default()
    }
}

fn get_name(t: Obj) -> PyResult<Obj> {
    Ok(tobj(t).name)
}
fn set_name(t: Obj, v: Option<Obj>) -> PyResult<()> {
    if tobj(t).flags & TF_HEAPTYPE == 0 {
        return Err(exc::type_error(&format!(
            "can't set {}.__name__",
            type_name(t)
        )));
    }
    match v {
        Some(v) if pystr::is_str(v) => {
            tobj(t).name = v;
            Ok(())
        }
        Some(v) => Err(exc::type_error(&format!(
            "can only assign string to {}.__name__, not '{}'",
            type_name(t),
            ops::type_name_of(v)
        ))),
        None => Err(exc::type_error(&format!(
            "can't delete {}.__name__",
            type_name(t)
        ))),
    }
}
fn get_bases(t: Obj) -> PyResult<Obj> {
    Ok(tobj(t).bases)
}
fn get_base(t: Obj) -> PyResult<Obj> {
    let to = tobj(t);
    Ok(tuple::items(to.bases)
        .first()
        .copied()
        .or(to.base)
        .unwrap_or(rt().none))
}
fn get_mro(t: Obj) -> PyResult<Obj> {
    Ok(tobj(t).mro)
}
fn get_dict(t: Obj) -> PyResult<Obj> {
    new_dictproxy(tobj(t).dict)
}
fn get_module(t: Obj) -> PyResult<Obj> {
    match super::object::module_of_type(t)? {
        Some(m) => match dict::get_item(tobj(t).dict, rt().names.__module__)? {
            Some(v) => Ok(v),
            None => pystr::from_str(&m),
        },
        None => Err(exc::attribute_error("__module__")),
    }
}
fn set_module(t: Obj, v: Option<Obj>) -> PyResult<()> {
    match v {
        Some(v) => {
            dict::set_item(tobj(t).dict, rt().names.__module__, v)?;
            modified(t);
            Ok(())
        }
        None => Err(exc::type_error("can't delete __module__")),
    }
}
fn get_doc(t: Obj) -> PyResult<Obj> {
    let to = tobj(t);
    Ok(dict::get_item(to.dict, rt().names.__doc__)?.unwrap_or(rt().none))
}

pub static GETSETS: &[GetSetDef] = &[
    super::gs("__name__", get_name, Some(set_name)),
    super::gs("__bases__", get_bases, Some(super::super::class::set_bases)),
    super::gs("__base__", get_base, None),
    super::gs("__mro__", get_mro, None),
    super::gs("__dict__", get_dict, None),
    super::gs("__module__", get_module, Some(set_module)),
    super::gs("__doc__", get_doc, None),
];

fn mro_method(t: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::list::new(tuple::items(tobj(t).mro))
}

fn subclasses(t: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::list::new(tobj(t).subclasses.as_slice())
}

fn instancecheck(t: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(ops::bool_obj(super::classobj::isinstance_any(a[0], t)?))
}

fn subclasscheck(t: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(ops::bool_obj(super::classobj::issubclass_any(a[0], t)))
}

pub static METHODS: &[MethodDef] = &[
    super::m("mro", mro_method, Arity::None),
    super::m("__subclasses__", subclasses, Arity::None),
    super::m("__instancecheck__", instancecheck, Arity::One),
    super::m("__subclasscheck__", subclasscheck, Arity::One),
];

// --- dictproxy --------------------------------------------------------------------------------

#[repr(C)]
pub struct ProxyObj {
    pub head: Header,
    pub dict: Obj,
}

unsafe fn trace_proxy(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a dictproxy.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        mark(m, (*(p as *const ProxyObj)).dict);
    }
}

pub static PROXY_KIND: gc::Kind = gc::Kind {
    name: "dictproxy",
    trace: Some(trace_proxy),
    drop: None,
};

pub fn new_dictproxy(d: Obj) -> PyResult<Obj> {
    let t = rt().types.dictproxy;
    alloc_value(
        &PROXY_KIND,
        t,
        ProxyObj {
            head: Header { class: t },
            dict: d,
        },
    )
}

fn pdict(p: Obj) -> Obj {
    // SAFETY: the caller knows `p` is a dictproxy.
    unsafe { p.cast::<ProxyObj>().dict }
}

fn proxy_getitem(p: Obj, k: Obj) -> PyResult<Obj> {
    ops::getitem(pdict(p), k)
}
fn proxy_len(p: Obj) -> PyResult<i64> {
    Ok(dict::len(pdict(p)) as i64)
}
fn proxy_contains(p: Obj, k: Obj) -> PyResult<bool> {
    ops::contains(pdict(p), k)
}
fn proxy_iter(p: Obj) -> PyResult<Obj> {
    ops::iter(pdict(p))
}
fn proxy_repr(p: Obj) -> PyResult<Obj> {
    let inner = ops::repr_text(pdict(p))?;
    pystr::from_str(&format!("<dictproxy {inner}>"))
}
fn proxy_str(p: Obj) -> PyResult<Obj> {
    ops::str(pdict(p))
}

pub fn proxy_slots() -> Slots {
    Slots {
        getitem: Some(proxy_getitem),
        len: Some(proxy_len),
        contains: Some(proxy_contains),
        iter: Some(proxy_iter),
        repr: Some(proxy_repr),
        str: Some(proxy_str),
        ..Default::default()
    }
}

fn proxy_forward(p: Obj, name: &'static str, a: &[Obj]) -> PyResult<Obj> {
    ops::call_method(pdict(p), name, a)
}
fn px_keys(p: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    proxy_forward(p, "keys", a)
}
fn px_values(p: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    proxy_forward(p, "values", a)
}
fn px_items(p: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    proxy_forward(p, "items", a)
}
fn px_get(p: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    proxy_forward(p, "get", a)
}
fn px_has_key(p: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    proxy_forward(p, "has_key", a)
}
fn px_copy(p: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    proxy_forward(p, "copy", a)
}
fn px_iterkeys(p: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    proxy_forward(p, "iterkeys", a)
}
fn px_iteritems(p: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    proxy_forward(p, "iteritems", a)
}
fn px_itervalues(p: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    proxy_forward(p, "itervalues", a)
}

pub static PROXY_METHODS: &[MethodDef] = &[
    super::m("keys", px_keys, Arity::None),
    super::m("values", px_values, Arity::None),
    super::m("items", px_items, Arity::None),
    super::m("iterkeys", px_iterkeys, Arity::None),
    super::m("itervalues", px_itervalues, Arity::None),
    super::m("iteritems", px_iteritems, Arity::None),
    super::m("get", px_get, Arity::Range(1, 2)),
    super::m("has_key", px_has_key, Arity::One),
    super::m("copy", px_copy, Arity::None),
];

/// `isinstance(o, type)` helper used by others: is `t` a type object?
pub fn check_type(o: Obj) -> bool {
    is_type(o)
}

/// Calls `t(*args)` (used by natives that construct objects of a given class).
pub fn instantiate(t: Obj, args: &[Obj]) -> PyResult<Obj> {
    call(t, args, None)
}
