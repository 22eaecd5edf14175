//! The builtin types. Each module defines one type (or a family): its object layout, its GC kind,
//! its slots and its methods, and registers them in `init` through a [`TypeSpec`].
//!
//! Shared here: the method-table types ([`MethodDef`], [`GetSetDef`], [`Arity`]) and the
//! *instance tail* that instances of classes carry after their base layout (`__dict__` and
//! `__slots__` values).

pub mod boolobj;
pub mod bytearray;
pub mod cell;
pub mod classobj;
pub mod code;
pub mod complex;
pub mod descr;
pub mod dict;
pub mod dict_methods;
pub mod exception;
pub mod file;
pub mod float;
pub mod frame;
pub mod function;
pub mod generator;
pub mod int;
pub mod iter;
pub mod list;
pub mod list_methods;
pub mod listsort;
pub mod long;
pub mod memoryview;
pub mod module;
pub mod none;
pub mod number;
pub mod number_new;
pub mod object;
pub mod set;
pub mod slice;
pub mod str;
pub mod str_methods;
pub mod structseq;
pub mod super_;
pub mod traceback;
pub mod tuple;
pub mod tuple_methods;
pub mod typetype;
pub mod unicode;
pub mod weakref;
pub mod xrange;

use super::object::{Obj, PyResult};
use super::typeobj::Slots;

/// A native method: `(self, positional args, keyword dict or None)`.
pub type MethodFn = fn(Obj, &[Obj], Option<Obj>) -> PyResult<Obj>;
/// A native function of a module.
pub type NativeFn = fn(&[Obj], Option<Obj>) -> PyResult<Obj>;

/// How many positional arguments a native method takes (checked before it is called, with
/// CPython's messages), and whether it accepts keywords.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Arity {
    /// `METH_NOARGS`: `f() takes no arguments (1 given)`.
    None,
    /// `METH_O`: `f() takes exactly one argument (0 given)`.
    One,
    /// `PyArg_ParseTuple` with `min..=max` arguments.
    Range(u8, u8),
    /// The function checks for itself (keywords allowed).
    Any,
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MethKind {
    Instance,
    Class,
    Static,
}

pub struct MethodDef {
    pub name: &'static str,
    pub func: MethodFn,
    pub arity: Arity,
    pub kind: MethKind,
}

pub const fn m(name: &'static str, func: MethodFn, arity: Arity) -> MethodDef {
    MethodDef {
        name,
        func,
        arity,
        kind: MethKind::Instance,
    }
}

pub const fn cm(name: &'static str, func: MethodFn, arity: Arity) -> MethodDef {
    MethodDef {
        name,
        func,
        arity,
        kind: MethKind::Class,
    }
}

pub const fn sm(name: &'static str, func: MethodFn, arity: Arity) -> MethodDef {
    MethodDef {
        name,
        func,
        arity,
        kind: MethKind::Static,
    }
}

pub type Getter = fn(Obj) -> PyResult<Obj>;
pub type Setter = fn(Obj, Option<Obj>) -> PyResult<()>;

/// A computed attribute (`getset_descriptor`); no setter: read-only.
pub struct GetSetDef {
    pub name: &'static str,
    pub get: Getter,
    pub set: Option<Setter>,
}

pub const fn gs(name: &'static str, get: Getter, set: Option<Setter>) -> GetSetDef {
    GetSetDef { name, get, set }
}

/// What `init` needs to build a builtin type.
pub struct TypeSpec {
    pub name: &'static str,
    pub layout: super::typeobj::Layout,
    /// Instances may be subclassed.
    pub base_type: bool,
    pub slots: Slots,
    pub methods: &'static [MethodDef],
    pub getsets: &'static [GetSetDef],
    pub instance_kind: &'static crate::gc::Kind,
    pub doc: Option<&'static str>,
}

/// Checks `args`/`kw` against `arity` for the method `name`.
pub fn check_arity(name: &str, arity: Arity, n: usize, kw: Option<Obj>) -> PyResult<()> {
    use super::exc::type_error;
    if arity != Arity::Any {
        if let Some(k) = kw {
            if dict::len(k) > 0 {
                return Err(type_error(&format!("{name}() takes no keyword arguments")));
            }
        }
    }
    match arity {
        Arity::None if n != 0 => Err(type_error(&format!(
            "{name}() takes no arguments ({n} given)"
        ))),
        Arity::One if n != 1 => Err(type_error(&format!(
            "{name}() takes exactly one argument ({n} given)"
        ))),
        Arity::Range(lo, hi) if n < lo as usize || n > hi as usize => {
            let (word, k) = if lo == hi {
                ("exactly", lo)
            } else if n < lo as usize {
                ("at least", lo)
            } else {
                ("at most", hi)
            };
            let s = if k == 1 { "" } else { "s" };
            Err(type_error(&format!(
                "{name}() takes {word} {k} argument{s} ({n} given)"
            )))
        }
        _ => Ok(()),
    }
}

/// Most parameters [`parse_args`] handles.
pub const MAX_PARSED: usize = 8;

/// The values [`parse_args`] returns: a fixed array, so it lives on the caller's stack (which
/// the GC scans) rather than in Rust heap memory (GC rule). Dereferences to `[Option<Obj>]`.
pub struct Parsed {
    vals: [Option<Obj>; MAX_PARSED],
    n: usize,
}

impl std::ops::Deref for Parsed {
    type Target = [Option<Obj>];
    fn deref(&self) -> &[Option<Obj>] {
        &self.vals[..self.n]
    }
}

impl std::ops::DerefMut for Parsed {
    fn deref_mut(&mut self) -> &mut [Option<Obj>] {
        &mut self.vals[..self.n]
    }
}

/// Arguments of a native function with optional trailing parameters that may also be given
/// by keyword (`PyArg_ParseTupleAndKeywords`): returns `names.len()` (at most [`MAX_PARSED`])
/// values, `None` for omitted ones. Errors as CPython: too many, duplicate, unknown keyword,
/// missing required.
pub fn parse_args(
    fname: &str,
    args: &[Obj],
    kw: Option<Obj>,
    names: &[&str],
    required: usize,
) -> PyResult<Parsed> {
    use super::exc::type_error;
    if names.len() > MAX_PARSED {
        return Err(super::exc::system_error(&format!(
            "{fname}(): too many parameters for parse_args"
        )));
    }
    let mut out = Parsed {
        vals: [None; MAX_PARSED],
        n: names.len(),
    };
    if args.len() > names.len() {
        let (word, k) = if required == names.len() {
            ("exactly", names.len())
        } else {
            ("at most", names.len())
        };
        let s = if k == 1 { "" } else { "s" };
        return Err(type_error(&format!(
            "{fname}() takes {word} {k} argument{s} ({} given)",
            args.len() + kw.map(dict::len).unwrap_or(0)
        )));
    }
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(*a);
    }
    if let Some(k) = kw {
        for (key, value) in dict::items_vec(k) {
            let kname = str::as_str_lossy(key);
            match names.iter().position(|n| *n == kname) {
                Some(i) if out[i].is_some() => {
                    return Err(type_error(&format!(
                        "Argument given by name ('{kname}') and position ({})",
                        i + 1
                    )))
                }
                Some(i) => out[i] = Some(value),
                None => {
                    return Err(type_error(&format!(
                        "'{kname}' is an invalid keyword argument for this function"
                    )))
                }
            }
        }
    }
    for (i, v) in out.iter().enumerate().take(required) {
        if v.is_none() {
            let s = if required == 1 { "" } else { "s" };
            let word = if required == names.len() {
                "exactly"
            } else {
                "at least"
            };
            let _ = i;
            return Err(type_error(&format!(
                "{fname}() takes {word} {required} argument{s} ({} given)",
                args.len()
            )));
        }
    }
    Ok(out)
}

/// The `__dict__` and `__slots__` storage of instances of classes, placed after the base layout.
#[repr(C)]
pub struct InstanceTail {
    pub dict: Option<Obj>,
    pub nslots: usize,
    // followed by `nslots` words: Option<Obj>
}

impl InstanceTail {
    pub fn slots(&mut self) -> &mut [Option<Obj>] {
        // SAFETY: the allocation made room for `nslots` words after the header (see
        // `class::alloc_instance`).
        unsafe {
            let p = (self as *mut InstanceTail).add(1) as *mut Option<Obj>;
            std::slice::from_raw_parts_mut(p, self.nslots)
        }
    }

    pub fn trace(&mut self, m: &mut crate::gc::Marker) {
        super::object::mark_opt(m, self.dict);
        for s in self.slots() {
            super::object::mark_opt(m, *s);
        }
    }
}

/// Defines the GC kind of a layout's subclass instances: the base payload traced by `$trace`
/// (and dropped by `$drop`), then the instance tail at the offset `$tail` computes.
#[macro_export]
macro_rules! sub_kind {
    ($name:ident, $label:expr, $trace:expr, $drop:expr, $tail:expr) => {
        pub static $name: $crate::gc::Kind = $crate::gc::Kind {
            name: $label,
            trace: Some({
                unsafe fn t(p: *mut u8, m: &mut $crate::gc::Marker) {
                    let tr: Option<unsafe fn(*mut u8, &mut $crate::gc::Marker)> = $trace;
                    if let Some(tr) = tr {
                        // SAFETY: same object, as the GC hands it to us.
                        unsafe { tr(p, m) };
                    }
                    // A freshly allocated (all-zero) object has no class yet: nothing more.
                    // SAFETY: the first word is the class pointer or null.
                    if unsafe { *(p as *const usize) } == 0 {
                        return;
                    }
                    let off: fn(*mut u8) -> usize = $tail;
                    // SAFETY: the tail lies within the object (allocated with room for it).
                    let tail = unsafe {
                        &mut *(p.add(off(p)) as *mut $crate::runtime::types::InstanceTail)
                    };
                    tail.trace(m);
                }
                t
            }),
            drop: $drop,
        };
    };
}
