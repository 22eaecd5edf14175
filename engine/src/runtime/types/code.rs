//! `code` objects: a compiled `CodeUnit` plus its constants as objects, its names as interned
//! strs, and the profile counters the tiers read (calls, loop-header backedges, per-site types),
//! with the per-site inline caches of attribute access.
//!
//! The unit is owned by the code object (a Box in the Rust heap, freed on sweep); nested units
//! are moved out of `Const::Code` into their own code objects when the parent's constants are
//! materialised, so each unit has exactly one owner.

use std::cell::Cell;

use super::super::object::{alloc_value, mark, Header, Obj, PyResult};
use super::super::rt::rt;
use super::{str as pystr, tuple};
use crate::compile::ir::{CodeUnit, Const};
use crate::compile::liveness::TempLiveness;
use crate::gc;

/// Type feedback of one site: the class address seen last and how often the class changed;
/// for an attribute site (`GetAttr`, `SetAttr`, `LoadMethod`), its inline cache too; for an
/// operator or comparison site (`Binary`, `InPlace`, `Compare`), the kinds of operand pairs it
/// has seen ([`OPERANDS_INTS`] | [`OPERANDS_FLOATS`] | [`OPERANDS_OTHER`], 0 before its first
/// run), which optimised code keeps inline paths for.
#[derive(Default)]
pub struct SiteRecord {
    pub last_class: Cell<usize>,
    pub changes: Cell<u32>,
    pub operands: Cell<u8>,
    pub attr: super::object::AttrCache,
}

/// `SiteRecord::operands` bits: two ints; a float and a float or an int; anything else.
pub const OPERANDS_INTS: u8 = 1;
pub const OPERANDS_FLOATS: u8 = 2;
pub const OPERANDS_OTHER: u8 = 4;

/// The `SiteRecord::operands` bit of the pair `x`, `y`.
#[inline(always)]
pub fn operand_kind(x: Obj, y: Obj) -> u8 {
    let types = &rt().types;
    let (cx, cy) = (x.class(), y.class());
    if cx == types.int && cy == types.int {
        OPERANDS_INTS
    } else if (cx == types.float || cx == types.int) && (cy == types.float || cy == types.int) {
        OPERANDS_FLOATS
    } else {
        OPERANDS_OTHER
    }
}

/// Records the operand pair `x`, `y` at operator or comparison site `site` of `profile`.
#[inline(always)]
pub fn note_operands(profile: &Profile, site: u32, x: Obj, y: Obj) {
    if let Some(s) = profile.sites.get(site as usize) {
        s.operands.set(s.operands.get() | operand_kind(x, y));
    }
}

/// What a `LoadGlobal` of one name last found (see `interp::load_global`): the slot of the
/// name in the globals dict at address `globals`, or, when `in_builtins`, its slot in the
/// builtins dict at `builtins`, valid while the globals table's identity and insert count
/// (`ident`, `inserts`) show no key was added to it.
#[derive(Default)]
pub struct GlobalCache {
    pub globals: Cell<usize>,
    pub builtins: Cell<usize>,
    pub index: Cell<u32>,
    pub in_builtins: Cell<bool>,
    pub ident: Cell<u64>,
    pub inserts: Cell<u64>,
}

pub struct Profile {
    pub calls: Cell<u64>,
    /// Backedges taken per loop header (`CodeUnit::loop_headers` order).
    pub backedges: Vec<Cell<u64>>,
    pub sites: Vec<SiteRecord>,
    /// Which temporaries are live where (the GC traces a frame's live temporaries only).
    pub temps: TempLiveness,
    /// Per name (`NameId`): where `LoadGlobal` found it last.
    pub globals: Vec<GlobalCache>,
    /// Tier 1's compiled function for this code (`jit::CompiledFn` address), or 0 (not compiled
    /// yet) or 1 (compiling failed: the interpreter runs it).
    pub compiled: Cell<usize>,
    /// Backedge checks in this code's compiled loops (towards recompiling it optimised), and
    /// whether that recompile has been asked for (`jit::optimize`).
    pub loop_checks: Cell<u32>,
    pub optimizing: Cell<bool>,
}

#[repr(C)]
pub struct CodeObj {
    pub head: Header,
    pub unit: *mut CodeUnit,
    pub profile: *mut Profile,
    /// `co_consts` as objects (a tuple), index = `ConstId`.
    pub consts: Obj,
    /// `co_names` as interned strs (a tuple), index = `NameId`.
    pub names: Obj,
    /// `co_varnames` (tuple of str): the locals' names.
    pub varnames: Obj,
    pub cellvars: Obj,
    pub freevars: Obj,
    pub name: Obj,
    pub filename: Obj,
    /// Finished calls' frames kept for later calls (CPython's "zombie frames"), chained through
    /// their `back` fields: see `frame::retire`.
    pub spare_frame: Option<Obj>,
    /// How many frames the `spare_frame` chain holds.
    pub spares: u32,
    /// The profile's site records (`Profile::sites`, never reallocated): where baseline code
    /// records the operand kinds its inline paths see.
    pub sites: *const SiteRecord,
}

unsafe fn trace_code(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a code object; its reference fields may be null while it is being built.
    unsafe {
        let c = p as *const CodeObj;
        for o in [
            std::ptr::addr_of!((*c).consts),
            std::ptr::addr_of!((*c).names),
            std::ptr::addr_of!((*c).varnames),
            std::ptr::addr_of!((*c).cellvars),
            std::ptr::addr_of!((*c).freevars),
            std::ptr::addr_of!((*c).name),
            std::ptr::addr_of!((*c).filename),
            std::ptr::addr_of!((*c).spare_frame) as *const Obj,
        ] {
            m.mark(*(o as *const *mut u8));
        }
    }
}

unsafe fn drop_code(p: *mut u8) {
    // SAFETY: a code object being swept: it owns its unit and profile boxes.
    unsafe {
        let c = &mut *(p as *mut CodeObj);
        if !c.unit.is_null() {
            drop(Box::from_raw(c.unit));
        }
        if !c.profile.is_null() {
            drop(Box::from_raw(c.profile));
        }
    }
}

pub static CODE_KIND: gc::Kind = gc::Kind {
    name: "code",
    trace: Some(trace_code),
    drop: Some(drop_code),
};

/// Makes the code object for `unit` (and, through its constants, for nested units).
pub fn new(mut unit: CodeUnit) -> PyResult<Obj> {
    let r = rt();
    // Constants become a tuple; a nested unit moves into its own code object (its slot in
    // `unit.consts` becomes `None`).
    let mut consts_src = std::mem::take(&mut unit.consts);
    let consts = tuple::from_fn(consts_src.len(), |i| {
        if let Const::Code(_) = consts_src[i] {
            if let Const::Code(u) = std::mem::replace(&mut consts_src[i], Const::None) {
                return new(*u);
            }
        }
        const_obj(&consts_src[i])
    })?;
    unit.consts = consts_src;
    let names = tuple::from_fn(unit.names.len(), |i| pystr::intern(&unit.names[i]))?;
    let varnames = tuple::from_fn(unit.local_names.len(), |i| {
        pystr::intern(&unit.local_names[i])
    })?;
    let cellvars = tuple::from_fn(unit.cellvars.len(), |i| pystr::intern(&unit.cellvars[i]))?;
    let freevars = tuple::from_fn(unit.freevars.len(), |i| pystr::intern(&unit.freevars[i]))?;
    let name = pystr::intern(&unit.name)?;
    let filename = pystr::from_str(&unit.filename)?;
    let profile = Box::new(Profile {
        calls: Cell::new(0),
        backedges: (0..unit.loop_headers.len()).map(|_| Cell::new(0)).collect(),
        sites: (0..unit.n_sites).map(|_| SiteRecord::default()).collect(),
        temps: TempLiveness::analyze(&unit),
        globals: (0..unit.names.len())
            .map(|_| GlobalCache::default())
            .collect(),
        compiled: Cell::new(0),
        loop_checks: Cell::new(0),
        optimizing: Cell::new(false),
    });
    let unit = Box::into_raw(Box::new(unit));
    let sites = profile.sites.as_ptr();
    let profile = Box::into_raw(profile);
    alloc_value(
        &CODE_KIND,
        r.types.code,
        CodeObj {
            head: Header {
                class: r.types.code,
            },
            unit,
            profile,
            consts,
            names,
            varnames,
            cellvars,
            freevars,
            name,
            filename,
            spare_frame: None,
            spares: 0,
            sites,
        },
    )
    .inspect_err(|_| {
        // SAFETY: allocation failed: nobody else owns these boxes.
        unsafe {
            drop(Box::from_raw(unit));
            drop(Box::from_raw(profile));
        }
    })
}

fn const_obj(c: &Const) -> PyResult<Obj> {
    use super::*;
    let r = rt();
    Ok(match c {
        Const::None => r.none,
        Const::True => r.true_,
        Const::False => r.false_,
        Const::Ellipsis => r.ellipsis,
        Const::Int(v) => int::new(*v)?,
        Const::Long(v) => long::new(v.clone())?,
        Const::Float(v) => float::new(*v)?,
        Const::Complex { real, imag } => complex::new(*real, *imag)?,
        Const::Str(b) => {
            // CPython interns constant strings that look like identifiers.
            let s = pystr::new(b)?;
            if b.iter().all(|c| c.is_ascii_alphanumeric() || *c == b'_') {
                pystr::intern_obj(s)?
            } else {
                s
            }
        }
        Const::Unicode(u) => unicode::new(u)?,
        Const::Tuple(items) => tuple::from_fn(items.len(), |i| const_obj(&items[i]))?,
        Const::Code(u) => new((**u).clone())?, // only inside tuples, which never hold code
    })
}

pub fn is_code(o: Obj) -> bool {
    o.class() == rt().types.code
}

#[inline]
pub fn obj(c: Obj) -> &'static CodeObj {
    // SAFETY: the caller knows `c` is a code object.
    unsafe { c.cast::<CodeObj>() }
}

/// Spare frames a code object keeps at most (enough for moderately deep recursion).
const MAX_SPARES: u32 = 32;

/// One of code object `c`'s spare frames (see `frame::retire`), taken off its chain.
#[inline]
pub fn take_spare_frame(c: Obj) -> Option<Obj> {
    // SAFETY: the caller knows `c` is a code object; the fields are a traced reference and a count.
    let co = unsafe { c.cast::<CodeObj>() };
    let f = co.spare_frame?;
    co.spare_frame = super::frame::obj(f).back;
    co.spares -= 1;
    Some(f)
}

/// Keeps the retired frame `f` of code object `c` as a spare, unless it has enough.
#[inline]
pub fn put_spare_frame(c: Obj, f: Obj) {
    // SAFETY: as in `take_spare_frame`.
    let co = unsafe { c.cast::<CodeObj>() };
    if co.spares < MAX_SPARES {
        super::frame::obj(f).back = co.spare_frame;
        co.spare_frame = Some(f);
        co.spares += 1;
    }
}

#[inline]
pub fn unit(c: Obj) -> &'static CodeUnit {
    // SAFETY: a code object's unit lives as long as it does.
    unsafe { &*obj(c).unit }
}

#[inline]
pub fn profile(c: Obj) -> &'static Profile {
    // SAFETY: as above.
    unsafe { &*obj(c).profile }
}

pub fn trace_fields(c: &CodeObj, m: &mut gc::Marker) {
    mark(m, c.consts);
    mark(m, c.names);
}
