//! `object`: the root type — generic attribute access (`PyObject_GenericGetAttr`/`SetAttr`),
//! the default repr and hash, `object.__new__`/`__init__`, and `__class__`.
//!
//! Attribute access is the runtime's hottest path. Code's `GetAttr`/`SetAttr`/`LoadMethod`
//! sites (both tiers) go through a per-site inline cache ([`AttrCache`]): when the object's
//! type is the one the site saw last (its version matches), the type lookup's answer is
//! known and the instance dict is tried at the slot the name was found at last, so the
//! common case is a few compares and no call. Elsewhere the common case is one attribute-cache
//! lookup on the type (`typeobj::lookup`) and one probe of the instance dict
//! (`dict::get_str_key`, which answers without running Python code or defers to `dict`'s
//! general path). Both give exactly the answers of `PyObject_GenericGetAttr`/`SetAttr`.

use std::cell::Cell;

use super::super::call::call;
use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{
    cache_version, lookup, slots_of, tobj, Slots, TF_HEAPTYPE, VERSION_NONE,
};
use super::{dict, str as pystr, Arity, GetSetDef, MethodDef};

/// The inline cache of one attribute site (`GetAttr`, `SetAttr`, `LoadMethod`; one per site,
/// in the code's `Profile`, so the attribute name is always the same): what `typeobj::lookup`
/// answered for the name on the type whose version it was, and where the name was last found
/// in an instance dict.
///
/// A type's version is unique among all types ever made and replaced on any change of its
/// dict, a base's dict or its bases (`typeobj::modified`), so a matching version proves the
/// object's type is the one the cache was filled for, that the answer still holds and that the
/// descriptor is alive (the type's dicts hold it). What can change without a new version is
/// read afresh on every access, as the uncached path reads it: the type's getattr/setattr
/// slots, the descriptor's class and slots, the instance's dict and its contents.
pub struct AttrCache {
    /// The version `descr` was looked up under (`typeobj::VERSION_NONE`: empty).
    version: Cell<u64>,
    /// The lookup's answer (null: not found).
    descr: Cell<*mut u8>,
    /// The `dict` type (kept here so the common case needs no look at the thread's runtime).
    dict_type: Cell<*mut u8>,
    /// The instance-dict slot the name was last found at (`dict::get_str_key_hinted`).
    hint: Cell<u32>,
    /// Instances of the type have no dict slot (`class::dict_slot` answers by the type alone).
    no_dict: Cell<bool>,
    /// `descr` is a plain function or a method descriptor (a builtin type: its class cannot
    /// change) and the type is not `NoneType`: what `method_for_call` binds without a bound
    /// method, unless the instance dict shadows it.
    plain_method: Cell<bool>,
}

impl Default for AttrCache {
    fn default() -> Self {
        AttrCache {
            version: Cell::new(VERSION_NONE),
            descr: Cell::new(std::ptr::null_mut()),
            dict_type: Cell::new(std::ptr::null_mut()),
            hint: Cell::new(0),
            no_dict: Cell::new(false),
            plain_method: Cell::new(false),
        }
    }
}

impl AttrCache {
    /// The cached lookup answer when `t` is the type it was made for (`None`: it is not).
    #[inline(always)]
    fn hit(&self, t: Obj) -> Option<Option<Obj>> {
        // SAFETY: a matching version proves the pointer is the lookup's answer, alive.
        (tobj(t).version == self.version.get()).then(|| unsafe { Obj::from_ptr(self.descr.get()) })
    }

    /// `typeobj::lookup(t, name)` for `o` of type `t`, from the cache, else looked up and
    /// remembered (unless `t` is uncacheable or changed during the lookup).
    #[inline]
    fn descr(&self, o: Obj, t: Obj, name: Obj) -> PyResult<Option<Obj>> {
        match self.hit(t) {
            Some(d) => Ok(d),
            None => self.fill(o, t, name),
        }
    }

    #[inline(never)]
    fn fill(&self, o: Obj, t: Obj, name: Obj) -> PyResult<Option<Obj>> {
        let r = rt();
        let version = cache_version(t);
        let found = lookup(t, name)?;
        if let Some(v) = version {
            // A key's `__eq__` may have run Python code that changed the type: store only if not.
            if tobj(t).version == v && name.class() == r.types.str {
                self.version.set(v);
                self.descr
                    .set(found.map_or(std::ptr::null_mut(), |d| d.as_ptr()));
                self.dict_type.set(r.types.dict.as_ptr());
                self.no_dict
                    .set(super::super::class::dict_slot(o).is_none());
                self.plain_method.set(found.is_some_and(|d| {
                    let dc = d.class();
                    (dc == r.types.function || dc == r.types.method_descriptor) && o != r.none
                }));
            }
        }
        Ok(found)
    }

    /// `o`'s `__dict__` when it is an exact dict (None: no dict slot, none created yet, or
    /// another mapping); the cache is filled.
    #[inline(always)]
    fn plain_dict(&self, o: Obj) -> Option<Obj> {
        match super::super::class::dict_slot(o) {
            Some(&mut Some(dct)) if dct.class().as_ptr() == self.dict_type.get() => Some(dct),
            _ => None,
        }
    }
}

/// Whether instances of `t` read attributes with `generic_getattr`.
#[inline(always)]
fn generic_get(t: Obj) -> bool {
    match tobj(t).slots.getattr {
        None => true,
        Some(f) => std::ptr::fn_addr_eq(f, generic_getattr as fn(Obj, Obj) -> PyResult<Obj>),
    }
}

/// Whether instances of `t` store attributes with `generic_setattr`.
#[inline(always)]
fn generic_set(t: Obj) -> bool {
    match tobj(t).slots.setattr {
        None => true,
        Some(f) => std::ptr::fn_addr_eq(
            f,
            generic_setattr as fn(Obj, Obj, Option<Obj>) -> PyResult<()>,
        ),
    }
}

/// `ops::getattr(o, name)` at an attribute site with inline cache `c`. The common case (the
/// cache knows the type, no data descriptor, the name at its remembered slot of the instance
/// dict) runs no call.
#[inline(always)]
pub fn getattr_cached(o: Obj, name: Obj, c: &AttrCache) -> PyResult<Obj> {
    let t = o.class();
    if let Some(descr) = c.hit(t) {
        let data_descr = descr.is_some_and(|d| {
            let s = slots_of(d);
            s.descr_get.is_some() && s.descr_set.is_some()
        });
        if !data_descr && generic_get(t) {
            if let Some(v) = c
                .plain_dict(o)
                .and_then(|dct| dict::get_at_hint(dct, name, c.hint.get()))
            {
                return Ok(v);
            }
        }
    }
    getattr_uncommon(o, name, c)
}

#[inline(never)]
fn getattr_uncommon(o: Obj, name: Obj, c: &AttrCache) -> PyResult<Obj> {
    let t = o.class();
    if !generic_get(t) {
        return ops::getattr(o, name);
    }
    let descr = c.descr(o, t, name)?;
    getattr_found(o, t, name, descr, &c.hint)
}

/// `PyObject_GenericGetAttr`: data descriptors on the type, then the instance dict, then other
/// class attributes (bound through `__get__`). The common path is one cached type lookup
/// (`typeobj::lookup`) and one probe of the instance dict (`dict::get_str_key`).
pub fn generic_getattr(o: Obj, name: Obj) -> PyResult<Obj> {
    let t = o.class();
    getattr_found(o, t, name, lookup(t, name)?, &Cell::new(u32::MAX))
}

/// `generic_getattr` of `o` (of type `t`) once the type lookup found `descr`; `hint` is the
/// instance-dict slot to try first (updated to where `name` was found).
#[inline(always)]
fn getattr_found(o: Obj, t: Obj, name: Obj, descr: Option<Obj>, hint: &Cell<u32>) -> PyResult<Obj> {
    if let Some(d) = descr {
        let s = slots_of(d);
        if let (Some(g), Some(_)) = (s.descr_get, s.descr_set) {
            return g(d, Some(o), t);
        }
    }
    if let Some(&mut Some(dct)) = super::super::class::dict_slot(o) {
        if let Some(v) = instance_dict_get(dct, name, hint)? {
            return Ok(v);
        }
    }
    if let Some(d) = descr {
        if let Some(g) = slots_of(d).descr_get {
            return g(d, Some(o), t);
        }
        return Ok(d);
    }
    Err(no_attribute(o, name))
}

/// `o.name` for an immediate call (`LoadMethod`): `(function, Some(o))` when generic lookup
/// would bind a plain function or a method descriptor found on the type (the instance's dict
/// does not shadow it), so the caller calls it with `o` first and no bound method is made;
/// otherwise `(o.name, None)`. Raises as `ops::getattr` does.
pub fn method_for_call(o: Obj, name: Obj) -> PyResult<(Obj, Option<Obj>)> {
    method_for_call_cached(o, name, &AttrCache::default())
}

/// [`method_for_call`] at an attribute site with inline cache `c`. The common case (the cache
/// knows the type, a plain function or method descriptor there, not shadowed by the instance
/// dict) runs no call.
#[inline(always)]
pub fn method_for_call_cached(o: Obj, name: Obj, c: &AttrCache) -> PyResult<(Obj, Option<Obj>)> {
    let t = o.class();
    if let Some(Some(d)) = c.hit(t) {
        if c.plain_method.get() && generic_get(t) && (c.no_dict.get() || dict_lacks(o, name, c)) {
            return Ok((d, Some(o)));
        }
    }
    method_uncommon(o, name, c)
}

/// Whether `o`'s dict slot holds no dict, or an exact dict known (without running Python
/// code) not to hold `name`, an exact str (as the filled cache `c` proves).
#[inline(always)]
fn dict_lacks(o: Obj, name: Obj, c: &AttrCache) -> bool {
    match super::super::class::dict_slot(o) {
        None | Some(&mut None) => true,
        Some(&mut Some(dct)) => {
            dct.class().as_ptr() == c.dict_type.get() && dict::lacks_str_key(dct, name)
        }
    }
}

#[inline(never)]
fn method_uncommon(o: Obj, name: Obj, c: &AttrCache) -> PyResult<(Obj, Option<Obj>)> {
    let r = rt();
    let t = o.class();
    if !generic_get(t) || o == r.none {
        return Ok((ops::getattr(o, name)?, None));
    }
    let descr = c.descr(o, t, name)?;
    if let Some(d) = descr {
        let dc = d.class();
        if dc == r.types.function || dc == r.types.method_descriptor {
            let shadowed = match super::super::class::dict_slot(o) {
                Some(&mut Some(dct)) => {
                    // A non-dict mapping answers through Python code: no shortcut.
                    dct.class() != r.types.dict || dict::get_str_key(dct, name)?.is_some()
                }
                _ => false,
            };
            if !shadowed {
                return Ok((d, Some(o)));
            }
        }
    }
    Ok((getattr_found(o, t, name, descr, &c.hint)?, None))
}

/// `name` in an instance's `__dict__` `dct`: a dict (a subclass's overridden methods are not
/// used, as CPython's `PyDict_GetItem`), or any other mapping a class put there (read through
/// its `get`, None meaning absent).
#[inline(always)]
fn instance_dict_get(dct: Obj, name: Obj, hint: &Cell<u32>) -> PyResult<Option<Obj>> {
    if !dict::is_dict(dct) {
        let r = rt();
        return ops::getattr_opt(dct, r.names.get)?
            .map(|g| call(g, &[name], None))
            .transpose()
            .map(|v| v.filter(|v| *v != r.none));
    }
    dict::get_str_key_hinted(dct, name, hint)
}

pub fn no_attribute(o: Obj, name: Obj) -> super::super::object::Raised {
    exc::attribute_error(&format!(
        "'{}' object has no attribute '{}'",
        ops::type_name_of(o),
        pystr::as_str_lossy(name)
    ))
}

/// `ops::setattr(o, name, v)` at an attribute site with inline cache `c`. The common case
/// (the cache knows the type, no data descriptor, the name at its remembered slot of the
/// instance dict) replaces the value in place and runs no call.
#[inline(always)]
pub fn setattr_cached(o: Obj, name: Obj, v: Obj, c: &AttrCache) -> PyResult<()> {
    let t = o.class();
    if let Some(descr) = c.hit(t) {
        // A filled cache proves `name` is an exact str (`AttrCache::fill`).
        let data_descr = descr.is_some_and(|d| slots_of(d).descr_set.is_some());
        if !data_descr
            && generic_set(t)
            && c.plain_dict(o)
                .is_some_and(|dct| dict::replace_at_hint(dct, name, v, c.hint.get()))
        {
            return Ok(());
        }
    }
    setattr_uncommon(o, name, v, c)
}

#[inline(never)]
fn setattr_uncommon(o: Obj, name: Obj, v: Obj, c: &AttrCache) -> PyResult<()> {
    let t = o.class();
    if !generic_set(t) || name.class() != rt().types.str {
        return ops::setattr(o, name, v);
    }
    let descr = c.descr(o, t, name)?;
    setattr_found(o, name, descr, Some(v), &c.hint)
}

/// `PyObject_GenericSetAttr` (`v` None: delete).
pub fn generic_setattr(o: Obj, name: Obj, v: Option<Obj>) -> PyResult<()> {
    if !pystr::is_str(name) {
        return Err(exc::type_error(&format!(
            "attribute name must be string, not '{}'",
            ops::type_name_of(name)
        )));
    }
    let descr = lookup(o.class(), name)?;
    setattr_found(o, name, descr, v, &Cell::new(u32::MAX))
}

/// `generic_setattr` of `o` once the type lookup found `descr`; `hint` is the instance-dict
/// slot to try first for replacing a present key's value (updated to where it was found).
#[inline(always)]
fn setattr_found(
    o: Obj,
    name: Obj,
    descr: Option<Obj>,
    v: Option<Obj>,
    hint: &Cell<u32>,
) -> PyResult<()> {
    if let Some(d) = descr {
        if let Some(s) = slots_of(d).descr_set {
            return s(d, o, v);
        }
    }
    if let Some(slot) = super::super::class::dict_slot(o) {
        if let (Some(dct), Some(v)) = (*slot, v) {
            // Rebinding a key the instance dict already holds: replace the value in place
            // (as `dict::set_item` does for a present key).
            if dct.class() == rt().types.dict && dict::replace_str_key(dct, name, v, hint) {
                return Ok(());
            }
        }
        return store_in_dict(o, slot, name, v);
    }
    if descr.is_some() {
        return Err(exc::attribute_error(&format!(
            "'{}' object attribute '{}' is read-only",
            ops::type_name_of(o),
            pystr::to_string_lossy(name)
        )));
    }
    Err(no_attribute(o, name))
}

/// The rest of `generic_setattr` for an object with dict slot `slot`: store into (creating)
/// or delete from its instance dict.
#[inline(never)]
fn store_in_dict(o: Obj, slot: &mut Option<Obj>, name: Obj, v: Option<Obj>) -> PyResult<()> {
    if v.is_none() && slot.is_none() {
        // Deleting from a dict never created: CPython's full message.
        return Err(no_attribute(o, name));
    }
    let dct = super::super::class::instance_dict(o)?.expect("has a dict slot");
    match v {
        Some(v) => dict::set_item(dct, name, v),
        // CPython: the bare name when the instance dict lacks it.
        None => match dict::del_item(dct, name)? {
            Some(_) => Ok(()),
            None => Err(exc::attribute_error(&pystr::to_string_lossy(name))),
        },
    }
}

/// `<module.Class object at 0x...>`.
pub fn default_repr(o: Obj) -> PyResult<Obj> {
    let t = o.class();
    let name = super::super::typeobj::type_name(t);
    let full = match module_of_type(t)? {
        Some(m) if m != "__builtin__" => format!("{m}.{name}"),
        _ => name,
    };
    pystr::from_str(&format!("<{} object at {:#x}>", full, o.addr()))
}

/// A type's `__module__` as text (heap types: from the dict).
pub fn module_of_type(t: Obj) -> PyResult<Option<String>> {
    let to = tobj(t);
    if let Some(m) = dict::get_item(to.dict, rt().names.__module__)? {
        if pystr::is_str(m) {
            return Ok(Some(pystr::to_string_lossy(m)));
        }
    }
    if to.flags & TF_HEAPTYPE != 0 {
        return Ok(None);
    }
    Ok(Some("__builtin__".into()))
}

pub fn pointer_hash(o: Obj) -> PyResult<i64> {
    Ok(crate::pyhash::pointer_hash(o.addr()))
}

fn excess_args(args: &[Obj], kw: Option<Obj>) -> bool {
    !args.is_empty() || kw.is_some_and(|k| dict::len(k) > 0)
}

pub fn object_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let to = tobj(t);
    if excess_args(args, kw) {
        // CPython: a TypeError unless `__init__` is overridden (then at most a warning).
        let init_over =
            to.slots.init.map(|f| f as usize) != Some(object_init as *const () as usize);
        if !init_over {
            return Err(exc::type_error("object() takes no parameters"));
        }
    }
    if to.flags & TF_HEAPTYPE == 0 && t != rt().types.object {
        return Err(exc::type_error(&format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            super::super::typeobj::type_name(t),
            super::super::typeobj::type_name(t)
        )));
    }
    if to.flags & super::super::typeobj::TF_ABSTRACT != 0 {
        return Err(abstract_error(t));
    }
    super::typetype::alloc_instance(t)
}

/// CPython's message for instantiating a class with abstract methods (their names sorted).
fn abstract_error(t: Obj) -> super::super::object::Raised {
    let names = match super::dict::get_str(tobj(t).dict, "__abstractmethods__")
        .map(|a| ops::iterate_to_list(a))
    {
        Some(Ok(l)) => {
            let mut v: Vec<String> = super::list::items(l)
                .iter()
                .map(|&n| super::str::to_string_lossy(n))
                .collect();
            v.sort();
            v.join(", ")
        }
        _ => {
            exc::clear_pending();
            String::new()
        }
    };
    exc::type_error(&format!(
        "Can't instantiate abstract class {} with abstract methods {}",
        super::super::typeobj::type_name(t),
        names
    ))
}

pub fn object_init(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    let to = tobj(o.class());
    if excess_args(args, kw) {
        // CPython: a TypeError unless `__new__` is overridden (then at most a warning).
        let new_over = to.slots.new.map(|f| f as usize) != Some(object_new as *const () as usize);
        if !new_over {
            return Err(exc::type_error("object.__init__() takes no parameters"));
        }
    }
    Ok(())
}

fn get_class(o: Obj) -> PyResult<Obj> {
    Ok(o.class())
}

fn set_class(o: Obj, v: Option<Obj>) -> PyResult<()> {
    let Some(new) = v else {
        return Err(exc::type_error("can't delete __class__ attribute"));
    };
    if !super::super::typeobj::is_type(new) {
        return Err(exc::type_error(&format!(
            "__class__ must be set to new-style class, not '{}' object",
            ops::type_name_of(new)
        )));
    }
    let (a, b) = (tobj(o.class()), tobj(new));
    if a.flags & TF_HEAPTYPE == 0 || b.flags & TF_HEAPTYPE == 0 {
        return Err(exc::type_error("__class__ assignment: only for heap types"));
    }
    if a.layout != b.layout || a.nslots != b.nslots || a.has_dict != b.has_dict {
        return Err(exc::type_error(&format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            super::super::typeobj::type_name(new),
            super::super::typeobj::type_name(o.class())
        )));
    }
    o.set_class(new);
    Ok(())
}

pub static GETSETS: &[GetSetDef] = &[super::gs("__class__", get_class, Some(set_class))];

/// `object.__reduce_ex__(proto)` as CPython 2.7: a class's own `__reduce__` wins; protocol 2
/// and up use `copy_reg.__newobj__` (`reduce_2`); older protocols `copy_reg._reduce_ex`.
fn reduce_ex(o: Obj, args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let proto = match args.first() {
        Some(&p) => ops::index_value(p)?,
        None => 0,
    };
    let own = super::dict::get_str(tobj(r.types.object).dict, "__reduce__");
    let cls_reduce = super::super::typeobj::lookup(o.class(), super::str::intern("__reduce__")?)?;
    if cls_reduce.is_some() && cls_reduce != own {
        return ops::call_method(o, "__reduce__", &[]);
    }
    if proto >= 2 {
        return reduce_2(o);
    }
    let copy_reg = super::super::import::import_module_str("copy_reg")?;
    let f = ops::getattr_str(copy_reg, "_reduce_ex")?;
    call(f, &[o, super::int::new(proto)?], None)
}

/// `object.__reduce__()`: the protocol-0 form.
fn reduce(o: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    let copy_reg = super::super::import::import_module_str("copy_reg")?;
    let f = ops::getattr_str(copy_reg, "_reduce_ex")?;
    call(f, &[o, super::int::new(0)?], None)
}

/// Optional attribute: None when absent (AttributeError swallowed).
fn attr_opt(o: Obj, name: &str) -> PyResult<Option<Obj>> {
    exc::none_if_attribute_error(ops::getattr_str(o, name))
}

/// CPython's `reduce_2`: `(copy_reg.__newobj__, (cls,) + __getnewargs__(), state, listitems,
/// dictitems)`, the state being `__getstate__()` or `__dict__` plus the `__slots__` values.
fn reduce_2(o: Obj) -> PyResult<Obj> {
    let r = rt();
    let cls = ops::getattr_str(o, "__class__")?;
    let newargs = match attr_opt(o, "__getnewargs__")? {
        Some(f) => {
            let a = call(f, &[], None)?;
            if !super::tuple::is_tuple(a) {
                return Err(exc::type_error(&format!(
                    "__getnewargs__ should return a tuple, not '{}'",
                    ops::type_name_of(a)
                )));
            }
            a
        }
        None => r.empty_tuple,
    };
    let state = match attr_opt(o, "__getstate__")? {
        Some(f) => call(f, &[], None)?,
        None => {
            let d = attr_opt(o, "__dict__")?.unwrap_or(r.none);
            let copy_reg = super::super::import::import_module_str("copy_reg")?;
            let names = call(ops::getattr_str(copy_reg, "_slotnames")?, &[cls], None)?;
            let slots = super::dict::new()?;
            if names != r.none {
                let names = ops::iterate_to_list(names)?;
                for &n in super::list::items(names) {
                    if let Some(v) = exc::none_if_attribute_error(ops::getattr(o, n))? {
                        super::dict::set_item(slots, n, v)?;
                    }
                }
            }
            if super::dict::len(slots) > 0 {
                super::tuple::new(&[d, slots])?
            } else {
                d
            }
        }
    };
    let listitems = if super::list::is_list(o) {
        ops::iter(o)?
    } else {
        r.none
    };
    let dictitems = if super::dict::is_dict(o) {
        ops::call_method(o, "iteritems", &[])?
    } else {
        r.none
    };
    let copy_reg = super::super::import::import_module_str("copy_reg")?;
    let newobj = ops::getattr_str(copy_reg, "__newobj__")?;
    let mut a = vec![cls];
    a.extend_from_slice(super::tuple::items(newargs));
    let args2 = super::tuple::new(&a)?;
    super::tuple::new(&[newobj, args2, state, listitems, dictitems])
}

fn format(o: Obj, args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    let spec = args[0];
    let s = if super::unicode::is_unicode(spec) {
        super::unicode::from_object(o)?
    } else {
        ops::str(o)?
    };
    ops::call_method(s, "__format__", &[spec])
}

fn sizeof(o: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    let _ = o;
    super::int::new(16)
}

fn subclasshook(_t: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    Ok(rt().not_implemented)
}

pub static METHODS: &[MethodDef] = &[
    super::m("__reduce_ex__", reduce_ex, Arity::Range(0, 1)),
    super::m("__reduce__", reduce, Arity::None),
    super::m("__format__", format, Arity::One),
    super::m("__sizeof__", sizeof, Arity::None),
    super::cm("__subclasshook__", subclasshook, Arity::Any),
];

pub fn slots() -> Slots {
    Slots {
        repr: Some(default_repr),
        hash: Some(pointer_hash),
        getattr: Some(generic_getattr),
        setattr: Some(generic_setattr),
        new: Some(object_new),
        init: Some(object_init),
        ..Default::default()
    }
}
