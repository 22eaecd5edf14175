//! Classes created by programs (`class` statements, `type(name, bases, dict)`): building the
//! type object, the instance tail, and the generic slot functions that route operations to the
//! special methods a class defines.
//!
//! In: name, bases, namespace dict, metaclass. Out: a heap type whose slots call `__add__`,
//! `__getitem__`, ... found along its MRO (CPython's `slot_*` functions in typeobject.c,
//! including the reflected-operand rules of SLOT1BINFULL).
//!
//! Invariants: a heap type's slot is generic exactly when some class on its MRO defines the
//! special method in its dict (re-checked by `update_slots` whenever a special name is set or
//! deleted on the class or a base); otherwise it is inherited from the solid base.

use super::exc;
use super::object::{alloc, Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::typeobj::{
    is_subtype, lookup, tobj, BinaryFn, Layout, NbOp, Slots, TypeObject, UnOpSlot, NB_COUNT,
    TF_BASETYPE, TF_EXCEPTION, TF_GETATTR_HOOK, TF_HAS_DEL, TF_HAS_TAIL, TF_HEAPTYPE,
    TF_WEAKREFABLE, UN_COUNT,
};
use super::types::{dict, str as pystr, tuple, InstanceTail};
use crate::compile::ir::CmpOp;

/// Bytes the instance tail of `cls` takes.
pub fn tail_size(cls: Obj) -> usize {
    std::mem::size_of::<InstanceTail>() + 8 * tobj(cls).nslots as usize
}

/// Initialises the tail of a fresh instance of `cls` at byte `offset`.
pub fn init_tail(o: Obj, cls: Obj, offset: usize) {
    // SAFETY: the allocation has room for the tail at `offset` (see `tail_size`).
    let t = unsafe { &mut *(o.as_ptr().add(offset) as *mut InstanceTail) };
    t.dict = None;
    t.nslots = tobj(cls).nslots as usize;
    if tobj(cls).flags & TF_HAS_DEL != 0 {
        super::finalize::register(o);
    }
}

/// Where the tail of instance `o` starts, by layout.
pub fn tail_offset(o: Obj) -> usize {
    use super::types::*;
    match tobj(o.class()).layout {
        Layout::Object => 8,
        Layout::Int => std::mem::size_of::<int::IntObj>(),
        Layout::Float => std::mem::size_of::<float::FloatObj>(),
        Layout::Complex => std::mem::size_of::<complex::ComplexObj>(),
        Layout::Long => std::mem::size_of::<long::LongObj>(),
        Layout::List => std::mem::size_of::<list::ListObj>(),
        Layout::Dict => std::mem::size_of::<dict::DictObj>(),
        Layout::Set => std::mem::size_of::<set::SetObj>(),
        Layout::Str => (str::DATA_OFFSET + str::len(o) + 1).next_multiple_of(8),
        Layout::Unicode => unicode::tail_offset(o),
        Layout::Tuple => tuple::ITEMS_OFFSET + 8 * tuple::len(o),
        Layout::Exception => std::mem::size_of::<exception::ExcObj>(),
        Layout::Type => std::mem::size_of::<TypeObject>(),
        Layout::Property => std::mem::size_of::<descr::PropertyObj>(),
        Layout::ClassMethod | Layout::StaticMethod => std::mem::size_of::<descr::WrapObj>(),
        Layout::Super => std::mem::size_of::<super_::SuperObj>(),
        Layout::File => std::mem::size_of::<file::FileObj>(),
        Layout::Module => std::mem::size_of::<module::ModuleObj>(),
        Layout::ByteArray | Layout::Other => 8,
    }
}

/// The instance tail of `o`, if its class gives instances one (inlined: attribute access on
/// `__slots__` and `__dict__` goes through here).
#[inline]
pub fn tail(o: Obj) -> Option<&'static mut InstanceTail> {
    let t = tobj(o.class());
    if t.flags & TF_HAS_TAIL == 0 {
        return None;
    }
    let offset = match t.layout {
        Layout::Object => 8,
        _ => tail_offset(o),
    };
    // SAFETY: instances of TF_HAS_TAIL classes carry a tail at `tail_offset`.
    Some(unsafe { &mut *(o.as_ptr().add(offset) as *mut InstanceTail) })
}

/// The slot holding `o`'s `__dict__` (None: instances of this class have no `__dict__`).
/// Instances of classes deriving from `object` (the common case on every attribute access)
/// take an inlined path; other layouts go through `dict_slot_other`.
#[inline]
pub fn dict_slot(o: Obj) -> Option<&'static mut Option<Obj>> {
    let t = tobj(o.class());
    if t.layout == Layout::Object && t.has_dict {
        if let Some(tail) = tail(o) {
            return Some(&mut tail.dict);
        }
    }
    dict_slot_other(o)
}

#[inline(never)]
fn dict_slot_other(o: Obj) -> Option<&'static mut Option<Obj>> {
    use super::types::*;
    let t = tobj(o.class());
    match t.layout {
        Layout::Exception => return Some(exception::dict_slot(o)),
        Layout::Module => return Some(module::dict_slot(o)),
        _ => {}
    }
    if o.class() == rt().types.function {
        return Some(function::dict_slot(o));
    }
    if !t.has_dict {
        return None;
    }
    tail(o).map(|t| &mut t.dict)
}

/// `o.__dict__`, created on first use (None: no `__dict__`).
pub fn instance_dict(o: Obj) -> PyResult<Option<Obj>> {
    let Some(slot) = dict_slot(o) else {
        return Ok(None);
    };
    if let Some(d) = *slot {
        return Ok(Some(d));
    }
    let d = dict::new()?;
    *dict_slot(o).expect("dict slot") = Some(d);
    Ok(Some(d))
}

/// Allocates an instance of a class whose layout is `object`.
pub fn alloc_object_instance(cls: Obj) -> PyResult<Obj> {
    let o = alloc(&OBJECT_SUB_KIND, 8 + tail_size(cls), cls)?;
    init_tail(o, cls, 8);
    Ok(o)
}

fn object_tail_offset(_p: *mut u8) -> usize {
    8
}

crate::sub_kind!(OBJECT_SUB_KIND, "instance", None, None, object_tail_offset);

/// The GC kind instances of a class with solid-base layout `l` use.
pub fn sub_kind_for(l: Layout) -> &'static crate::gc::Kind {
    use super::types::*;
    match l {
        Layout::Object | Layout::ByteArray | Layout::Other => &OBJECT_SUB_KIND,
        Layout::Int => &int::INT_SUB_KIND,
        Layout::Float => &float::FLOAT_SUB_KIND,
        Layout::Complex => &complex::COMPLEX_SUB_KIND,
        Layout::Long => &long::LONG_SUB_KIND,
        Layout::List => &list::LIST_SUB_KIND,
        Layout::Dict => &dict::DICT_SUB_KIND,
        Layout::Set => &set::SET_SUB_KIND,
        Layout::Str => &str::STR_SUB_KIND,
        Layout::Unicode => &unicode::UNICODE_SUB_KIND,
        Layout::Tuple => &tuple::TUPLE_SUB_KIND,
        Layout::Exception => &exception::EXC_SUB_KIND,
        Layout::Type => &super::typeobj::TYPE_KIND,
        Layout::Property => &descr::PROPERTY_SUB_KIND,
        Layout::ClassMethod | Layout::StaticMethod => &descr::WRAP_SUB_KIND,
        Layout::Super => &super_::SUPER_SUB_KIND,
        Layout::File => &file::FILE_SUB_KIND,
        Layout::Module => &module::MODULE_SUB_KIND,
    }
}

/// `type.__new__(meta, name, bases, dict)`: a new class.
pub fn new_class(meta: Obj, name: Obj, bases: Obj, ns: Obj) -> PyResult<Obj> {
    let r = rt();
    if !pystr::is_str(name) {
        return Err(exc::type_error(
            "type.__new__() argument 1 must be string, not "
                .to_string()
                .as_str(),
        ));
    }
    let mut base_list: Vec<Obj> = tuple::items(bases).to_vec();
    if base_list.is_empty() {
        base_list.push(r.types.object);
    }
    // Bases must be classes; old-style bases are allowed alongside a new-style one.
    for &b in &base_list {
        if b.class() == r.types.classobj {
            continue;
        }
        if !super::typeobj::is_type(b) {
            return Err(exc::type_error("bases must be types"));
        }
        if tobj(b).flags & TF_BASETYPE == 0 {
            return Err(exc::type_error(&format!(
                "type '{}' is not an acceptable base type",
                super::typeobj::type_name(b)
            )));
        }
    }
    let solid = solid_base_of(&base_list)?;
    let st = tobj(solid);
    // __slots__
    let slots_decl = dict::get_item(ns, r.names.__slots__)?;
    let mut slot_names: Vec<Obj> = Vec::new();
    let mut has_dict = true;
    // CPython adds `__weakref__` when there are no `__slots__` or they name it, and the solid
    // base has none yet and is not variable-sized (str, tuple, long).
    let mut wants_weakref = slots_decl.is_none();
    let var_sized = matches!(st.layout, Layout::Str | Layout::Tuple | Layout::Long);
    let base_weakrefable = base_list
        .iter()
        .any(|&b| b.class() != r.types.classobj && tobj(b).flags & TF_WEAKREFABLE != 0);
    let base_has_dict = base_list.iter().any(|&b| {
        b.class() == r.types.classobj || (tobj(b).has_dict || tobj(b).layout == Layout::Exception)
    });
    if let Some(decl) = slots_decl {
        has_dict = base_has_dict;
        let items = if pystr::is_str(decl) || super::types::unicode::is_unicode(decl) {
            super::types::list::new(&[decl])?
        } else {
            ops::iterate_to_list(decl)?
        };
        for &it in super::types::list::items(items) {
            let it = if super::types::unicode::is_unicode(it) {
                super::types::unicode::encode_ascii(it)?
            } else {
                it
            };
            if !pystr::is_str(it) {
                return Err(exc::type_error(&format!(
                    "__slots__ items must be strings, not '{}'",
                    super::typeobj::class_name_of(it)
                )));
            }
            let s = pystr::to_string_lossy(it);
            if s == "__dict__" {
                has_dict = true;
                continue;
            }
            if s == "__weakref__" {
                wants_weakref = true;
                continue;
            }
            if !is_identifier(&s) {
                return Err(exc::type_error("__slots__ must be identifiers"));
            }
            let mangled = mangle(name, &s);
            slot_names.push(pystr::intern(&mangled)?);
        }
    }
    let declared_slots = match slots_decl {
        Some(d) if pystr::is_str(d) || super::types::unicode::is_unicode(d) => true,
        Some(d) => ops::len(d).map(|n| n > 0).unwrap_or(true),
        None => false,
    };
    if var_sized && declared_slots {
        return Err(exc::type_error(&format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            super::typeobj::type_name(solid)
        )));
    }
    if wants_weakref && slots_decl.is_some() && (var_sized || base_weakrefable) {
        return Err(exc::type_error(
            "__weakref__ slot disallowed: either we already got one, or the base type has a \
             non-zero tp_itemsize",
        ));
    }
    let weakrefable = base_weakrefable || (wants_weakref && !var_sized);
    let layout = st.layout;
    // Metaclasses: instances are type objects, whose namespace is their `__dict__`; they get no
    // instance tail (CPython: `type` has a dict offset, so subclasses add no `__dict__`).
    let is_meta = layout == Layout::Type;
    if is_meta {
        has_dict = false;
        slot_names.clear();
    }
    let base_has_dict = base_has_dict || is_meta;
    let nslots = st.nslots + slot_names.len() as u32;
    let new_dict = dict::new()?;
    for (k, v) in dict::items_vec(ns) {
        dict::set_item(new_dict, k, v)?;
    }
    let mut flags = TF_HEAPTYPE | TF_BASETYPE | if is_meta { 0 } else { TF_HAS_TAIL };
    if st.flags & TF_EXCEPTION != 0 {
        flags |= TF_EXCEPTION;
    }
    if weakrefable {
        flags |= TF_WEAKREFABLE;
    }
    let t = alloc(
        &super::typeobj::TYPE_KIND,
        std::mem::size_of::<TypeObject>(),
        meta,
    )?;
    let bases_t = tuple::new(&base_list)?;
    // SAFETY: fresh type object; every reference field is written before the next allocation.
    unsafe {
        std::ptr::write(
            t.cast::<TypeObject>(),
            TypeObject {
                head: super::object::Header { class: meta },
                slots: st.slots,
                name,
                bases: bases_t,
                base: Some(solid),
                mro: bases_t,
                dict: new_dict,
                layout,
                flags,
                nslots,
                has_dict,
                version: 0,
                instance_kind: sub_kind_for(layout),
                subclasses: super::object::ObjVec::new(),
            },
        );
    }
    let mro = super::typeobj::c3_mro(t, &base_list)?;
    tobj(t).mro = tuple::new(&mro)?;
    // __new__ given as a plain function is a static method.
    if let Some(f) = dict::get_item(new_dict, r.names.__new__)? {
        if f.class() == r.types.function {
            let sm = super::types::descr::new_staticmethod(f)?;
            dict::set_item(new_dict, r.names.__new__, sm)?;
        }
    }
    // Member descriptors for __slots__.
    for (i, &sn) in slot_names.iter().enumerate() {
        let d = super::types::descr::new_member(sn, st.nslots + i as u32, t)?;
        dict::set_item(new_dict, sn, d)?;
    }
    if has_dict && !base_has_dict {
        let d = super::types::descr::new_dict_descr(t)?;
        dict::set_item(new_dict, r.names.__dict__, d)?;
    }
    if !dict::table(new_dict).contains(
        &r.names.__doc__,
        pystr::hash(r.names.__doc__),
        &mut |a, b| dict::key_eq(a, b),
    )? {
        dict::set_item(new_dict, r.names.__doc__, r.none)?;
    }
    for &b in &base_list {
        if b.class() != r.types.classobj {
            tobj(b).subclasses.push(t)?;
        }
    }
    update_slots(t)?;
    // Lookups made while the dict was being completed must not be remembered.
    super::typeobj::modified(t);
    Ok(t)
}

fn is_identifier(s: &str) -> bool {
    let b = s.as_bytes();
    !b.is_empty()
        && (b[0].is_ascii_alphabetic() || b[0] == b'_')
        && b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_')
}

/// Private-name mangling of `__x` in class `cls_name` (`_C__x`).
fn mangle(cls_name: Obj, s: &str) -> String {
    if !s.starts_with("__") || s.ends_with("__") {
        return s.to_string();
    }
    let c = pystr::to_string_lossy(cls_name);
    let c = c.trim_start_matches('_');
    if c.is_empty() {
        return s.to_string();
    }
    format!("_{c}{s}")
}

/// The solid base: the base whose layout all others' layouts extend (CPython's `best_base`);
/// TypeError `multiple bases have instance lay-out conflict` otherwise.
fn solid_base_of(bases: &[Obj]) -> PyResult<Obj> {
    let r = rt();
    let mut winner: Option<Obj> = None;
    for &b in bases {
        if b.class() == r.types.classobj {
            continue;
        }
        let cand = solid(b);
        winner = match winner {
            None => Some(b),
            Some(w) => {
                let ws = solid(w);
                if is_subtype(ws, cand) {
                    Some(w)
                } else if is_subtype(cand, ws) {
                    Some(b)
                } else {
                    return Err(exc::type_error(
                        "multiple bases have instance lay-out conflict",
                    ));
                }
            }
        };
    }
    Ok(winner.unwrap_or(r.types.object))
}

/// The most derived builtin (layout-defining) type on `t`'s base chain, or `t` itself if it
/// adds `__slots__`.
fn solid(t: Obj) -> Obj {
    let to = tobj(t);
    match to.base {
        // A class adding no `__slots__`, or a builtin type with its base's layout (the
        // builtin exceptions, bool), shares its base's instance layout (CPython's
        // `solid_base`: the base chain while the instance size stays the same).
        Some(b)
            if to.nslots == tobj(b).nslots
                && (to.flags & TF_HEAPTYPE != 0 || to.layout == tobj(b).layout) =>
        {
            solid(b)
        }
        _ => t,
    }
}

// ---------------------------------------------------------------------------------------------
// Generic slots.

/// Finds special method `name` on the type of `o` and binds it to `o`.
pub fn lookup_special(o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    match lookup(o.class(), name)? {
        None => Ok(None),
        Some(f) => Ok(Some(ops::bind(f, o, o.class())?)),
    }
}

/// Calls special method `name` of `o` with `args`; Ok(None) if the type has none.
pub fn call_special(o: Obj, name: Obj, args: &[Obj]) -> PyResult<Option<Obj>> {
    match lookup_special(o, name)? {
        None => Ok(None),
        Some(m) => Ok(Some(super::call::call(m, args, None)?)),
    }
}

fn call_special_str(o: Obj, name: &str, args: &[Obj]) -> PyResult<Option<Obj>> {
    let n = pystr::intern(name)?;
    call_special(o, n, args)
}

fn ni() -> Obj {
    rt().not_implemented
}

fn slot_repr(o: Obj) -> PyResult<Obj> {
    match call_special(o, rt().names.__repr__, &[])? {
        Some(v) => Ok(v),
        None => super::types::object::default_repr(o),
    }
}

fn slot_str(o: Obj) -> PyResult<Obj> {
    match call_special(o, rt().names.__str__, &[])? {
        Some(v) => Ok(v),
        None => ops::repr(o),
    }
}

fn slot_hash(o: Obj) -> PyResult<i64> {
    let r = rt();
    let f = lookup(o.class(), r.names.__hash__)?;
    match f {
        Some(f) if f == r.none => Err(exc::type_error(&format!(
            "unhashable type: '{}'",
            super::typeobj::class_name_of(o)
        ))),
        Some(f) => {
            let m = ops::bind(f, o, o.class())?;
            let v = super::call::call(m, &[], None)?;
            if super::types::int::is_int(v) {
                let h = super::types::int::value(v);
                Ok(if h == -1 { -2 } else { h })
            } else if super::types::long::is_long(v) {
                let h = crate::pyhash::long_hash(super::types::long::value(v));
                Ok(h)
            } else {
                Err(exc::type_error("an integer is required"))
            }
        }
        None => Ok(crate::pyhash::pointer_hash(o.addr())),
    }
}

fn slot_call(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    match lookup_special(o, rt().names.__call__)? {
        Some(m) => super::call::call(m, args, kw),
        None => Err(exc::type_error(&format!(
            "'{}' object is not callable",
            super::typeobj::class_name_of(o)
        ))),
    }
}

fn slot_getattro(o: Obj, name: Obj) -> PyResult<Obj> {
    let r = rt();
    let t = o.class();
    let getattribute = lookup(t, r.names.__getattribute__)?;
    let res = match getattribute {
        Some(ga) if !is_object_getattribute(ga) => {
            let m = ops::bind(ga, o, t)?;
            super::call::call(m, &[name], None)
        }
        _ => super::types::object::generic_getattr(o, name),
    };
    match res {
        Err(e) if tobj(t).flags & TF_GETATTR_HOOK != 0 && exc::pending_is(r.exc.AttributeError) => {
            let _ = e;
            match lookup(t, r.names.__getattr__)? {
                Some(ga) => {
                    exc::clear_pending();
                    let m = ops::bind(ga, o, t)?;
                    super::call::call(m, &[name], None)
                }
                None => Err(e),
            }
        }
        other => other,
    }
}

fn is_object_getattribute(f: Obj) -> bool {
    super::types::descr::is_slot_wrapper_of(f, rt().types.object, "__getattribute__")
}

fn slot_setattro(o: Obj, name: Obj, v: Option<Obj>) -> PyResult<()> {
    let r = rt();
    let (mname, args): (Obj, Vec<Obj>) = match v {
        Some(v) => (r.names.__setattr__, vec![name, v]),
        None => (r.names.__delattr__, vec![name]),
    };
    match lookup(o.class(), mname)? {
        Some(f) if !super::types::descr::is_slot_wrapper_of(f, r.types.object, "") => {
            let m = ops::bind(f, o, o.class())?;
            super::call::call(m, &args, None)?;
            Ok(())
        }
        _ => super::types::object::generic_setattr(o, name, v),
    }
}

fn slot_richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let name = match op {
        CmpOp::Lt => "__lt__",
        CmpOp::Le => "__le__",
        CmpOp::Eq => "__eq__",
        CmpOp::Ne => "__ne__",
        CmpOp::Gt => "__gt__",
        CmpOp::Ge => "__ge__",
        _ => return Ok(ni()),
    };
    let n = pystr::intern(name)?;
    match lookup(a.class(), n)? {
        Some(f) => {
            let m = ops::bind(f, a, a.class())?;
            super::call::call(m, &[b], None)
        }
        None => Ok(ni()),
    }
}

fn slot_compare(a: Obj, b: Obj) -> PyResult<Obj> {
    let r = rt();
    if heap_defines(a.class(), r.names.__cmp__)? {
        if let Some(v) = call_special(a, r.names.__cmp__, &[b])? {
            return Ok(v);
        }
    }
    if heap_defines(b.class(), r.names.__cmp__)? {
        if let Some(v) = call_special(b, r.names.__cmp__, &[a])? {
            if v == r.not_implemented {
                return Ok(v);
            }
            return ops::unary_slot(v, UnOpSlot::Neg);
        }
    }
    Ok(ni())
}

fn heap_defines(t: Obj, name: Obj) -> PyResult<bool> {
    Ok(lookup(t, name)?.is_some())
}

fn slot_iter(o: Obj) -> PyResult<Obj> {
    let r = rt();
    match lookup(o.class(), r.names.__iter__)? {
        Some(f) if f == r.none => Err(exc::type_error(&format!(
            "'{}' object is not iterable",
            super::typeobj::class_name_of(o)
        ))),
        Some(f) => {
            let m = ops::bind(f, o, o.class())?;
            super::call::call(m, &[], None)
        }
        None => super::types::iter::new_seq_iter(o),
    }
}

fn slot_next(o: Obj) -> PyResult<Option<Obj>> {
    match call_special(o, rt().names.next, &[]) {
        Ok(Some(v)) => Ok(Some(v)),
        Ok(None) => Err(exc::type_error(&format!(
            "'{}' object is not an iterator",
            super::typeobj::class_name_of(o)
        ))),
        Err(e) => {
            if exc::pending_is(rt().exc.StopIteration) {
                exc::clear_pending();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

fn slot_descr_get(d: Obj, inst: Option<Obj>, owner: Obj) -> PyResult<Obj> {
    let r = rt();
    match lookup(d.class(), r.names.__get__)? {
        Some(f) => {
            let m = ops::bind(f, d, d.class())?;
            super::call::call(m, &[inst.unwrap_or(r.none), owner], None)
        }
        None => Ok(d),
    }
}

fn slot_descr_set(d: Obj, inst: Obj, v: Option<Obj>) -> PyResult<()> {
    let r = rt();
    let res = match v {
        Some(v) => call_special(d, r.names.__set__, &[inst, v])?,
        None => call_special(d, r.names.__delete__, &[inst])?,
    };
    match res {
        Some(_) => Ok(()),
        None => Err(exc::attribute_error(if v.is_some() {
            "__set__"
        } else {
            "__delete__"
        })),
    }
}

fn slot_init(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    let r = rt();
    let f = lookup(o.class(), r.names.__init__)?.expect("object defines __init__");
    let v = if f.class() == r.types.function {
        // What calling the bound method does, without making it.
        super::call::call_with_first(f, o, args, kw)?
    } else {
        let m = ops::bind(f, o, o.class())?;
        super::call::call(m, args, kw)?
    };
    if v != r.none {
        return Err(exc::type_error(&format!(
            "__init__() should return None, not '{}'",
            super::typeobj::class_name_of(v)
        )));
    }
    Ok(())
}

fn slot_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let f = lookup(t, r.names.__new__)?.expect("object defines __new__");
    let f = ops::bind_to_class(f, t)?;
    super::call::call_with_first(f, t, args, kw)
}

fn slot_len(o: Obj) -> PyResult<i64> {
    let v = call_special(o, rt().names.__len__, &[])?.expect("slot set");
    let n = len_result(v)?;
    if n < 0 {
        return Err(exc::value_error("__len__() should return >= 0"));
    }
    Ok(n)
}

/// The value of a `__len__` result: an int, or a long that fits (CPython's messages).
fn len_result(v: Obj) -> PyResult<i64> {
    use num_traits::ToPrimitive;
    if super::types::int::is_int(v) {
        return Ok(super::types::int::value(v));
    }
    if super::types::long::is_long(v) {
        return super::types::long::value(v)
            .to_i64()
            .ok_or_else(|| exc::overflow_error("long int too large to convert to int"));
    }
    // `PyInt_AsSsize_t`: anything with `__int__` (a float truncates).
    if super::typeobj::slots_of(v).unary[UnOpSlot::Int as usize].is_some() {
        let i = ops::unary_slot(v, UnOpSlot::Int)?;
        if super::types::int::is_int(i) || super::types::long::is_long(i) {
            return len_result(i);
        }
    }
    Err(exc::type_error("an integer is required"))
}

fn slot_getitem(o: Obj, k: Obj) -> PyResult<Obj> {
    Ok(call_special(o, rt().names.__getitem__, &[k])?.expect("slot set"))
}

fn slot_setitem(o: Obj, k: Obj, v: Option<Obj>) -> PyResult<()> {
    let r = rt();
    let res = match v {
        Some(v) => call_special(o, r.names.__setitem__, &[k, v])?,
        None => call_special(o, r.names.__delitem__, &[k])?,
    };
    match res {
        Some(_) => Ok(()),
        None => Err(exc::attribute_error(if v.is_some() {
            "__setitem__"
        } else {
            "__delitem__"
        })),
    }
}

fn slot_contains(o: Obj, k: Obj) -> PyResult<bool> {
    let r = rt();
    match call_special(o, r.names.__contains__, &[k])? {
        Some(v) => ops::truthy(v),
        None => ops::contains_by_iteration(o, k),
    }
}

fn slot_nonzero(o: Obj) -> PyResult<bool> {
    let r = rt();
    if let Some(m) = lookup_special(o, r.names.__nonzero__)? {
        let v = super::call::call(m, &[], None)?;
        if v.class() == r.types.bool || super::types::int::is_int(v) {
            return Ok(super::types::int::value(v) != 0);
        }
        return Err(exc::type_error(&format!(
            "__nonzero__ should return bool or int, returned {}",
            super::typeobj::class_name_of(v)
        )));
    }
    if let Some(m) = lookup_special(o, r.names.__len__)? {
        let v = super::call::call(m, &[], None)?;
        let n = len_result(v)?;
        if n < 0 {
            return Err(exc::value_error("__len__() should return >= 0"));
        }
        return Ok(n != 0);
    }
    Ok(true)
}

fn slot_getslice(o: Obj, lo: i64, hi: i64) -> PyResult<Obj> {
    let a = super::types::int::new(lo)?;
    let b = super::types::int::new(hi)?;
    Ok(call_special(o, rt().names.__getslice__, &[a, b])?.expect("slot set"))
}

fn slot_setslice(o: Obj, lo: i64, hi: i64, v: Option<Obj>) -> PyResult<()> {
    let a = super::types::int::new(lo)?;
    let b = super::types::int::new(hi)?;
    let r = rt();
    match v {
        Some(v) => call_special(o, r.names.__setslice__, &[a, b, v])?,
        None => call_special(o, r.names.__delslice__, &[a, b])?,
    };
    Ok(())
}

/// A binary operator slot for classes (SLOT1BINFULL).
fn slot_binop(op: NbOp, me: BinaryFn, a: Obj, b: Obj) -> PyResult<Obj> {
    let (name, rname, _, _) = op.names();
    let (ta, tb) = (a.class(), b.class());
    let is_me = |t: Obj| tobj(t).slots.nb[op as usize].map(|f| f as usize) == Some(me as usize);
    let rn = pystr::intern(rname)?;
    let mut do_other = ta != tb && is_me(tb) && lookup(tb, rn)?.is_some();
    if is_me(ta) {
        if do_other && is_subtype(tb, ta) && overloaded(ta, tb, rn)? {
            let v = call_special(b, rn, &[a])?.unwrap_or(ni());
            if v != ni() {
                return Ok(v);
            }
            do_other = false;
        }
        let v = call_special_str(a, name, &[b])?.unwrap_or(ni());
        if v != ni() || ta == tb {
            return Ok(v);
        }
    }
    if do_other {
        return Ok(call_special(b, rn, &[a])?.unwrap_or(ni()));
    }
    Ok(ni())
}

/// Whether `tb` defines `name` differently from `ta` (`method_is_overloaded`).
fn overloaded(ta: Obj, tb: Obj, name: Obj) -> PyResult<bool> {
    let b = lookup(tb, name)?;
    let a = lookup(ta, name)?;
    Ok(a != b)
}

fn slot_inplace(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    let (_, _, iname, _) = op.names();
    Ok(call_special_str(a, iname, &[b])?.unwrap_or(ni()))
}

fn slot_unary(op: UnOpSlot, a: Obj) -> PyResult<Obj> {
    match call_special_str(a, op.name(), &[])? {
        Some(v) => Ok(v),
        None => Err(exc::type_error(&format!(
            "bad operand type for {}: '{}'",
            op.name(),
            super::typeobj::class_name_of(a)
        ))),
    }
}

fn slot_pow3(a: Obj, b: Obj, c: Obj) -> PyResult<Obj> {
    if c == rt().none {
        return slot_nb_pow(a, b);
    }
    Ok(call_special(a, rt().names.__pow__, &[b, c])?.unwrap_or(ni()))
}

macro_rules! binop_slots {
    ($($f:ident => $op:ident),* $(,)?) => {
        $(fn $f(a: Obj, b: Obj) -> PyResult<Obj> { slot_binop(NbOp::$op, $f, a, b) })*
        const BINOP_SLOTS: [BinaryFn; NB_COUNT] = [$($f),*];
    };
}

binop_slots!(
    slot_nb_add => Add, slot_nb_sub => Sub, slot_nb_mul => Mul, slot_nb_div => Div,
    slot_nb_truediv => TrueDiv, slot_nb_floordiv => FloorDiv, slot_nb_mod => Mod,
    slot_nb_divmod => Divmod, slot_nb_pow => Pow, slot_nb_lshift => LShift,
    slot_nb_rshift => RShift, slot_nb_and => And, slot_nb_or => Or, slot_nb_xor => Xor,
);

macro_rules! inplace_slots {
    ($($f:ident => $op:ident),* $(,)?) => {
        $(fn $f(a: Obj, b: Obj) -> PyResult<Obj> { slot_inplace(NbOp::$op, a, b) })*
        const INPLACE_SLOTS: [BinaryFn; NB_COUNT] = [$($f),*];
    };
}

inplace_slots!(
    slot_i_add => Add, slot_i_sub => Sub, slot_i_mul => Mul, slot_i_div => Div,
    slot_i_truediv => TrueDiv, slot_i_floordiv => FloorDiv, slot_i_mod => Mod,
    slot_i_divmod => Divmod, slot_i_pow => Pow, slot_i_lshift => LShift,
    slot_i_rshift => RShift, slot_i_and => And, slot_i_or => Or, slot_i_xor => Xor,
);

macro_rules! unary_slots {
    ($($f:ident => $op:ident),* $(,)?) => {
        $(fn $f(a: Obj) -> PyResult<Obj> { slot_unary(UnOpSlot::$op, a) })*
        const UNARY_SLOTS: [fn(Obj) -> PyResult<Obj>; UN_COUNT] = [$($f),*];
    };
}

unary_slots!(
    slot_u_neg => Neg, slot_u_pos => Pos, slot_u_abs => Abs, slot_u_invert => Invert,
    slot_u_int => Int, slot_u_long => Long, slot_u_float => Float, slot_u_oct => Oct,
    slot_u_hex => Hex, slot_u_index => Index,
);

/// Whether a class on `t`'s MRO that is a class (heap type or old-style) defines `name`.
fn defined_by_class(t: Obj, name: &str) -> PyResult<bool> {
    let n = pystr::intern(name)?;
    for &c in tuple::items(tobj(t).mro) {
        let is_heap = c.class() == rt().types.classobj || tobj(c).flags & TF_HEAPTYPE != 0;
        if !is_heap {
            continue;
        }
        let d = super::typeobj::class_dict(c);
        if dict::get_item(d, n)?.is_some() {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Recomputes the slots of class `t` (and its subclasses) from the special methods its MRO
/// defines.
pub fn update_slots(t: Obj) -> PyResult<()> {
    let to = tobj(t);
    if to.flags & TF_HEAPTYPE == 0 {
        return Ok(());
    }
    let base = to.base.expect("heap types have a base");
    let mut s: Slots = tobj(base).slots;
    // The inherited solid base's slots, then the class's own special methods on top.
    macro_rules! set {
        ($field:ident, $name:expr, $f:expr) => {
            if defined_by_class(t, $name)? {
                s.$field = Some($f);
            }
        };
    }
    set!(repr, "__repr__", slot_repr);
    set!(str, "__str__", slot_str);
    set!(hash, "__hash__", slot_hash);
    set!(call, "__call__", slot_call);
    let hook = defined_by_class(t, "__getattr__")?;
    if hook || defined_by_class(t, "__getattribute__")? {
        s.getattr = Some(slot_getattro);
    }
    if defined_by_class(t, "__setattr__")? || defined_by_class(t, "__delattr__")? {
        s.setattr = Some(slot_setattro);
    }
    for n in ["__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"] {
        if defined_by_class(t, n)? {
            s.richcmp = Some(slot_richcmp);
        }
    }
    set!(compare, "__cmp__", slot_compare);
    set!(iter, "__iter__", slot_iter);
    set!(next, "next", slot_next);
    set!(descr_get, "__get__", slot_descr_get);
    if defined_by_class(t, "__set__")? || defined_by_class(t, "__delete__")? {
        s.descr_set = Some(slot_descr_set);
    }
    set!(init, "__init__", slot_init);
    set!(new, "__new__", slot_new);
    set!(len, "__len__", slot_len);
    set!(getitem, "__getitem__", slot_getitem);
    if defined_by_class(t, "__setitem__")? || defined_by_class(t, "__delitem__")? {
        s.setitem = Some(slot_setitem);
    }
    set!(contains, "__contains__", slot_contains);
    if defined_by_class(t, "__nonzero__")? || defined_by_class(t, "__len__")? {
        s.nonzero = Some(slot_nonzero);
    }
    set!(getslice, "__getslice__", slot_getslice);
    if defined_by_class(t, "__setslice__")? || defined_by_class(t, "__delslice__")? {
        s.setslice = Some(slot_setslice);
    }
    for op in NbOp::ALL {
        let (n, rn, iname, _) = op.names();
        if defined_by_class(t, n)? || defined_by_class(t, rn)? {
            s.nb[op as usize] = Some(BINOP_SLOTS[op as usize]);
            if op == NbOp::Add {
                s.concat = None;
            }
            if op == NbOp::Mul {
                s.repeat = None;
            }
        }
        if !iname.is_empty() && defined_by_class(t, iname)? {
            s.inplace[op as usize] = Some(INPLACE_SLOTS[op as usize]);
            if op == NbOp::Add {
                s.inplace_concat = None;
            }
            if op == NbOp::Mul {
                s.inplace_repeat = None;
            }
        }
    }
    if defined_by_class(t, "__pow__")? {
        s.pow3 = Some(slot_pow3);
    }
    for op in UnOpSlot::ALL {
        if defined_by_class(t, op.name())? {
            s.unary[op as usize] = Some(UNARY_SLOTS[op as usize]);
        }
    }
    let mut flags = to.flags & !(TF_GETATTR_HOOK | TF_HAS_DEL);
    if hook {
        flags |= TF_GETATTR_HOOK;
    }
    if defined_by_class(t, "__del__")? {
        flags |= TF_HAS_DEL;
    }
    let to = tobj(t);
    to.slots = s;
    to.flags = flags;
    let subs: Vec<Obj> = to.subclasses.as_slice().to_vec();
    for sub in subs {
        update_slots(sub)?;
    }
    Ok(())
}

/// `C.__bases__ = bases` (CPython's type_set_bases): a non-empty tuple of classes, no cycle, the
/// same instance layout; then the MRO of `t` and its subclasses is recomputed and slots updated.
pub fn set_bases(t: Obj, v: Option<Obj>) -> PyResult<()> {
    let r = rt();
    let name = super::typeobj::type_name(t);
    if tobj(t).flags & TF_HEAPTYPE == 0 {
        return Err(exc::type_error(&format!("can't set {name}.__bases__")));
    }
    let Some(v) = v else {
        return Err(exc::type_error(&format!("can't delete {name}.__bases__")));
    };
    if v.class() != r.types.tuple {
        return Err(exc::type_error(&format!(
            "can only assign tuple to {name}.__bases__, not {}",
            ops::type_name_of(v)
        )));
    }
    let bases = tuple::items(v);
    if bases.is_empty() {
        return Err(exc::type_error(&format!(
            "can only assign non-empty tuple to {name}.__bases__, not ()"
        )));
    }
    for &b in bases {
        if b.class() != r.types.classobj && !super::typeobj::is_type(b) {
            return Err(exc::type_error(&format!(
                "{name}.__bases__ must be tuple of old- or new-style classes, not '{}'",
                ops::type_name_of(b)
            )));
        }
        if super::typeobj::is_type(b) && is_subtype(b, t) {
            return Err(exc::type_error(
                "a __bases__ item causes an inheritance cycle",
            ));
        }
    }
    let new_solid = solid_base_of(bases)?;
    let old_solid = tobj(t).base.unwrap_or(r.types.object);
    // CPython's `compatible_for_assignment`: classes made by programs share one deallocator
    // (`subtype_dealloc`), each builtin type has its own.
    let dealloc = |c: Obj| {
        (tobj(c).flags & TF_HEAPTYPE != 0)
            .then_some(r.types.type_)
            .unwrap_or(c)
    };
    if dealloc(new_solid) != dealloc(old_solid) {
        return Err(exc::type_error(&format!(
            "__bases__ assignment: '{}' deallocator differs from '{}'",
            super::typeobj::type_name(new_solid),
            super::typeobj::type_name(old_solid)
        )));
    }
    let (ns, os) = (solid(new_solid), solid(old_solid));
    let (nt, ot) = (tobj(ns), tobj(os));
    if nt.layout != ot.layout || nt.nslots != ot.nslots {
        return Err(exc::type_error(&format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            super::typeobj::type_name(new_solid),
            super::typeobj::type_name(old_solid)
        )));
    }
    let (old_bases, old_mro) = (tobj(t).bases, tobj(t).mro);
    let to = tobj(t);
    to.bases = v;
    to.base = Some(new_solid);
    if let Err(e) = recompute_mro(t) {
        let to = tobj(t);
        to.bases = old_bases;
        to.base = Some(old_solid);
        to.mro = old_mro;
        // Subclasses recomputed before the failure keep their new MRO: forget cached lookups.
        super::typeobj::modified(t);
        return Err(e);
    }
    for &b in tuple::items(old_bases) {
        if b.class() != r.types.classobj {
            let subs = &mut tobj(b).subclasses;
            if let Some(i) = subs.as_slice().iter().position(|&s| s == t) {
                subs.remove(i);
            }
        }
    }
    for &b in bases {
        if b.class() != r.types.classobj {
            tobj(b).subclasses.push(t)?;
        }
    }
    super::typeobj::modified(t);
    update_slots(t)
}

/// The MRO of `t` from its bases, then of every subclass.
fn recompute_mro(t: Obj) -> PyResult<()> {
    let bases: Vec<Obj> = tuple::items(tobj(t).bases).to_vec();
    let mro = super::typeobj::c3_mro(t, &bases)?;
    tobj(t).mro = tuple::new(&mro)?;
    let subs: Vec<Obj> = tobj(t).subclasses.as_slice().to_vec();
    for s in subs {
        recompute_mro(s)?;
    }
    Ok(())
}

/// Whether `name` is a special method name whose assignment on a class changes its slots.
pub fn is_slot_name(name: &[u8]) -> bool {
    (name.starts_with(b"__") && name.ends_with(b"__")) || name == b"next"
}

/// The metaclass for `class name(bases): ...` with namespace `ns` (CPython 2.7's
/// `build_class`): `__metaclass__` in the namespace, else the class of the first base, else
/// the global `__metaclass__`, else classic classes.
pub fn build_class(name: Obj, bases: Obj, ns: Obj, globals: Obj) -> PyResult<Obj> {
    let r = rt();
    let meta = if let Some(m) = dict::get_item(ns, r.names.__metaclass__)? {
        m
    } else if let Some(&b) = tuple::items(bases).first() {
        if b.class() == r.types.instance {
            b.class()
        } else {
            let m = ops::getattr_opt(b, r.names.__class__)?;
            m.unwrap_or(b.class())
        }
    } else if let Some(m) = dict::get_item(globals, r.names.__metaclass__)? {
        m
    } else {
        r.types.classobj
    };
    let res = super::call::call(meta, &[name, bases, ns], None);
    if res.is_err() && exc::pending_is(r.exc.TypeError) {
        // CPython prefixes a TypeError the runtime raised with a message string (not one
        // raised by Python code) during the metaclass call.
        let p = exc::take_pending();
        if super::types::exception::is_native_message(p.value) {
            let msg = ops::str_text(p.value).unwrap_or_default();
            return Err(exc::type_error(&format!(
                "Error when calling the metaclass bases\n    {msg}"
            )));
        }
        return Err(exc::set_pending(p));
    }
    res
}

/// Winner of the metatype computation for `type(name, bases, dict)` (`_PyType_CalculateMetaclass`).
pub fn calculate_meta(meta: Obj, bases: &[Obj]) -> PyResult<Obj> {
    let r = rt();
    let mut winner = meta;
    for &b in bases {
        let bt = b.class();
        if bt == r.types.classobj {
            continue;
        }
        if is_subtype(winner, bt) {
            continue;
        }
        if is_subtype(bt, winner) {
            winner = bt;
            continue;
        }
        return Err(exc::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

pub fn is_exception_class(t: Obj) -> bool {
    tobj(t).flags & TF_EXCEPTION != 0
}
