//! Type objects: layout, operation slots, attribute lookup along the MRO, C3 linearisation.
//!
//! In: builtin type definitions (`TypeDef`s from the type modules) and, for classes created by
//! programs, `class.rs`. Out: `TypeObject`s and the lookups every operation uses.
//!
//! A type carries Rust function *slots* for the operations (CPython's `tp_*`/`nb_*` slots): a
//! builtin type fills them with native code; a class fills the ones its namespace defines
//! special methods for with generic functions that look the method up and call it
//! (`class::update_slots`). Operations (`ops`) only ever call slots. The type's dict holds the
//! Python-visible attributes: for a builtin type, method descriptors and slot wrappers built
//! from its `TypeDef`.
//!
//! Invariants: `mro` is a tuple starting with the type itself; `version` is 0 (unassigned) or
//! unique to the type's current state: `modified` resets it whenever the dict of the type or of
//! a base, or the bases, change (the attribute cache in `lookup` checks it).

use super::object::{mark, mark_opt, Header, Obj, ObjVec, PyResult};
use crate::compile::ir::CmpOp;
use crate::gc;

pub type UnaryFn = fn(Obj) -> PyResult<Obj>;
/// Binary number slots are called with the operands in source order for both the left and the
/// right operand's type (CPython's convention); they return NotImplemented when they do not apply.
pub type BinaryFn = fn(Obj, Obj) -> PyResult<Obj>;
pub type TernaryFn = fn(Obj, Obj, Obj) -> PyResult<Obj>;
pub type CallFn = fn(Obj, &[Obj], Option<Obj>) -> PyResult<Obj>;
pub type GetattrFn = fn(Obj, Obj) -> PyResult<Obj>;
/// `None` value: delete.
pub type SetattrFn = fn(Obj, Obj, Option<Obj>) -> PyResult<()>;
pub type RichcmpFn = fn(Obj, Obj, CmpOp) -> PyResult<Obj>;
pub type HashFn = fn(Obj) -> PyResult<i64>;
pub type LenFn = fn(Obj) -> PyResult<i64>;
/// `Ok(None)`: exhausted (no StopIteration raised).
pub type NextFn = fn(Obj) -> PyResult<Option<Obj>>;
/// `(descriptor, instance or None, owner type)`.
pub type DescrGetFn = fn(Obj, Option<Obj>, Obj) -> PyResult<Obj>;
pub type DescrSetFn = fn(Obj, Obj, Option<Obj>) -> PyResult<()>;
pub type NewFn = fn(Obj, &[Obj], Option<Obj>) -> PyResult<Obj>;
pub type InitFn = fn(Obj, &[Obj], Option<Obj>) -> PyResult<()>;
pub type BoolFn = fn(Obj) -> PyResult<bool>;
pub type ContainsFn = fn(Obj, Obj) -> PyResult<bool>;
pub type SetItemFn = fn(Obj, Obj, Option<Obj>) -> PyResult<()>;
pub type RepeatFn = fn(Obj, i64) -> PyResult<Obj>;
pub type GetSliceFn = fn(Obj, i64, i64) -> PyResult<Obj>;
pub type SetSliceFn = fn(Obj, i64, i64, Option<Obj>) -> PyResult<()>;
/// `__cmp__`-style three-way compare: an int object, or NotImplemented.
pub type CompareFn = fn(Obj, Obj) -> PyResult<Obj>;

/// Binary number operations, in slot order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NbOp {
    Add,
    Sub,
    Mul,
    Div,
    TrueDiv,
    FloorDiv,
    Mod,
    Divmod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}

pub const NB_COUNT: usize = 14;

impl NbOp {
    pub const ALL: [NbOp; NB_COUNT] = [
        NbOp::Add,
        NbOp::Sub,
        NbOp::Mul,
        NbOp::Div,
        NbOp::TrueDiv,
        NbOp::FloorDiv,
        NbOp::Mod,
        NbOp::Divmod,
        NbOp::Pow,
        NbOp::LShift,
        NbOp::RShift,
        NbOp::And,
        NbOp::Or,
        NbOp::Xor,
    ];

    /// (method, reflected method, in-place method, operator symbol for messages).
    pub fn names(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            NbOp::Add => ("__add__", "__radd__", "__iadd__", "+"),
            NbOp::Sub => ("__sub__", "__rsub__", "__isub__", "-"),
            NbOp::Mul => ("__mul__", "__rmul__", "__imul__", "*"),
            NbOp::Div => ("__div__", "__rdiv__", "__idiv__", "/"),
            NbOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__", "/"),
            NbOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__", "//"),
            NbOp::Mod => ("__mod__", "__rmod__", "__imod__", "%"),
            NbOp::Divmod => ("__divmod__", "__rdivmod__", "", "divmod()"),
            NbOp::Pow => ("__pow__", "__rpow__", "__ipow__", "** or pow()"),
            NbOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__", "<<"),
            NbOp::RShift => ("__rshift__", "__rrshift__", "__irshift__", ">>"),
            NbOp::And => ("__and__", "__rand__", "__iand__", "&"),
            NbOp::Or => ("__or__", "__ror__", "__ior__", "|"),
            NbOp::Xor => ("__xor__", "__rxor__", "__ixor__", "^"),
        }
    }

    pub fn from_ir(op: crate::compile::ir::BinOp) -> NbOp {
        use crate::compile::ir::BinOp as B;
        match op {
            B::Add => NbOp::Add,
            B::Sub => NbOp::Sub,
            B::Mul => NbOp::Mul,
            B::Div => NbOp::Div,
            B::TrueDiv => NbOp::TrueDiv,
            B::FloorDiv => NbOp::FloorDiv,
            B::Mod => NbOp::Mod,
            B::Pow => NbOp::Pow,
            B::LShift => NbOp::LShift,
            B::RShift => NbOp::RShift,
            B::And => NbOp::And,
            B::Or => NbOp::Or,
            B::Xor => NbOp::Xor,
        }
    }
}

/// Unary number slots.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOpSlot {
    Neg,
    Pos,
    Abs,
    Invert,
    Int,
    Long,
    Float,
    Oct,
    Hex,
    Index,
}

pub const UN_COUNT: usize = 10;

impl UnOpSlot {
    pub const ALL: [UnOpSlot; UN_COUNT] = [
        UnOpSlot::Neg,
        UnOpSlot::Pos,
        UnOpSlot::Abs,
        UnOpSlot::Invert,
        UnOpSlot::Int,
        UnOpSlot::Long,
        UnOpSlot::Float,
        UnOpSlot::Oct,
        UnOpSlot::Hex,
        UnOpSlot::Index,
    ];

    pub fn name(self) -> &'static str {
        match self {
            UnOpSlot::Neg => "__neg__",
            UnOpSlot::Pos => "__pos__",
            UnOpSlot::Abs => "__abs__",
            UnOpSlot::Invert => "__invert__",
            UnOpSlot::Int => "__int__",
            UnOpSlot::Long => "__long__",
            UnOpSlot::Float => "__float__",
            UnOpSlot::Oct => "__oct__",
            UnOpSlot::Hex => "__hex__",
            UnOpSlot::Index => "__index__",
        }
    }
}

#[derive(Clone, Copy, Default)]
pub struct Slots {
    pub repr: Option<UnaryFn>,
    pub str: Option<UnaryFn>,
    pub hash: Option<HashFn>,
    pub call: Option<CallFn>,
    pub getattr: Option<GetattrFn>,
    pub setattr: Option<SetattrFn>,
    pub richcmp: Option<RichcmpFn>,
    pub compare: Option<CompareFn>,
    pub iter: Option<UnaryFn>,
    pub next: Option<NextFn>,
    pub descr_get: Option<DescrGetFn>,
    pub descr_set: Option<DescrSetFn>,
    pub new: Option<NewFn>,
    pub init: Option<InitFn>,
    pub len: Option<LenFn>,
    pub getitem: Option<BinaryFn>,
    pub setitem: Option<SetItemFn>,
    pub contains: Option<ContainsFn>,
    pub nonzero: Option<BoolFn>,
    pub getslice: Option<GetSliceFn>,
    pub setslice: Option<SetSliceFn>,
    pub nb: [Option<BinaryFn>; NB_COUNT],
    pub inplace: [Option<BinaryFn>; NB_COUNT],
    pub pow3: Option<TernaryFn>,
    pub unary: [Option<UnaryFn>; UN_COUNT],
    pub concat: Option<BinaryFn>,
    pub repeat: Option<RepeatFn>,
    pub inplace_concat: Option<BinaryFn>,
    pub inplace_repeat: Option<RepeatFn>,
}

/// The memory layout instances of a type have (shared by a builtin type and its subclasses).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Type,
    Int,
    Long,
    Float,
    Complex,
    Str,
    Unicode,
    Tuple,
    List,
    Dict,
    Set,
    Exception,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    File,
    Module,
    ByteArray,
    /// Types that cannot be subclassed (functions, iterators, frames...).
    Other,
}

/// Flags.
pub const TF_HEAPTYPE: u32 = 1;
/// May be subclassed.
pub const TF_BASETYPE: u32 = 2;
/// Instances have the instance tail (dict / `__slots__`).
pub const TF_HAS_TAIL: u32 = 4;
/// The class defines `__getattr__` (slots use the hook).
pub const TF_GETATTR_HOOK: u32 = 8;
/// A subclass of BaseException (new-style exception class).
pub const TF_EXCEPTION: u32 = 16;
/// Instances have a `__del__` (heap classes): each is registered with the GC's finalizer table.
pub const TF_HAS_DEL: u32 = 32;
/// Instances can be weakly referenced (CPython: a non-zero `tp_weaklistoffset`).
pub const TF_WEAKREFABLE: u32 = 64;
/// `__abstractmethods__` is set and non-empty: `object.__new__` refuses to instantiate.
pub const TF_ABSTRACT: u32 = 128;

#[repr(C)]
pub struct TypeObject {
    pub head: Header,
    pub slots: Slots,
    /// `__name__` (str).
    pub name: Obj,
    pub bases: Obj,
    /// The solid base (`tp_base`); None only for `object`.
    pub base: Option<Obj>,
    pub mro: Obj,
    pub dict: Obj,
    pub layout: Layout,
    pub flags: u32,
    /// Number of `__slots__` entries in the instance tail (inherited ones included).
    pub nslots: u32,
    /// Instances have a `__dict__` in their tail.
    pub has_dict: bool,
    pub version: u64,
    /// The GC kind of instances.
    pub instance_kind: &'static gc::Kind,
    /// Weak list of direct subclasses' addresses is not kept; `__subclasses__` scans this.
    pub subclasses: ObjVec,
}

unsafe fn trace_type(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: called by the GC on a type object (possibly all-zero during allocation).
    let t = unsafe { &*(p as *const TypeObject) };
    // All-zero objects have null fields: reading them as Obj is fine for marking purposes since
    // marking ignores null; use raw reads to avoid materialising invalid NonNulls.
    for off in [
        std::mem::offset_of!(TypeObject, name),
        std::mem::offset_of!(TypeObject, bases),
        std::mem::offset_of!(TypeObject, base),
        std::mem::offset_of!(TypeObject, mro),
        std::mem::offset_of!(TypeObject, dict),
    ] {
        // SAFETY: in-bounds word of the object.
        m.mark(unsafe { *(p.add(off) as *const *mut u8) });
    }
    m.mark(unsafe { *(p as *const *mut u8) });
    t.subclasses.trace(m);
}

unsafe fn drop_type(p: *mut u8) {
    // SAFETY: a type object being swept.
    unsafe { (*(p as *mut TypeObject)).subclasses.free() };
}

pub static TYPE_KIND: gc::Kind = gc::Kind {
    name: "type",
    trace: Some(trace_type),
    drop: Some(drop_type),
};

/// The type object behind `t`. Callers know `t` is a type (it came from `class()`, a type
/// check, or `types`).
#[inline]
pub fn tobj(t: Obj) -> &'static mut TypeObject {
    // SAFETY: by the caller's knowledge above; type objects are never freed while referenced.
    unsafe { t.cast::<TypeObject>() }
}

#[inline]
pub fn slots_of(o: Obj) -> &'static Slots {
    &tobj(o.class()).slots
}

/// Whether `o` is a type object (of `type` or a metaclass).
pub fn is_type(o: Obj) -> bool {
    let c = o.class();
    let rt = super::rt::rt();
    c == rt.types.type_ || is_subtype(c, rt.types.type_)
}

/// `issubclass` for types: `b` in `a.__mro__`.
pub fn is_subtype(a: Obj, b: Obj) -> bool {
    if a == b {
        return true;
    }
    let mro = tobj(a).mro;
    super::types::tuple::items(mro).contains(&b)
}

/// Looks `name` up in the dicts along `t`'s MRO (no descriptor binding). Answers for exact
/// `str` names are remembered in the attribute cache (see `CacheEntry`): a hit costs one
/// version read and one cache-entry compare, inlined into the caller.
#[inline]
pub fn lookup(t: Obj, name: Obj) -> PyResult<Option<Obj>> {
    match cached(t, name) {
        Some(found) => Ok(found),
        None => lookup_and_remember(t, name),
    }
}

/// The attribute cache's answer for `name` on `t`, if it has one. Only exact `str` names and
/// versions from `assign_version` are ever stored, so a pointer match needs no class check
/// and an unassigned (0) or uncacheable version never matches.
#[inline(always)]
fn cached(t: Obj, name: Obj) -> Option<Option<Obj>> {
    let version = tobj(t).version;
    ATTR_CACHE.with(|c| {
        let e = &c[cache_index(version, name)];
        (e.version.get() == version && e.name.get() == name.as_ptr())
            // SAFETY: a matching version proves the value is still in one of the MRO's dicts.
            .then(|| unsafe { Obj::from_ptr(e.value.get()) })
    })
}

/// The cache-miss path of `lookup`: the MRO walk, then the answer stored if cacheable.
#[inline(never)]
fn lookup_and_remember(t: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let mut version = tobj(t).version;
    if version == 0 {
        version = assign_version(t);
    }
    let cacheable = version != VERSION_UNCACHEABLE && name.class() == super::rt::rt().types.str;
    let found = lookup_uncached(t, name)?;
    // A key's `__eq__` may have run Python code that changed the type: store only if not.
    if cacheable && tobj(t).version == version {
        ATTR_CACHE.with(|c| {
            let e = &c[cache_index(version, name)];
            e.version.set(version);
            e.name.set(name.as_ptr());
            e.value
                .set(found.map_or(std::ptr::null_mut(), |v| v.as_ptr()));
        });
    }
    Ok(found)
}

fn lookup_uncached(t: Obj, name: Obj) -> PyResult<Option<Obj>> {
    let mro = tobj(t).mro;
    for &c in super::types::tuple::items(mro) {
        let dict = class_dict(c);
        if let Some(v) = super::types::dict::get_item(dict, name)? {
            return Ok(Some(v));
        }
    }
    Ok(None)
}

/// One entry of the attribute cache (CPython's method cache): the result of looking `name` up
/// along the MRO of the type whose `version` this is (null `value`: not found). A type's
/// version is unique among all types ever made and replaced whenever its dict, or a base's
/// dict, or its bases change (`modified`), so a matching version proves the answer still
/// holds and that the value is alive (the type's dicts hold it). The names are marked by
/// `trace_attr_cache`, so a name's address cannot be reused by another string while cached.
struct CacheEntry {
    version: std::cell::Cell<u64>,
    name: std::cell::Cell<*mut u8>,
    value: std::cell::Cell<*mut u8>,
}

const CACHE_BITS: u32 = 12;
/// The version of a type whose MRO holds an old-style class: old-style class dicts change
/// without telling their subclasses, so such types are never cached.
const VERSION_UNCACHEABLE: u64 = u64::MAX;
/// A version no type ever has (versions count up from 1; the counter never gets near it):
/// what an empty cache entry keyed on versions holds.
pub const VERSION_NONE: u64 = u64::MAX - 1;

thread_local! {
    static ATTR_CACHE: [CacheEntry; 1 << CACHE_BITS] = const {
        [const {
            CacheEntry {
                version: std::cell::Cell::new(0),
                name: std::cell::Cell::new(std::ptr::null_mut()),
                value: std::cell::Cell::new(std::ptr::null_mut()),
            }
        }; 1 << CACHE_BITS]
    };
    static NEXT_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

#[inline]
fn cache_index(version: u64, name: Obj) -> usize {
    let k = (version ^ (name.addr() as u64 >> 3)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    (k >> (64 - CACHE_BITS)) as usize
}

/// Gives `t` a fresh version (or marks it uncacheable); called on first lookup after creation
/// or a change.
fn assign_version(t: Obj) -> u64 {
    let classobj = super::rt::rt().types.classobj;
    let mro = super::types::tuple::items(tobj(t).mro);
    let v = if mro.iter().any(|c| c.class() == classobj) {
        VERSION_UNCACHEABLE
    } else {
        NEXT_VERSION.with(|n| {
            let v = n.get();
            n.set(v + 1);
            v
        })
    };
    tobj(t).version = v;
    v
}

/// `t`'s version for a cache to key on (assigned now if unassigned), or None when `t` is
/// never cached (`VERSION_UNCACHEABLE`). Callers compare it with `tobj(t).version` later: a
/// match proves lookups on `t` still give the answers they gave under this version.
pub fn cache_version(t: Obj) -> Option<u64> {
    let v = match tobj(t).version {
        0 => assign_version(t),
        v => v,
    };
    (v != VERSION_UNCACHEABLE).then_some(v)
}

/// Marks the names held by the attribute cache (a GC root tracer).
pub fn trace_attr_cache(m: &mut gc::Marker) {
    ATTR_CACHE.with(|c| {
        for e in c.iter() {
            m.mark(e.name.get());
        }
    });
}

/// Lookup with a str name that is known to be interned and hash-cached (no Python code runs).
pub fn lookup_str(t: Obj, name: &str) -> Option<Obj> {
    let n = super::types::str::intern(name).ok()?;
    lookup(t, n).ok().flatten()
}

/// The namespace dict of a class in an MRO: a type's dict, or an old-style class's dict.
pub fn class_dict(c: Obj) -> Obj {
    if c.class() == super::rt::rt().types.classobj {
        super::types::classobj::dict_of(c)
    } else {
        tobj(c).dict
    }
}

/// The type's name as Rust text.
pub fn type_name(t: Obj) -> String {
    super::types::str::to_string_lossy(tobj(t).name)
}

/// The type's name as CPython's messages show it (`tp_name`: old-style instances are all
/// `instance`).
pub fn class_name_of(o: Obj) -> String {
    type_name(o.class())
}

/// C3 linearisation of `t` with `bases` (CPython's `mro_implementation`), as a Vec whose
/// items are all reachable from `bases` (so keeping it briefly in the Rust heap is safe).
/// TypeError `Cannot create a consistent method resolution order (MRO) for bases A, B`.
pub fn c3_mro(t: Obj, bases: &[Obj]) -> PyResult<Vec<Obj>> {
    let mut seqs: Vec<Vec<Obj>> = Vec::new();
    for &b in bases {
        seqs.push(mro_of(b));
    }
    seqs.push(bases.to_vec());
    let mut result = vec![t];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let mut found = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|o| o[1..].contains(&cand)) {
                found = Some(cand);
                break;
            }
        }
        let Some(c) = found else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = class_display_name(s[0]);
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(super::exc::type_error(&format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        result.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

fn class_display_name(c: Obj) -> String {
    if c.class() == super::rt::rt().types.classobj {
        super::types::classobj::class_name(c)
    } else {
        type_name(c)
    }
}

/// The MRO of a class in a bases list: a type's `__mro__`, or for an old-style class its
/// depth-first left-to-right bases (how CPython 2.7 linearises classic bases).
fn mro_of(c: Obj) -> Vec<Obj> {
    if c.class() == super::rt::rt().types.classobj {
        let mut out = Vec::new();
        super::types::classobj::classic_mro(c, &mut out);
        out
    } else {
        super::types::tuple::items(tobj(c).mro).to_vec()
    }
}

/// Invalidates what caches know of `t` and of every subclass (after a change to `t`'s dict or
/// bases): their next lookup gives them a fresh version.
pub fn modified(t: Obj) {
    let to = tobj(t);
    to.version = 0;
    for &s in tobj(t).subclasses.as_slice() {
        modified(s);
    }
}

/// Allocation helpers shared by builtin type definitions.
pub fn mark_type_fields(m: &mut gc::Marker, t: &TypeObject) {
    mark(m, t.name);
    mark(m, t.bases);
    mark_opt(m, t.base);
    mark(m, t.mro);
    mark(m, t.dict);
}
