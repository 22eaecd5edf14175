//! `memoryview(object)`: CPython 2.7's new-style buffer view, over a str, a bytearray, a
//! `buffer` or another memoryview (array.array has no new-style buffer in 2.7: TypeError).
//!
//! In: the viewed object; then indexing, slicing, item and slice assignment, comparisons and the
//! `tobytes`/`tolist` methods. Out: views whose items are single bytes (format 'B', itemsize 1,
//! one dimension); an item reads as a 1-character str, `tolist()` gives ints.
//!
//! Layout: header, the base object (a str or a bytearray: a view of a view shares its base; a
//! `buffer` is viewed through a str copy of its bytes), the start offset and the length.
//! The bytes are re-read from the base on each use, so a view of a bytearray sees its changes.
//! Invariant kept where CPython would refuse the resize instead (an exported bytearray cannot
//! change size there): a read or write past the base's current end is clamped, never out of
//! bounds. A view over a str is read-only; one over a bytearray is writable, with a fixed size.
//! Not subclassable, unhashable. Messages follow CPython 2.7.18's `memoryobject.c`.

use super::super::exc;
use super::super::object::{alloc_value, mark_opt, Header, Obj, PyResult, Raised};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::{bytearray, int, list, long, slice, str as pystr, tuple, Arity, GetSetDef, MethodDef};
use super::{gs, m};
use crate::compile::ir::CmpOp;
use crate::gc;

#[repr(C)]
pub struct MemoryViewObj {
    pub head: Header,
    /// The str or bytearray whose bytes are viewed (None only in a never-initialised object).
    base: Option<Obj>,
    start: usize,
    len: usize,
}

unsafe fn trace_memoryview(p: *mut u8, mk: &mut gc::Marker) {
    // SAFETY: a memoryview object (all-zero before its value is written: a None base).
    unsafe {
        let o = &*(p as *const MemoryViewObj);
        mark_opt(mk, o.base);
    }
}

pub static MEMORYVIEW_KIND: gc::Kind = gc::Kind {
    name: "memoryview",
    trace: Some(trace_memoryview),
    drop: None,
};

#[inline]
pub fn is_memoryview(o: Obj) -> bool {
    o.class() == rt().types.memoryview
}

fn obj(o: Obj) -> &'static MemoryViewObj {
    // SAFETY: callers checked `is_memoryview(o)` (slots and methods are reached only through
    // the memoryview type, which cannot be subclassed).
    unsafe { o.cast::<MemoryViewObj>() }
}

fn new_view(base: Obj, start: usize, len: usize) -> PyResult<Obj> {
    let t = rt().types.memoryview;
    alloc_value(
        &MEMORYVIEW_KIND,
        t,
        MemoryViewObj {
            head: Header { class: t },
            base: Some(base),
            start,
            len,
        },
    )
}

/// The bytes of the whole base object.
fn base_bytes(base: Obj) -> &'static [u8] {
    if bytearray::is_bytearray(base) {
        bytearray::data(base)
    } else if pystr::is_str(base) {
        pystr::bytes(base)
    } else {
        &[]
    }
}

/// The bytes the view `o` shows now (clamped to the base's current size).
pub fn view_bytes(o: Obj) -> &'static [u8] {
    let v = obj(o);
    let Some(base) = v.base else {
        return &[];
    };
    let all = base_bytes(base);
    let lo = v.start.min(all.len());
    let hi = (v.start + v.len).min(all.len());
    &all[lo..hi]
}

fn readonly(o: Obj) -> bool {
    !matches!(obj(o).base, Some(b) if bytearray::is_bytearray(b))
}

/// The (base, start, len) a view of `src` gets; None when `src` has no buffer interface.
fn view_source(src: Obj) -> PyResult<Option<(Obj, usize, usize)>> {
    if is_memoryview(src) {
        let v = obj(src);
        return Ok(v.base.map(|b| (b, v.start, v.len)));
    }
    if pystr::is_str(src) {
        return Ok(Some((src, 0, pystr::len(src))));
    }
    if bytearray::is_bytearray(src) {
        return Ok(Some((src, 0, bytearray::data(src).len())));
    }
    if src.class() == rt().types.buffer {
        let s = ops::str(src)?;
        return Ok(Some((s, 0, pystr::len(s))));
    }
    Ok(None)
}

/// The bytes of an object with the buffer interface (for comparisons and assignments).
fn buffer_of(o: Obj) -> PyResult<Option<Vec<u8>>> {
    if is_memoryview(o) {
        return Ok(Some(view_bytes(o).to_vec()));
    }
    Ok(view_source(o)?.map(|(b, s, n)| {
        let all = base_bytes(b);
        all[s.min(all.len())..(s + n).min(all.len())].to_vec()
    }))
}

fn mv_new(_t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let nkw = kw.map(super::dict::len).unwrap_or(0);
    if args.len() + nkw > 1 {
        return Err(exc::type_error(&format!(
            "memoryview() takes at most 1 argument ({} given)",
            args.len() + nkw
        )));
    }
    let src = match args.first() {
        Some(&a) => a,
        None => {
            let found = match kw {
                Some(k) => super::dict::get_item(k, pystr::from_str("object")?)?,
                None => None,
            };
            match (found, kw) {
                (Some(v), _) => v,
                (None, Some(k)) if super::dict::len(k) > 0 => {
                    let (key, _) = super::dict::items_vec(k)[0];
                    return Err(exc::type_error(&format!(
                        "'{}' is an invalid keyword argument for this function",
                        pystr::as_str_lossy(key)
                    )));
                }
                _ => {
                    return Err(exc::type_error(
                        "Required argument 'object' (pos 1) not found",
                    ))
                }
            }
        }
    };
    match view_source(src)? {
        Some((b, s, n)) => new_view(b, s, n),
        None => Err(exc::type_error(
            "cannot make memory view because object does not have the buffer interface",
        )),
    }
}

fn repr(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&format!("<memory at {:#x}>", o.as_ptr() as usize))
}

fn len(o: Obj) -> PyResult<i64> {
    Ok(obj(o).len as i64)
}

fn unhashable(_o: Obj) -> PyResult<i64> {
    Err(exc::type_error("unhashable type: 'memoryview'"))
}

fn bad_index(k: Obj) -> Raised {
    exc::type_error(&format!(
        "cannot index memory using \"{}\"",
        ops::type_name_of(k)
    ))
}

/// The index `k` names in a view of `n` items.
fn item_index(k: Obj, n: usize) -> PyResult<usize> {
    let mut i = ops::index_value(k)?;
    if i < 0 {
        i += n as i64;
    }
    if i < 0 || i as usize >= n {
        return Err(exc::index_error("index out of bounds"));
    }
    Ok(i as usize)
}

/// The (start, count) of a step-1 slice of a view of `n` items; other steps are not
/// implemented in 2.7.
fn slice_range(k: Obj, n: usize) -> PyResult<(usize, usize)> {
    let (start, _, step, count) = slice::indices(k, n as i64)?;
    if step != 1 {
        return Err(exc::raise_args(rt().exc.NotImplementedError, &[]));
    }
    Ok((start.max(0) as usize, count.max(0) as usize))
}

fn getitem(o: Obj, k: Obj) -> PyResult<Obj> {
    let v = obj(o);
    if slice::is_slice(k) {
        let (start, count) = slice_range(k, v.len)?;
        let base = v.base.unwrap_or(rt().empty_str);
        return new_view(base, v.start + start, count);
    }
    if !ops::is_index(k) {
        return Err(bad_index(k));
    }
    let i = item_index(k, v.len)?;
    match view_bytes(o).get(i) {
        Some(&b) => pystr::new(&[b]),
        None => Err(exc::index_error("index out of bounds")),
    }
}

fn setitem(o: Obj, k: Obj, val: Option<Obj>) -> PyResult<()> {
    if readonly(o) {
        return Err(exc::type_error("cannot modify read-only memory"));
    }
    let Some(val) = val else {
        return Err(exc::type_error("cannot delete memory"));
    };
    let n = obj(o).len;
    let (start, count) = if slice::is_slice(k) {
        slice_range(k, n)?
    } else if ops::is_index(k) {
        (item_index(k, n)?, 1)
    } else {
        return Err(bad_index(k));
    };
    let Some(src) = buffer_of(val)? else {
        return Err(exc::type_error(&format!(
            "'{}' does not have the buffer interface",
            ops::type_name_of(val)
        )));
    };
    if src.len() != count {
        return Err(exc::value_error("cannot modify size of memoryview object"));
    }
    let v = obj(o);
    if let Some(base) = v.base {
        let d = bytearray::data(base);
        for (j, b) in src.into_iter().enumerate() {
            if let Some(slot) = d.get_mut(v.start + start + j) {
                *slot = b;
            }
        }
    }
    Ok(())
}

fn richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let eq = match op {
        CmpOp::Eq => true,
        CmpOp::Ne => false,
        _ => return Ok(rt().not_implemented),
    };
    let (Some(x), Some(y)) = (buffer_of(a)?, buffer_of(b)?) else {
        return Ok(rt().not_implemented);
    };
    Ok(ops::bool_obj((x == y) == eq))
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        richcmp: Some(richcmp),
        hash: Some(unhashable),
        new: Some(mv_new),
        ..Default::default()
    }
}

fn tobytes(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    pystr::new(view_bytes(o))
}

fn tolist(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let l = list::new(&[])?;
    let mut i = 0;
    while let Some(&b) = view_bytes(o).get(i) {
        list::append(l, int::new(b as i64)?)?;
        i += 1;
    }
    Ok(l)
}

fn one_long(n: usize) -> PyResult<Obj> {
    let x = long::new(num_bigint::BigInt::from(n))?;
    tuple::new(&[x])
}

fn get_format(_o: Obj) -> PyResult<Obj> {
    pystr::from_str("B")
}

fn get_itemsize(_o: Obj) -> PyResult<Obj> {
    int::new(1)
}

fn get_ndim(_o: Obj) -> PyResult<Obj> {
    int::new(1)
}

fn get_shape(o: Obj) -> PyResult<Obj> {
    one_long(obj(o).len)
}

fn get_strides(_o: Obj) -> PyResult<Obj> {
    one_long(1)
}

fn get_readonly(o: Obj) -> PyResult<Obj> {
    Ok(ops::bool_obj(readonly(o)))
}

fn get_suboffsets(_o: Obj) -> PyResult<Obj> {
    Ok(rt().none)
}

pub static METHODS: &[MethodDef] = &[
    m("tobytes", tobytes, Arity::None),
    m("tolist", tolist, Arity::None),
];

pub static GETSETS: &[GetSetDef] = &[
    gs("format", get_format, None),
    gs("itemsize", get_itemsize, None),
    gs("ndim", get_ndim, None),
    gs("readonly", get_readonly, None),
    gs("shape", get_shape, None),
    gs("strides", get_strides, None),
    gs("suboffsets", get_suboffsets, None),
];
