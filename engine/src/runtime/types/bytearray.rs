//! `bytearray`: a mutable sequence of bytes. Layout: header, then a `Vec<u8>` in the Rust heap
//! (freed by `BYTEARRAY_KIND`'s drop; it holds no references, so nothing to trace).
//!
//! Items are ints 0..=255; a byte value may also be given as a str of length 1 (CPython 2.7's
//! `_getbytevalue`). The str-like methods (`upper`, `split`, `find`, ...) run the `str` method of
//! the same name on a copy of the bytes, with bytearray arguments passed as str, and turn str
//! results (also inside lists and tuples) back into bytearrays. Not subclassable (the instance
//! tail of `class.rs` has no bytearray layout).
//!
//! Also the read-only `buffer(obj[, offset[, size]])` over a str, bytearray or buffer: the
//! iterator layout holds the object (`seq`), the offset (`index`) and the size (`extra`, None
//! for "to the end"); the bytes are re-read on each use, so a buffer follows a mutated bytearray.

use super::super::exc;
use super::super::object::{alloc_value, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::tuple_methods::seq_index;
use super::{
    dict, int, iter, list, parse_args, slice, str as pystr, tuple, unicode, Arity, MethodDef,
};
use crate::compile::ir::CmpOp;
use crate::gc;

#[repr(C)]
pub struct ByteArrayObj {
    pub head: Header,
    pub data: Vec<u8>,
}

unsafe fn drop_bytearray(p: *mut u8) {
    // SAFETY: a bytearray being swept; its Vec was written by `alloc_value` before the class
    // was set (a zero class means the value was never written).
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        std::ptr::drop_in_place(&mut (*(p as *mut ByteArrayObj)).data);
    }
}

pub static BYTEARRAY_KIND: gc::Kind = gc::Kind {
    name: "bytearray",
    trace: None,
    drop: Some(drop_bytearray),
};

pub fn new(bytes: &[u8]) -> PyResult<Obj> {
    let t = rt().types.bytearray;
    alloc_value(
        &BYTEARRAY_KIND,
        t,
        ByteArrayObj {
            head: Header { class: t },
            data: bytes.to_vec(),
        },
    )
}

#[inline]
pub fn is_bytearray(o: Obj) -> bool {
    o.class() == rt().types.bytearray
}

/// The bytes of a bytearray (the caller knows `o` is one).
#[inline]
pub fn data(o: Obj) -> &'static mut Vec<u8> {
    // SAFETY: `o` is a bytearray.
    unsafe { &mut o.cast::<ByteArrayObj>().data }
}

/// The bytes of a buffer-like object (str, bytearray or memoryview).
fn buffer_bytes(o: Obj) -> Option<Vec<u8>> {
    if pystr::is_str(o) {
        Some(pystr::bytes(o).to_vec())
    } else if is_bytearray(o) {
        Some(data(o).clone())
    } else if super::memoryview::is_memoryview(o) {
        Some(super::memoryview::view_bytes(o).to_vec())
    } else {
        None
    }
}

/// CPython's `_getbytevalue`: an int in 0..256 or a str of length 1.
fn byte_value(o: Obj) -> PyResult<u8> {
    if int::is_int(o) || super::long::is_long(o) || (ops::is_index(o) && !pystr::is_str(o)) {
        let v = ops::index_value(o).map_err(|e| {
            if exc::pending_is(rt().exc.IndexError) || exc::pending_is(rt().exc.OverflowError) {
                exc::clear_pending();
                exc::value_error("byte must be in range(0, 256)")
            } else {
                e
            }
        })?;
        if !(0..256).contains(&v) {
            return Err(exc::value_error("byte must be in range(0, 256)"));
        }
        return Ok(v as u8);
    }
    if pystr::is_str(o) && pystr::len(o) == 1 {
        return Ok(pystr::bytes(o)[0]);
    }
    Err(exc::type_error(
        "an integer or string of size 1 is required",
    ))
}

/// The bytes of an iterable of byte values.
fn bytes_of_iterable(o: Obj) -> PyResult<Vec<u8>> {
    let it = ops::iter(o)?;
    let mut out = Vec::new();
    while let Some(v) = ops::next(it)? {
        out.push(byte_value(v)?);
    }
    Ok(out)
}

fn repr(o: Obj) -> PyResult<Obj> {
    let d = data(o);
    let quote = if d.contains(&b'\'') && !d.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = b"bytearray(b".to_vec();
    out.push(quote);
    for &c in d.iter() {
        match c {
            b'\'' | b'\\' => {
                out.push(b'\\');
                out.push(c);
            }
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(c),
            _ => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
        }
    }
    out.push(quote);
    out.push(b')');
    pystr::new(&out)
}

fn str_(o: Obj) -> PyResult<Obj> {
    pystr::new(data(o))
}

fn len(o: Obj) -> PyResult<i64> {
    Ok(data(o).len() as i64)
}

fn getitem(o: Obj, k: Obj) -> PyResult<Obj> {
    if slice::is_slice(k) {
        let (start, _, step, n) = slice::indices(k, data(o).len() as i64)?;
        // `get`: the bounds' `__index__` code may have shrunk the bytearray.
        let d = data(o);
        let out: Vec<u8> = (0..n)
            .filter_map(|j| d.get((start + j * step) as usize).copied())
            .collect();
        return new(&out);
    }
    if !ops::is_index(k) {
        return Err(exc::type_error("bytearray indices must be integers"));
    }
    let i = seq_index(k, data(o).len(), "bytearray index out of range")?;
    match data(o).get(i) {
        Some(&b) => int::new(b as i64),
        None => Err(exc::index_error("bytearray index out of range")),
    }
}

/// The bytes a slice assignment stores (`b[i:j] = v`).
fn assigned_bytes(o: Obj, v: Obj) -> PyResult<Vec<u8>> {
    if let Some(b) = buffer_bytes(v) {
        return Ok(b);
    }
    if v == o {
        return Ok(data(o).clone());
    }
    if unicode::is_unicode(v) || ops::iter(v).is_err() {
        exc::clear_pending();
        return Err(exc::type_error(
            "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
        ));
    }
    bytes_of_iterable(v)
}

fn setitem(o: Obj, k: Obj, v: Option<Obj>) -> PyResult<()> {
    if slice::is_slice(k) {
        let n = data(o).len() as i64;
        let (start, stop, step, count) = slice::indices(k, n)?;
        let src = match v {
            Some(v) => Some(assigned_bytes(o, v)?),
            None => None,
        };
        let d = data(o);
        if step == 1 {
            // Clamp to the current length: `assigned_bytes` may have run code that resized it.
            let cur = d.len() as i64;
            let lo = start.clamp(0, cur) as usize;
            let hi = (stop.clamp(0, cur) as usize).max(lo);
            d.splice(lo..hi, src.unwrap_or_default());
            return Ok(());
        }
        let idx: Vec<usize> = (0..count).map(|j| (start + j * step) as usize).collect();
        match src {
            None => {
                let mut sorted = idx;
                sorted.sort_unstable();
                for (removed, i) in sorted.into_iter().enumerate() {
                    if i - removed < d.len() {
                        d.remove(i - removed);
                    }
                }
            }
            Some(src) => {
                if src.len() as i64 != count {
                    return Err(exc::value_error(&format!(
                        "attempt to assign bytes of size {} to extended slice of size {}",
                        src.len(),
                        count
                    )));
                }
                for (j, i) in idx.into_iter().enumerate() {
                    if let Some(slot) = d.get_mut(i) {
                        *slot = src[j];
                    }
                }
            }
        }
        return Ok(());
    }
    if !ops::is_index(k) {
        return Err(exc::type_error("bytearray indices must be integers"));
    }
    let i = seq_index(k, data(o).len(), "bytearray index out of range")?;
    let value = match v {
        Some(v) => Some(byte_value(v)?),
        None => None,
    };
    // Re-check: `__index__` code may have resized the bytearray.
    if i >= data(o).len() {
        return Err(exc::index_error("bytearray index out of range"));
    }
    match value {
        Some(b) => data(o)[i] = b,
        None => {
            data(o).remove(i);
        }
    }
    Ok(())
}

fn find_sub(hay: &[u8], needle: &[u8]) -> bool {
    needle.is_empty() || hay.windows(needle.len()).any(|w| w == needle)
}

fn contains(o: Obj, k: Obj) -> PyResult<bool> {
    if let Some(b) = buffer_bytes(k) {
        return Ok(find_sub(data(o), &b));
    }
    if ops::is_index(k) {
        let v = byte_value(k)?;
        return Ok(data(o).contains(&v));
    }
    Err(exc::type_error(&format!(
        "Type {} doesn't support the buffer API",
        ops::type_name_of(k)
    )))
}

fn concat(a: Obj, b: Obj) -> PyResult<Obj> {
    match (buffer_bytes(a), buffer_bytes(b)) {
        (Some(mut x), Some(y)) => {
            x.extend_from_slice(&y);
            new(&x)
        }
        _ => {
            let other = if is_bytearray(a) { b } else { a };
            Err(exc::type_error(&format!(
                "can't concat bytearray to {}",
                ops::type_name_of(other)
            )))
        }
    }
}

fn repeated(d: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 || d.is_empty() {
        return Ok(Vec::new());
    }
    let total = d
        .len()
        .checked_mul(n as usize)
        .filter(|x| *x < (1 << 40))
        .ok_or_else(exc::memory_error)?;
    let mut out = Vec::with_capacity(total);
    for _ in 0..n {
        out.extend_from_slice(d);
    }
    Ok(out)
}

fn repeat(o: Obj, n: i64) -> PyResult<Obj> {
    new(&repeated(data(o), n)?)
}

fn inplace_concat(a: Obj, b: Obj) -> PyResult<Obj> {
    match buffer_bytes(b) {
        Some(y) => {
            data(a).extend_from_slice(&y);
            Ok(a)
        }
        None => Err(exc::type_error(&format!(
            "can't concat {} to bytearray",
            ops::type_name_of(b)
        ))),
    }
}

fn inplace_repeat(o: Obj, n: i64) -> PyResult<Obj> {
    let r = repeated(data(o), n)?;
    *data(o) = r;
    Ok(o)
}

fn richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (buffer_bytes(a), buffer_bytes(b)) else {
        return Ok(rt().not_implemented);
    };
    let r = match op {
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
        _ => return Ok(rt().not_implemented),
    };
    Ok(ops::bool_obj(r))
}

fn unhashable(_o: Obj) -> PyResult<i64> {
    Err(exc::type_error("unhashable type: 'bytearray'"))
}

fn iter_(o: Obj) -> PyResult<Obj> {
    iter::new_seq_iter(o)
}

fn ba_new(t: Obj, _args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    alloc_value(
        &BYTEARRAY_KIND,
        t,
        ByteArrayObj {
            head: Header { class: t },
            data: Vec::new(),
        },
    )
}

/// `bytearray([source[, encoding[, errors]]])`.
fn ba_init(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    let a = parse_args("bytearray", args, kw, &["source", "encoding", "errors"], 0)?;
    let bytes = match a[0] {
        None => {
            if a[1].is_some() || a[2].is_some() {
                return Err(exc::type_error(
                    "encoding or errors without sequence argument",
                ));
            }
            Vec::new()
        }
        Some(src) if unicode::is_unicode(src) => {
            let Some(enc) = a[1] else {
                return Err(exc::type_error("unicode argument without an encoding"));
            };
            let mut margs = vec![enc];
            margs.extend(a[2]);
            let s = ops::call_method(src, "encode", &margs)?;
            match buffer_bytes(s) {
                Some(b) => b,
                None => return Err(exc::type_error("encoder did not return a string object")),
            }
        }
        Some(src) => {
            if a[1].is_some() {
                if pystr::is_str(src) {
                    // CPython decodes with the encoding and re-encodes; for str this keeps the
                    // bytes when they are valid in that encoding.
                    let u = ops::call_method(
                        src,
                        "decode",
                        &a[1..].iter().flatten().copied().collect::<Vec<_>>(),
                    )?;
                    let mut margs = vec![a[1].unwrap_or(rt().none)];
                    margs.extend(a[2]);
                    let s = ops::call_method(u, "encode", &margs)?;
                    buffer_bytes(s).unwrap_or_default()
                } else {
                    return Err(exc::type_error(
                        "encoding or errors without a string argument",
                    ));
                }
            } else if let Some(b) = buffer_bytes(src) {
                b
            } else if ops::is_index(src) {
                let n = ops::index_value(src)?;
                if n < 0 {
                    return Err(exc::value_error("negative count"));
                }
                if n >= 1 << 40 {
                    return Err(exc::memory_error());
                }
                vec![0u8; n as usize]
            } else {
                bytes_of_iterable(src)?
            }
        }
    };
    *data(o) = bytes;
    Ok(())
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        str: Some(str_),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        contains: Some(contains),
        concat: Some(concat),
        repeat: Some(repeat),
        inplace_concat: Some(inplace_concat),
        inplace_repeat: Some(inplace_repeat),
        richcmp: Some(richcmp),
        hash: Some(unhashable),
        iter: Some(iter_),
        new: Some(ba_new),
        init: Some(ba_init),
        ..Default::default()
    }
}

// --- mutating methods ---------------------------------------------------------------------------

fn append(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = byte_value(a[0])?;
    data(o).push(v);
    Ok(rt().none)
}

fn extend(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let b = match buffer_bytes(a[0]) {
        Some(b) => b,
        None => bytes_of_iterable(a[0])?,
    };
    data(o).extend_from_slice(&b);
    Ok(rt().none)
}

fn pop(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = data(o).len();
    if n == 0 {
        return Err(exc::index_error("pop from empty bytearray"));
    }
    let i = match a.first() {
        None => n - 1,
        Some(&k) => seq_index(k, n, "pop index out of range")?,
    };
    if i >= data(o).len() {
        return Err(exc::index_error("pop index out of range"));
    }
    int::new(data(o).remove(i) as i64)
}

fn insert(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mut i = ops::index_value_clamped(a[0])?;
    let v = byte_value(a[1])?;
    let n = data(o).len() as i64;
    if i < 0 {
        i = (i + n).max(0);
    }
    data(o).insert(i.min(n) as usize, v);
    Ok(rt().none)
}

fn remove(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = byte_value(a[0])?;
    match data(o).iter().position(|&c| c == v) {
        Some(i) => {
            data(o).remove(i);
            Ok(rt().none)
        }
        None => Err(exc::value_error("value not found in bytearray")),
    }
}

fn reverse(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    data(o).reverse();
    Ok(rt().none)
}

fn decode(o: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let s = pystr::new(data(o))?;
    let f = ops::getattr_str(s, "decode")?;
    super::super::call::call(f, a, k)
}

fn sizeof(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // CPython 2.7: sizeof(PyByteArrayObject) plus the allocation (length + 1 once non-empty).
    let n = data(o).len();
    int::new(48 + if n > 0 { n as i64 + 1 } else { 0 })
}

/// `__alloc__`: the bytes allocated (CPython keeps one past the length once non-empty).
fn alloc_m(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = data(o).len();
    int::new(if n > 0 { n as i64 + 1 } else { 0 })
}

fn fromhex(_t: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let text: Vec<u32> = if pystr::is_str(a[0]) {
        pystr::bytes(a[0]).iter().map(|&b| b as u32).collect()
    } else if unicode::is_unicode(a[0]) {
        unicode::code_points(a[0]).to_vec()
    } else {
        return Err(exc::type_error(&format!(
            "fromhex() argument 1 must be unicode, not {}",
            ops::type_name_of(a[0])
        )));
    };
    let mut out = Vec::new();
    let mut i = 0;
    let digit = |c: u32| char::from_u32(c).and_then(|c| c.to_digit(16));
    while i < text.len() {
        if text[i] == b' ' as u32 {
            i += 1;
            continue;
        }
        let bad = |pos: usize| {
            exc::value_error(&format!(
                "non-hexadecimal number found in fromhex() arg at position {pos}"
            ))
        };
        let hi = digit(text[i]).ok_or_else(|| bad(i))?;
        let lo = text
            .get(i + 1)
            .and_then(|&c| digit(c))
            .ok_or_else(|| bad(i))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    new(&out)
}

// --- str-like methods, run by `str` on a copy ------------------------------------------------------

/// Arguments with bytearrays replaced by equal strs (tuples of them too, for `startswith`).
fn as_str_arg(o: Obj) -> PyResult<Obj> {
    if is_bytearray(o) {
        return pystr::new(data(o));
    }
    if super::memoryview::is_memoryview(o) {
        return pystr::new(super::memoryview::view_bytes(o));
    }
    if tuple::is_tuple(o) && tuple::items(o).iter().any(|&x| is_bytearray(x)) {
        // Built in place: each converted item is fresh (GC rule).
        return tuple::from_fn(tuple::len(o), |i| as_str_arg(tuple::items(o)[i]));
    }
    Ok(o)
}

/// A str result as a bytearray; lists and tuples of strs item by item; others unchanged.
fn from_str_result(r: Obj) -> PyResult<Obj> {
    if r.class() == rt().types.str {
        return new(pystr::bytes(r));
    }
    if list::is_list(r) {
        let out = list::new(&[])?;
        for &x in list::items(r) {
            list::append(out, from_str_result(x)?)?;
        }
        // Keep `r` alive: the loop only holds a slice of its items.
        std::hint::black_box(r);
        return Ok(out);
    }
    if tuple::is_tuple(r) {
        // Built in place: each converted item is fresh (GC rule).
        let t = tuple::from_fn(tuple::len(r), |i| from_str_result(tuple::items(r)[i]));
        std::hint::black_box(r);
        return t;
    }
    Ok(r)
}

fn delegate(o: Obj, name: &str, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let s = pystr::new(data(o))?;
    let args = list::new(&[])?;
    for &x in a {
        list::append(args, as_str_arg(x)?)?;
    }
    let f = ops::getattr_str(s, name)?;
    let kw = match k {
        Some(k) if dict::len(k) > 0 => Some(k),
        _ => None,
    };
    let r = super::super::call::call(f, list::items(args), kw);
    std::hint::black_box(args);
    let r = r.map_err(|e| {
        if (name == "index" || name == "rindex") && exc::pending_is(rt().exc.ValueError) {
            exc::clear_pending();
            exc::value_error("subsection not found")
        } else {
            e
        }
    })?;
    from_str_result(r)
}

fn join(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let items = ops::iterate_to_list(a[0])?;
    let mut out = Vec::new();
    for (i, &x) in list::items(items).iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(data(o));
        }
        match buffer_bytes(x) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(exc::type_error(&format!(
                    "can only join an iterable of bytes (item {i} has type '{}')",
                    ops::type_name_of(x)
                )))
            }
        }
    }
    new(&out)
}

macro_rules! delegated {
    ($($f:ident),* $(,)?) => {
        $(fn $f(o: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
            delegate(o, stringify!($f), a, k)
        })*
    };
}
delegated!(
    capitalize, center, count, endswith, expandtabs, find, index, isalnum, isalpha, isdigit,
    islower, isspace, istitle, isupper, ljust, lower, lstrip, partition, replace, rfind, rindex,
    rjust, rpartition, rsplit, rstrip, split, splitlines, startswith, strip, swapcase, title,
    translate, upper, zfill,
);

pub static METHODS: &[MethodDef] = &[
    super::m("append", append, Arity::One),
    super::m("extend", extend, Arity::One),
    super::m("pop", pop, Arity::Range(0, 1)),
    super::m("insert", insert, Arity::Range(2, 2)),
    super::m("remove", remove, Arity::One),
    super::m("reverse", reverse, Arity::None),
    super::m("decode", decode, Arity::Any),
    super::m("join", join, Arity::One),
    super::m("__sizeof__", sizeof, Arity::None),
    super::m("__alloc__", alloc_m, Arity::None),
    super::cm("fromhex", fromhex, Arity::One),
    super::m("capitalize", capitalize, Arity::Any),
    super::m("center", center, Arity::Any),
    super::m("count", count, Arity::Any),
    super::m("endswith", endswith, Arity::Any),
    super::m("expandtabs", expandtabs, Arity::Any),
    super::m("find", find, Arity::Any),
    super::m("index", index, Arity::Any),
    super::m("isalnum", isalnum, Arity::Any),
    super::m("isalpha", isalpha, Arity::Any),
    super::m("isdigit", isdigit, Arity::Any),
    super::m("islower", islower, Arity::Any),
    super::m("isspace", isspace, Arity::Any),
    super::m("istitle", istitle, Arity::Any),
    super::m("isupper", isupper, Arity::Any),
    super::m("ljust", ljust, Arity::Any),
    super::m("lower", lower, Arity::Any),
    super::m("lstrip", lstrip, Arity::Any),
    super::m("partition", partition, Arity::Any),
    super::m("replace", replace, Arity::Any),
    super::m("rfind", rfind, Arity::Any),
    super::m("rindex", rindex, Arity::Any),
    super::m("rjust", rjust, Arity::Any),
    super::m("rpartition", rpartition, Arity::Any),
    super::m("rsplit", rsplit, Arity::Any),
    super::m("rstrip", rstrip, Arity::Any),
    super::m("split", split, Arity::Any),
    super::m("splitlines", splitlines, Arity::Any),
    super::m("startswith", startswith, Arity::Any),
    super::m("strip", strip, Arity::Any),
    super::m("swapcase", swapcase, Arity::Any),
    super::m("title", title, Arity::Any),
    super::m("translate", translate, Arity::Any),
    super::m("upper", upper, Arity::Any),
    super::m("zfill", zfill, Arity::Any),
];

// --- buffer -------------------------------------------------------------------------------------

/// The bytes a buffer shows now.
fn buffer_view(b: Obj) -> Vec<u8> {
    let it = iter::obj(b);
    let src = match it.seq.and_then(buffer_source_bytes) {
        Some(v) => v,
        None => return Vec::new(),
    };
    let start = (it.index.max(0) as usize).min(src.len());
    let end = match it.extra {
        Some(n) => start
            .saturating_add(int::value(n).max(0) as usize)
            .min(src.len()),
        None => src.len(),
    };
    src[start..end].to_vec()
}

fn is_buffer(o: Obj) -> bool {
    o.class() == rt().types.buffer
}

fn buffer_source_bytes(o: Obj) -> Option<Vec<u8>> {
    if is_buffer(o) {
        return Some(buffer_view(o));
    }
    if super::memoryview::is_memoryview(o) {
        // No old-style buffer interface in 2.7.
        return None;
    }
    buffer_bytes(o)
}

fn buffer_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    if kw.is_some_and(|k| dict::len(k) > 0) {
        return Err(exc::type_error("buffer() does not take keyword arguments"));
    }
    super::check_arity("buffer", Arity::Range(1, 3), args.len(), None)?;
    let src = args[0];
    if buffer_source_bytes(src).is_none() {
        return Err(exc::type_error("buffer object expected"));
    }
    let offset = match args.get(1) {
        Some(&o) => ops::index_value(o)?,
        None => 0,
    };
    if offset < 0 {
        return Err(exc::value_error("offset must be zero or positive"));
    }
    let size = match args.get(2) {
        Some(&o) => ops::index_value(o)?,
        None => -1,
    };
    if size < -1 {
        return Err(exc::value_error("size must be zero or positive"));
    }
    let extra = if size == -1 {
        None
    } else {
        Some(int::new(size)?)
    };
    iter::new_iter(t, src, offset, extra)
}

fn buffer_len(b: Obj) -> PyResult<i64> {
    Ok(buffer_view(b).len() as i64)
}

fn buffer_str(b: Obj) -> PyResult<Obj> {
    pystr::new(&buffer_view(b))
}

fn buffer_repr(b: Obj) -> PyResult<Obj> {
    let it = iter::obj(b);
    let size = it.extra.map(int::value).unwrap_or(-1);
    let src = it.seq.map(|s| s.addr()).unwrap_or(0);
    pystr::from_str(&format!(
        "<read-only buffer for {src:#x}, size {size}, offset {} at {:#x}>",
        it.index,
        b.addr()
    ))
}

fn buffer_getitem(b: Obj, k: Obj) -> PyResult<Obj> {
    let v = buffer_view(b);
    if slice::is_slice(k) {
        let (start, _, step, n) = slice::indices(k, v.len() as i64)?;
        let out: Vec<u8> = (0..n).map(|j| v[(start + j * step) as usize]).collect();
        return pystr::new(&out);
    }
    if !ops::is_index(k) {
        return Err(exc::type_error("buffer indices must be integers"));
    }
    let i = seq_index(k, v.len(), "buffer index out of range")?;
    Ok(rt().chars[v[i] as usize])
}

fn buffer_setitem(_b: Obj, _k: Obj, _v: Option<Obj>) -> PyResult<()> {
    Err(exc::type_error("buffer is read-only"))
}

fn buffer_concat(a: Obj, b: Obj) -> PyResult<Obj> {
    let mut x = buffer_view(a);
    match buffer_source_bytes(b) {
        Some(y) => {
            x.extend_from_slice(&y);
            pystr::new(&x)
        }
        None => Err(exc::type_error(&format!(
            "cannot concatenate 'buffer' and '{}' objects",
            ops::type_name_of(b)
        ))),
    }
}

fn buffer_repeat(b: Obj, n: i64) -> PyResult<Obj> {
    pystr::new(&repeated(&buffer_view(b), n)?)
}

fn buffer_hash(b: Obj) -> PyResult<i64> {
    let s = pystr::new(&buffer_view(b))?;
    Ok(pystr::hash(s))
}

/// `cmp` of two buffers: their bytes (other pairs use the default ordering).
fn buffer_compare(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_buffer(a) || !is_buffer(b) {
        return Ok(rt().not_implemented);
    }
    let (x, y) = (buffer_view(a), buffer_view(b));
    int::new(match x.cmp(&y) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    })
}

pub fn buffer_slots() -> Slots {
    Slots {
        repr: Some(buffer_repr),
        str: Some(buffer_str),
        len: Some(buffer_len),
        getitem: Some(buffer_getitem),
        setitem: Some(buffer_setitem),
        concat: Some(buffer_concat),
        repeat: Some(buffer_repeat),
        hash: Some(buffer_hash),
        compare: Some(buffer_compare),
        new: Some(buffer_new),
        ..Default::default()
    }
}
