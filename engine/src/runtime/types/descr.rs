//! Descriptors and native callables: `builtin_function_or_method` (module functions and
//! methods bound to an object), `method_descriptor` (a builtin type's method in its dict),
//! `wrapper_descriptor` / `method-wrapper` (a slot exposed as `__add__` etc.),
//! `getset_descriptor`, `member_descriptor` (`__slots__`), and `classmethod`, `staticmethod`,
//! `property`.

use super::super::call::call;
use super::super::exc;
use super::super::object::{alloc, alloc_value, mark, mark_opt, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{slots_of, tobj, Slots};
use super::{check_arity, str as pystr, Arity, GetSetDef, MethKind, MethodDef, NativeFn};
use crate::gc;

/// What a native callable runs.
#[derive(Clone, Copy)]
pub enum Native {
    Func(NativeFn, &'static str, Arity),
    Method(&'static MethodDef),
    /// A slot wrapper: `(wrapper, slot owner type, which)`.
    Wrapper(WrapperFn, &'static str),
}

/// Calls the slot `which` of `owner` on `self_` with `args`.
pub type WrapperFn = fn(Obj, &'static str, Obj, &[Obj], Option<Obj>) -> PyResult<Obj>;

// --- builtin_function_or_method ---------------------------------------------------------------

#[repr(C)]
pub struct BuiltinObj {
    pub head: Header,
    pub native: Native,
    /// Bound object (methods) or None (module functions).
    pub self_: Option<Obj>,
    /// The owner type of a wrapper, or the module of a function.
    pub owner: Option<Obj>,
}

unsafe fn trace_builtin(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a builtin object.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        let b = &*(p as *const BuiltinObj);
        mark_opt(m, b.self_);
        mark_opt(m, b.owner);
    }
}

pub static BUILTIN_KIND: gc::Kind = gc::Kind {
    name: "builtin_function_or_method",
    trace: Some(trace_builtin),
    drop: None,
};

/// Whether `o` is a builtin function whose native code is `f`.
pub fn is_native_func(o: Obj, f: super::NativeFn) -> bool {
    if o.class() != rt().types.builtin_function {
        return false;
    }
    // SAFETY: a builtin_function_or_method object.
    match unsafe { &o.cast::<BuiltinObj>().native } {
        Native::Func(g, _, _) => std::ptr::fn_addr_eq(*g, f),
        _ => false,
    }
}

pub fn new_builtin(native: Native, self_: Option<Obj>, owner: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let t = match (native, self_) {
        (Native::Wrapper(..), Some(_)) => r.types.method_wrapper,
        _ => r.types.builtin_function,
    };
    alloc_value(
        &BUILTIN_KIND,
        t,
        BuiltinObj {
            head: Header { class: t },
            native,
            self_,
            owner,
        },
    )
}

/// A module-level native function.
pub fn new_function(name: &'static str, f: NativeFn, arity: Arity) -> PyResult<Obj> {
    new_builtin(Native::Func(f, name, arity), None, None)
}

#[inline]
fn bobj(o: Obj) -> &'static BuiltinObj {
    // SAFETY: the caller knows `o` is a builtin_function_or_method.
    unsafe { o.cast::<BuiltinObj>() }
}

pub fn builtin_name(o: Obj) -> &'static str {
    match bobj(o).native {
        Native::Func(_, n, _) => n,
        Native::Method(d) => d.name,
        Native::Wrapper(_, n) => n,
    }
}

fn builtin_call(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let b = bobj(o);
    match b.native {
        Native::Func(f, name, arity) => {
            check_arity(name, arity, args.len(), kw)?;
            f(args, kw)
        }
        Native::Method(d) => {
            let s = b.self_.unwrap_or(rt().none);
            check_arity(d.name, d.arity, args.len(), kw)?;
            (d.func)(s, args, kw)
        }
        Native::Wrapper(w, _) => {
            let s = b.self_.unwrap_or(rt().none);
            w(b.owner.unwrap_or(s.class()), builtin_name(o), s, args, kw)
        }
    }
}

fn builtin_repr(o: Obj) -> PyResult<Obj> {
    let b = bobj(o);
    let s = match (b.native, b.self_) {
        (Native::Wrapper(_, n), Some(s)) => format!(
            "<method-wrapper '{}' of {} object at {:#x}>",
            n,
            ops::type_name_of(s),
            s.addr()
        ),
        (_, None) => format!("<built-in function {}>", builtin_name(o)),
        (_, Some(s)) if s.class() == rt().types.module => {
            format!("<built-in function {}>", builtin_name(o))
        }
        (_, Some(s)) => format!(
            "<built-in method {} of {} object at {:#x}>",
            builtin_name(o),
            ops::type_name_of(s),
            s.addr()
        ),
    };
    pystr::from_str(&s)
}

fn builtin_richcmp(a: Obj, b: Obj, op: crate::compile::ir::CmpOp) -> PyResult<Obj> {
    use crate::compile::ir::CmpOp;
    if b.class() != a.class() || !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(rt().not_implemented);
    }
    let (x, y) = (bobj(a), bobj(b));
    let same_native = match (x.native, y.native) {
        (Native::Func(f, ..), Native::Func(g, ..)) => f as usize == g as usize,
        (Native::Method(f), Native::Method(g)) => std::ptr::eq(f, g),
        (Native::Wrapper(f, n), Native::Wrapper(g, m)) => f as usize == g as usize && n == m,
        _ => false,
    };
    let same = same_native && x.self_ == y.self_;
    Ok(ops::bool_obj(if op == CmpOp::Eq { same } else { !same }))
}

fn builtin_hash(o: Obj) -> PyResult<i64> {
    let b = bobj(o);
    let x = match b.self_ {
        Some(s) => ops::hash(s).unwrap_or(0),
        None => 0,
    };
    Ok(x ^ crate::pyhash::pointer_hash(builtin_name(o).as_ptr() as usize))
}

fn b_name(o: Obj) -> PyResult<Obj> {
    pystr::from_str(builtin_name(o))
}
fn b_self(o: Obj) -> PyResult<Obj> {
    Ok(bobj(o).self_.unwrap_or(rt().none))
}
fn b_module(o: Obj) -> PyResult<Obj> {
    match bobj(o).native {
        Native::Func(..) => match bobj(o).owner {
            Some(m) => Ok(m),
            None => pystr::from_str("__builtin__"),
        },
        _ => Ok(rt().none),
    }
}
fn b_doc(_o: Obj) -> PyResult<Obj> {
    Ok(rt().none)
}

pub static BUILTIN_GETSETS: &[GetSetDef] = &[
    super::gs("__name__", b_name, None),
    super::gs("__self__", b_self, None),
    super::gs("__module__", b_module, None),
    super::gs("__doc__", b_doc, None),
];

pub fn builtin_slots() -> Slots {
    Slots {
        call: Some(builtin_call),
        repr: Some(builtin_repr),
        richcmp: Some(builtin_richcmp),
        hash: Some(builtin_hash),
        ..Default::default()
    }
}

// --- method_descriptor / wrapper_descriptor ---------------------------------------------------

#[repr(C)]
pub struct MethodDescrObj {
    pub head: Header,
    pub native: Native,
    pub owner: Obj,
}

unsafe fn trace_mdescr(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a descriptor object.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        mark(m, (*(p as *const MethodDescrObj)).owner);
    }
}

pub static MDESCR_KIND: gc::Kind = gc::Kind {
    name: "method_descriptor",
    trace: Some(trace_mdescr),
    drop: None,
};

pub fn new_method_descr(def: &'static MethodDef, owner: Obj) -> PyResult<Obj> {
    let r = rt();
    match def.kind {
        MethKind::Instance => {
            let t = r.types.method_descriptor;
            alloc_value(
                &MDESCR_KIND,
                t,
                MethodDescrObj {
                    head: Header { class: t },
                    native: Native::Method(def),
                    owner,
                },
            )
        }
        MethKind::Class => {
            let t = r.types.method_descriptor;
            let d = alloc_value(
                &MDESCR_KIND,
                t,
                MethodDescrObj {
                    head: Header { class: t },
                    native: Native::Method(def),
                    owner,
                },
            )?;
            new_classmethod_native(d)
        }
        MethKind::Static => {
            let f = new_builtin(Native::Method(def), None, Some(owner))?;
            new_staticmethod(f)
        }
    }
}

pub fn new_wrapper_descr(name: &'static str, w: WrapperFn, owner: Obj) -> PyResult<Obj> {
    let t = rt().types.wrapper_descriptor;
    alloc_value(
        &MDESCR_KIND,
        t,
        MethodDescrObj {
            head: Header { class: t },
            native: Native::Wrapper(w, name),
            owner,
        },
    )
}

#[inline]
fn dobj(o: Obj) -> &'static MethodDescrObj {
    // SAFETY: the caller knows `o` is a method or wrapper descriptor.
    unsafe { o.cast::<MethodDescrObj>() }
}

fn descr_name(o: Obj) -> &'static str {
    match dobj(o).native {
        Native::Method(d) => d.name,
        Native::Wrapper(_, n) => n,
        Native::Func(_, n, _) => n,
    }
}

/// Whether `f` is the slot wrapper `name` of `owner` (`name` empty: any wrapper of `owner`).
pub fn is_slot_wrapper_of(f: Obj, owner: Obj, name: &str) -> bool {
    f.class() == rt().types.wrapper_descriptor
        && dobj(f).owner == owner
        && (name.is_empty() || descr_name(f) == name)
}

fn check_self(o: Obj, s: Obj) -> PyResult<()> {
    let owner = dobj(o).owner;
    if !super::super::typeobj::is_subtype(s.class(), owner) {
        return Err(exc::type_error(&format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            descr_name(o),
            super::super::typeobj::type_name(owner),
            ops::type_name_of(s)
        )));
    }
    Ok(())
}

fn mdescr_get(o: Obj, inst: Option<Obj>, _owner: Obj) -> PyResult<Obj> {
    let Some(i) = inst else { return Ok(o) };
    check_self(o, i)?;
    let d = dobj(o);
    new_builtin(d.native, Some(i), Some(d.owner))
}

fn mdescr_call(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let Some((&s, rest)) = args.split_first() else {
        return Err(exc::type_error(&format!(
            "descriptor '{}' of '{}' object needs an argument",
            descr_name(o),
            super::super::typeobj::type_name(dobj(o).owner)
        )));
    };
    check_self(o, s)?;
    let d = dobj(o);
    match d.native {
        Native::Method(def) => {
            check_arity(def.name, def.arity, rest.len(), kw)?;
            (def.func)(s, rest, kw)
        }
        Native::Wrapper(w, n) => w(d.owner, n, s, rest, kw),
        Native::Func(f, name, arity) => {
            check_arity(name, arity, args.len(), kw)?;
            f(args, kw)
        }
    }
}

fn mdescr_repr(o: Obj) -> PyResult<Obj> {
    let d = dobj(o);
    let what = if o.class() == rt().types.wrapper_descriptor {
        "slot wrapper"
    } else {
        "method"
    };
    pystr::from_str(&format!(
        "<{} '{}' of '{}' objects>",
        what,
        descr_name(o),
        super::super::typeobj::type_name(d.owner)
    ))
}

fn md_name(o: Obj) -> PyResult<Obj> {
    pystr::from_str(descr_name(o))
}
fn md_objclass(o: Obj) -> PyResult<Obj> {
    Ok(dobj(o).owner)
}
fn md_doc(_o: Obj) -> PyResult<Obj> {
    Ok(rt().none)
}

pub static MDESCR_GETSETS: &[GetSetDef] = &[
    super::gs("__name__", md_name, None),
    super::gs("__objclass__", md_objclass, None),
    super::gs("__doc__", md_doc, None),
];

pub fn mdescr_slots() -> Slots {
    Slots {
        call: Some(mdescr_call),
        descr_get: Some(mdescr_get),
        repr: Some(mdescr_repr),
        ..Default::default()
    }
}

// --- getset_descriptor / member_descriptor ----------------------------------------------------

#[repr(C)]
pub struct GetSetObj {
    pub head: Header,
    pub def: Option<&'static GetSetDef>,
    /// Member descriptors: the slot index; `__dict__` descriptors: u32::MAX.
    pub index: u32,
    pub name: Obj,
    pub owner: Obj,
}

unsafe fn trace_getset(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a getset/member descriptor.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        let g = &*(p as *const GetSetObj);
        mark(m, g.name);
        mark(m, g.owner);
    }
}

pub static GETSET_KIND: gc::Kind = gc::Kind {
    name: "getset_descriptor",
    trace: Some(trace_getset),
    drop: None,
};

pub fn new_getset(def: &'static GetSetDef, owner: Obj) -> PyResult<Obj> {
    let t = rt().types.getset_descriptor;
    let name = pystr::intern(def.name)?;
    alloc_value(
        &GETSET_KIND,
        t,
        GetSetObj {
            head: Header { class: t },
            def: Some(def),
            index: 0,
            name,
            owner,
        },
    )
}

/// A getset descriptor named `name` (not `def.name`): struct sequences share getters by index.
pub fn new_getset_named(def: &'static GetSetDef, name: Obj, owner: Obj) -> PyResult<Obj> {
    let t = rt().types.getset_descriptor;
    alloc_value(
        &GETSET_KIND,
        t,
        GetSetObj {
            head: Header { class: t },
            def: Some(def),
            index: 0,
            name,
            owner,
        },
    )
}

/// A `__slots__` member descriptor for slot `index` of instances of `owner`.
pub fn new_member(name: Obj, index: u32, owner: Obj) -> PyResult<Obj> {
    let t = rt().types.member_descriptor;
    alloc_value(
        &GETSET_KIND,
        t,
        GetSetObj {
            head: Header { class: t },
            def: None,
            index,
            name,
            owner,
        },
    )
}

/// The `__dict__` attribute of instances of a class.
pub fn new_dict_descr(owner: Obj) -> PyResult<Obj> {
    let t = rt().types.getset_descriptor;
    alloc_value(
        &GETSET_KIND,
        t,
        GetSetObj {
            head: Header { class: t },
            def: None,
            index: u32::MAX,
            name: rt().names.__dict__,
            owner,
        },
    )
}

#[inline]
fn gobj(o: Obj) -> &'static GetSetObj {
    // SAFETY: the caller knows `o` is a getset or member descriptor.
    unsafe { o.cast::<GetSetObj>() }
}

/// CPython's `descr_check`: the instance's type must be the descriptor's owner type or a
/// subtype (a plain type check; no `__class__` lookup, no old-style class rules).
#[inline]
fn getset_check(o: Obj, inst: Obj) -> PyResult<()> {
    let g = gobj(o);
    if !super::super::typeobj::is_subtype(inst.class(), g.owner) {
        return Err(exc::type_error(&format!(
            "descriptor '{}' for '{}' objects doesn't apply to '{}' object",
            pystr::to_string_lossy(g.name),
            super::super::typeobj::type_name(g.owner),
            ops::type_name_of(inst)
        )));
    }
    Ok(())
}

fn getset_get(o: Obj, inst: Option<Obj>, _owner: Obj) -> PyResult<Obj> {
    let Some(i) = inst else { return Ok(o) };
    getset_check(o, i)?;
    let g = gobj(o);
    if let Some(def) = g.def {
        return (def.get)(i);
    }
    if g.index == u32::MAX {
        return match super::super::class::instance_dict(i)? {
            Some(d) => Ok(d),
            None => Err(exc::attribute_error("This object has no __dict__")),
        };
    }
    let tail = super::super::class::tail(i).expect("slots live in the tail");
    match tail.slots().get(g.index as usize).copied().flatten() {
        Some(v) => Ok(v),
        None => Err(exc::attribute_error(&pystr::to_string_lossy(g.name))),
    }
}

fn getset_set(o: Obj, inst: Obj, v: Option<Obj>) -> PyResult<()> {
    getset_check(o, inst)?;
    let g = gobj(o);
    if let Some(def) = g.def {
        return match def.set {
            Some(s) => s(inst, v),
            None => Err(exc::attribute_error(&format!(
                "attribute '{}' of '{}' objects is not writable",
                def.name,
                super::super::typeobj::type_name(g.owner)
            ))),
        };
    }
    if g.index == u32::MAX {
        let Some(slot) = super::super::class::dict_slot(inst) else {
            return Err(exc::attribute_error("This object has no __dict__"));
        };
        return match v {
            Some(d) if super::dict::is_dict(d) => {
                *slot = Some(d);
                Ok(())
            }
            Some(d) => Err(exc::type_error(&format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                ops::type_name_of(d)
            ))),
            None => Err(exc::type_error("__dict__ may not be deleted")),
        };
    }
    let tail = super::super::class::tail(inst).expect("slots live in the tail");
    let s = &mut tail.slots()[g.index as usize];
    if v.is_none() && s.is_none() {
        return Err(exc::attribute_error(&pystr::to_string_lossy(g.name)));
    }
    *s = v;
    Ok(())
}

fn getset_repr(o: Obj) -> PyResult<Obj> {
    let g = gobj(o);
    let what = if o.class() == rt().types.member_descriptor {
        "member"
    } else {
        "attribute"
    };
    pystr::from_str(&format!(
        "<{} '{}' of '{}' objects>",
        what,
        pystr::to_string_lossy(g.name),
        super::super::typeobj::type_name(g.owner)
    ))
}

fn gs_name(o: Obj) -> PyResult<Obj> {
    Ok(gobj(o).name)
}
fn gs_objclass(o: Obj) -> PyResult<Obj> {
    Ok(gobj(o).owner)
}

pub static GETSET_GETSETS: &[GetSetDef] = &[
    super::gs("__name__", gs_name, None),
    super::gs("__objclass__", gs_objclass, None),
    super::gs("__doc__", md_doc, None),
];

pub fn getset_slots() -> Slots {
    Slots {
        descr_get: Some(getset_get),
        descr_set: Some(getset_set),
        repr: Some(getset_repr),
        ..Default::default()
    }
}

// --- classmethod / staticmethod ---------------------------------------------------------------

#[repr(C)]
pub struct WrapObj {
    pub head: Header,
    pub func: Option<Obj>,
}

unsafe fn trace_wrap(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a classmethod/staticmethod object.
    unsafe { mark_opt(m, (*(p as *const WrapObj)).func) };
}

pub static WRAP_KIND: gc::Kind = gc::Kind {
    name: "classmethod",
    trace: Some(trace_wrap),
    drop: None,
};

fn wrap_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<WrapObj>()
}

crate::sub_kind!(
    WRAP_SUB_KIND,
    "classmethod subclass instance",
    Some(trace_wrap),
    None,
    wrap_tail_offset
);

fn new_wrap(t: Obj, f: Obj) -> PyResult<Obj> {
    alloc_value(
        &WRAP_KIND,
        t,
        WrapObj {
            head: Header { class: t },
            func: Some(f),
        },
    )
}

pub fn new_staticmethod(f: Obj) -> PyResult<Obj> {
    new_wrap(rt().types.staticmethod, f)
}

pub fn new_classmethod(f: Obj) -> PyResult<Obj> {
    new_wrap(rt().types.classmethod, f)
}

fn new_classmethod_native(descr: Obj) -> PyResult<Obj> {
    new_classmethod(descr)
}

#[inline]
fn wobj(o: Obj) -> &'static mut WrapObj {
    // SAFETY: the caller knows `o` has the classmethod/staticmethod layout.
    unsafe { o.cast::<WrapObj>() }
}

fn wrap_func(o: Obj) -> PyResult<Obj> {
    wobj(o)
        .func
        .ok_or_else(|| exc::runtime_error("uninitialized classmethod object"))
}

fn classmethod_get(o: Obj, _inst: Option<Obj>, owner: Obj) -> PyResult<Obj> {
    let f = wrap_func(o)?;
    if f.class() == rt().types.method_descriptor {
        // A builtin class method (dict.fromkeys): bound to the class.
        let d = dobj(f);
        return new_builtin(d.native, Some(owner), Some(d.owner));
    }
    super::function::new_method(f, Some(owner), Some(owner.class()))
}

fn staticmethod_get(o: Obj, _inst: Option<Obj>, _owner: Obj) -> PyResult<Obj> {
    wrap_func(o)
}

fn wrap_init(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    let name = if tobj(o.class()).layout == super::super::typeobj::Layout::ClassMethod {
        "classmethod"
    } else {
        "staticmethod"
    };
    check_arity(name, Arity::One, args.len(), kw)?;
    if name == "classmethod" && slots_of(args[0]).call.is_none() {
        return Err(exc::type_error(&format!(
            "'{}' object is not callable",
            ops::type_name_of(args[0])
        )));
    }
    wobj(o).func = Some(args[0]);
    Ok(())
}

fn wrap_new(t: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    if t == rt().types.classmethod || t == rt().types.staticmethod {
        let o = alloc(&WRAP_KIND, std::mem::size_of::<WrapObj>(), t)?;
        return Ok(o);
    }
    let size = std::mem::size_of::<WrapObj>() + super::super::class::tail_size(t);
    let o = alloc(&WRAP_SUB_KIND, size, t)?;
    super::super::class::init_tail(o, t, std::mem::size_of::<WrapObj>());
    Ok(o)
}

fn w_func(o: Obj) -> PyResult<Obj> {
    wrap_func(o)
}

pub static WRAP_GETSETS: &[GetSetDef] = &[super::gs("__func__", w_func, None)];

pub fn classmethod_slots() -> Slots {
    Slots {
        descr_get: Some(classmethod_get),
        init: Some(wrap_init),
        new: Some(wrap_new),
        ..Default::default()
    }
}

pub fn staticmethod_slots() -> Slots {
    Slots {
        descr_get: Some(staticmethod_get),
        init: Some(wrap_init),
        new: Some(wrap_new),
        ..Default::default()
    }
}

// --- property ---------------------------------------------------------------------------------

#[repr(C)]
pub struct PropertyObj {
    pub head: Header,
    pub fget: Option<Obj>,
    pub fset: Option<Obj>,
    pub fdel: Option<Obj>,
    pub doc: Option<Obj>,
}

unsafe fn trace_property(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a property object.
    unsafe {
        let o = &*(p as *const PropertyObj);
        for f in [o.fget, o.fset, o.fdel, o.doc] {
            mark_opt(m, f);
        }
    }
}

pub static PROPERTY_KIND: gc::Kind = gc::Kind {
    name: "property",
    trace: Some(trace_property),
    drop: None,
};

fn property_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<PropertyObj>()
}

crate::sub_kind!(
    PROPERTY_SUB_KIND,
    "property subclass instance",
    Some(trace_property),
    None,
    property_tail_offset
);

#[inline]
fn pobj(o: Obj) -> &'static mut PropertyObj {
    // SAFETY: the caller knows `o` has the property layout.
    unsafe { o.cast::<PropertyObj>() }
}

fn property_new(t: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    if t == rt().types.property {
        return alloc(&PROPERTY_KIND, std::mem::size_of::<PropertyObj>(), t);
    }
    let base = std::mem::size_of::<PropertyObj>();
    let o = alloc(
        &PROPERTY_SUB_KIND,
        base + super::super::class::tail_size(t),
        t,
    )?;
    super::super::class::init_tail(o, t, base);
    Ok(o)
}

fn property_init(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    let a = super::parse_args("property", args, kw, &["fget", "fset", "fdel", "doc"], 0)?;
    let none = rt().none;
    let p = pobj(o);
    p.fget = a[0].filter(|x| *x != none);
    p.fset = a[1].filter(|x| *x != none);
    p.fdel = a[2].filter(|x| *x != none);
    p.doc = a[3].filter(|x| *x != none);
    if p.doc.is_none() {
        if let Some(g) = p.fget {
            p.doc = ops::getattr_opt(g, rt().names.__doc__)?.filter(|x| *x != none);
        }
    }
    Ok(())
}

fn property_get(o: Obj, inst: Option<Obj>, _owner: Obj) -> PyResult<Obj> {
    let Some(i) = inst else { return Ok(o) };
    match pobj(o).fget {
        Some(g) => call(g, &[i], None),
        None => Err(exc::attribute_error("unreadable attribute")),
    }
}

fn property_set(o: Obj, inst: Obj, v: Option<Obj>) -> PyResult<()> {
    let p = pobj(o);
    match v {
        Some(v) => match p.fset {
            Some(s) => call(s, &[inst, v], None).map(|_| ()),
            None => Err(exc::attribute_error("can't set attribute")),
        },
        None => match p.fdel {
            Some(d) => call(d, &[inst], None).map(|_| ()),
            None => Err(exc::attribute_error("can't delete attribute")),
        },
    }
}

fn property_copy(o: Obj, which: usize, f: Obj) -> PyResult<Obj> {
    let p = pobj(o);
    let mut parts = [p.fget, p.fset, p.fdel, p.doc];
    parts[which] = Some(f);
    let none = rt().none;
    let args: Vec<Obj> = parts.iter().map(|x| x.unwrap_or(none)).collect();
    call(o.class(), &args, None)
}

fn prop_getter(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    property_copy(o, 0, a[0])
}
fn prop_setter(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    property_copy(o, 1, a[0])
}
fn prop_deleter(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    property_copy(o, 2, a[0])
}

pub static PROPERTY_METHODS: &[MethodDef] = &[
    super::m("getter", prop_getter, Arity::One),
    super::m("setter", prop_setter, Arity::One),
    super::m("deleter", prop_deleter, Arity::One),
];

fn p_fget(o: Obj) -> PyResult<Obj> {
    Ok(pobj(o).fget.unwrap_or(rt().none))
}
fn p_fset(o: Obj) -> PyResult<Obj> {
    Ok(pobj(o).fset.unwrap_or(rt().none))
}
fn p_fdel(o: Obj) -> PyResult<Obj> {
    Ok(pobj(o).fdel.unwrap_or(rt().none))
}
fn p_doc(o: Obj) -> PyResult<Obj> {
    Ok(pobj(o).doc.unwrap_or(rt().none))
}

pub static PROPERTY_GETSETS: &[GetSetDef] = &[
    super::gs("fget", p_fget, None),
    super::gs("fset", p_fset, None),
    super::gs("fdel", p_fdel, None),
    super::gs("__doc__", p_doc, None),
];

pub fn property_slots() -> Slots {
    Slots {
        new: Some(property_new),
        init: Some(property_init),
        descr_get: Some(property_get),
        descr_set: Some(property_set),
        ..Default::default()
    }
}
