//! The `array` module: `array.array(typecode[, initializer])` (also `array.ArrayType`), CPython
//! 2.7's compact sequences of one machine type: `c` (char), `b`/`B` (signed/unsigned char),
//! `u` (a UCS-4 code point), `h`/`H` (short), `i`/`I` (int), `l`/`L` (long, 8 bytes on
//! x86-64), `f` (4-byte float) and `d` (double).
//!
//! In: the constructor's typecode and initializer (list, tuple, str, unicode for `u`, or any
//! iterable), then method calls and sequence operations. Out: `array` objects whose items are
//! stored as raw native-endian bytes, so `tostring`, `byteswap`, `buffer_info`, `tofile` and
//! `fromstring` see exactly CPython's bytes on x86-64.
//!
//! Layout: header, the typecode byte, the item bytes in a `Vec<u8>` in the Rust heap (freed by
//! `ARRAY_KIND`'s drop, counted toward the collection trigger with `gc::add_external`), and the
//! item count CPython would have allocated (for `__sizeof__`). The storage holds no references,
//! so the kind has no `trace` (the class is a builtin type, a root of the runtime).
//!
//! Invariants: `data.len()` is a multiple of the item size. Every growth is fallible
//! (`try_reserve`): an impossible size raises MemoryError, never aborts. Code that can run
//! Python (item conversion, `__eq__`, `__int__`, file reads) never holds a borrow of the bytes
//! across the call: the bytes are re-read afterwards, and indices re-checked against the
//! current length. Not subclassable (the instance tail of `class.rs` has no array layout).
//!
//! Messages follow CPython 2.7.18's `arraymodule.c` and the `getargs.c` formats its item
//! setters use (`h` → "signed short integer is greater than maximum", ...).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::super::exc;
use super::super::object::{alloc_value, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{slots_of, tobj, Slots, UnOpSlot};
use super::super::types::{
    dict, file, float, int, iter, list, long, number, slice, str as pystr, tuple, unicode, Arity,
    GetSetDef, MethodDef,
};
use crate::compile::ir::CmpOp;
use crate::gc;

#[repr(C)]
pub struct ArrayObj {
    pub head: Header,
    code: u8,
    data: Vec<u8>,
    /// Items CPython's allocation would hold (`ob_alloc`), for `__sizeof__`.
    allocated: usize,
}

unsafe fn drop_array(p: *mut u8) {
    // SAFETY: an array being swept; its fields were written by `alloc_value` together with the
    // class (a zero class word means the value was never written).
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        std::ptr::drop_in_place(&mut (*(p as *mut ArrayObj)).data);
    }
}

/// Arrays hold only bytes: nothing to trace.
pub static ARRAY_KIND: gc::Kind = gc::Kind {
    name: "array",
    trace: None,
    drop: Some(drop_array),
};

const BAD_TYPECODE: &str = "bad typecode (must be c, b, B, u, h, H, i, I, l, L, f or d)";

/// The item size of a typecode, None for an unknown one.
fn item_size(code: u8) -> Option<usize> {
    Some(match code {
        b'c' | b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        b'l' | b'L' | b'd' => 8,
        _ => return None,
    })
}

#[inline]
pub fn is_array(o: Obj) -> bool {
    o.class() == rt().types.array
}

fn obj(o: Obj) -> &'static mut ArrayObj {
    // SAFETY: callers checked `is_array(o)` (methods and slots are only reached through the
    // array type, which cannot be subclassed).
    unsafe { o.cast::<ArrayObj>() }
}

fn code(o: Obj) -> u8 {
    obj(o).code
}

fn isz(o: Obj) -> usize {
    item_size(code(o)).unwrap_or(1)
}

fn data(o: Obj) -> &'static mut Vec<u8> {
    &mut obj(o).data
}

fn count_of(o: Obj) -> usize {
    data(o).len() / isz(o)
}

/// A new array of typecode `code` holding `bytes` (a whole number of items).
fn new_array(code: u8, bytes: Vec<u8>) -> PyResult<Obj> {
    let t = rt().types.array;
    let n = bytes.len() / item_size(code).unwrap_or(1);
    gc::add_external(bytes.capacity());
    alloc_value(
        &ARRAY_KIND,
        t,
        ArrayObj {
            head: Header { class: t },
            code,
            data: bytes,
            allocated: n,
        },
    )
}

/// A Vec with room for `n` bytes, or MemoryError.
fn byte_vec(n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| exc::memory_error())?;
    Ok(v)
}

/// Appends `more` to the array's bytes (MemoryError when impossible). `exact`: CPython
/// resizes to the exact size (extend, fromstring...) rather than over-allocating (append).
fn push_bytes(o: Obj, more: &[u8], exact: bool) -> PyResult<()> {
    let d = data(o);
    let before = d.capacity();
    d.try_reserve(more.len()).map_err(|_| exc::memory_error())?;
    d.extend_from_slice(more);
    if d.capacity() > before {
        gc::add_external(d.capacity() - before);
    }
    let n = count_of(o);
    let a = obj(o);
    if exact || a.allocated < n {
        a.allocated = if exact {
            n
        } else {
            // CPython's array_resize over-allocation for one more item.
            let old = n - 1;
            (n >> 4) + if old < 8 { 3 } else { 7 } + n
        };
    }
    Ok(())
}

/// After a removal: CPython shrinks the allocation to the new size.
fn shrunk(o: Obj) {
    obj(o).allocated = count_of(o);
}

// --- item conversion ----------------------------------------------------------------------------

/// One item's bytes (the first `item_size` of the 8).
type Item = [u8; 8];

fn item_of<const N: usize>(b: [u8; N]) -> Item {
    let mut out = [0u8; 8];
    out[..N].copy_from_slice(&b);
    out
}

/// `PyInt_AsLong` as `getargs.c`'s integer formats use it: floats refused first, then int,
/// long or `__int__`.
fn c_long(v: Obj) -> PyResult<i64> {
    if float::is_float(v) {
        return Err(exc::type_error("integer argument expected, got float"));
    }
    let w = if int::is_int(v) || long::is_long(v) {
        v
    } else if slots_of(v).unary[UnOpSlot::Int as usize].is_some() {
        let w = ops::unary_slot(v, UnOpSlot::Int)?;
        if !(int::is_int(w) || long::is_long(w)) {
            return Err(exc::type_error("nb_int should return int object"));
        }
        w
    } else {
        return Err(exc::type_error("an integer is required"));
    };
    if int::is_int(w) {
        return Ok(int::value(w));
    }
    long::value(w)
        .to_i64()
        .ok_or_else(|| exc::overflow_error("Python int too large to convert to C long"))
}

/// `v` within `lo..=hi`, else OverflowError "`what` is less than minimum" / "greater than
/// maximum".
fn in_range(v: i64, lo: i64, hi: i64, what: &str) -> PyResult<i64> {
    if v < lo {
        Err(exc::overflow_error(&format!("{what} is less than minimum")))
    } else if v > hi {
        Err(exc::overflow_error(&format!(
            "{what} is greater than maximum"
        )))
    } else {
        Ok(v)
    }
}

/// `I` and `L`: a long goes through `PyLong_AsUnsignedLong`, anything else through a C long
/// that must not be negative.
fn c_unsigned_long(v: Obj, what: &str) -> PyResult<u64> {
    if long::is_long(v) {
        let b = long::value(v);
        if b.is_negative() {
            return Err(exc::overflow_error(
                "can't convert negative value to unsigned long",
            ));
        }
        return b
            .to_u64()
            .ok_or_else(|| exc::overflow_error("long int too large to convert"));
    }
    let y = c_long(v)?;
    if y < 0 {
        return Err(exc::overflow_error(&format!("{what} is less than minimum")));
    }
    Ok(y as u64)
}

const SHORT: &str = "signed short integer";
const INT: &str = "signed integer";

/// The bytes storing `v` as an item of typecode `code`; CPython's errors when it does not fit.
fn to_item(code: u8, v: Obj) -> PyResult<Item> {
    Ok(match code {
        b'c' => {
            if pystr::is_str(v) && pystr::len(v) == 1 {
                item_of([pystr::bytes(v)[0]])
            } else {
                return Err(exc::type_error("array item must be char"));
            }
        }
        b'u' => {
            if unicode::is_unicode(v) && unicode::code_points(v).len() == 1 {
                item_of(unicode::code_points(v)[0].to_ne_bytes())
            } else {
                return Err(exc::type_error("array item must be unicode character"));
            }
        }
        b'b' => {
            let x = in_range(c_long(v)?, i16::MIN as i64, i16::MAX as i64, SHORT)?;
            let x = in_range(x, -128, 127, "signed char")?;
            item_of((x as i8).to_ne_bytes())
        }
        b'B' => {
            let x = in_range(c_long(v)?, 0, 255, "unsigned byte integer")?;
            item_of([x as u8])
        }
        b'h' => {
            let x = in_range(c_long(v)?, i16::MIN as i64, i16::MAX as i64, SHORT)?;
            item_of((x as i16).to_ne_bytes())
        }
        b'H' => {
            let x = in_range(c_long(v)?, i32::MIN as i64, i32::MAX as i64, INT)?;
            let x = in_range(x, 0, u16::MAX as i64, "unsigned short")?;
            item_of((x as u16).to_ne_bytes())
        }
        b'i' => {
            let x = in_range(c_long(v)?, i32::MIN as i64, i32::MAX as i64, INT)?;
            item_of((x as i32).to_ne_bytes())
        }
        b'I' => {
            let x = c_unsigned_long(v, "unsigned int")?;
            if x > u32::MAX as u64 {
                return Err(exc::overflow_error("unsigned int is greater than maximum"));
            }
            item_of((x as u32).to_ne_bytes())
        }
        b'l' => item_of(c_long(v)?.to_ne_bytes()),
        b'L' => item_of(c_unsigned_long(v, "unsigned long")?.to_ne_bytes()),
        b'f' => item_of((number::as_double(v)? as f32).to_ne_bytes()),
        _ => item_of(number::as_double(v)?.to_ne_bytes()),
    })
}

/// The object for the item stored in `b` (one item's bytes) under typecode `code`.
fn from_item(code: u8, b: &[u8]) -> PyResult<Obj> {
    fn arr<const N: usize>(b: &[u8]) -> [u8; N] {
        let mut out = [0u8; N];
        out.copy_from_slice(&b[..N]);
        out
    }
    match code {
        b'c' => pystr::new(&b[..1]),
        b'b' => int::new(b[0] as i8 as i64),
        b'B' => int::new(b[0] as i64),
        b'u' => unicode::new(&[u32::from_ne_bytes(arr(b))]),
        b'h' => int::new(i16::from_ne_bytes(arr(b)) as i64),
        b'H' => int::new(u16::from_ne_bytes(arr(b)) as i64),
        b'i' => int::new(i32::from_ne_bytes(arr(b)) as i64),
        // CPython 2.7 returns a long for the unsigned int and unsigned long typecodes.
        b'I' => long::new(BigInt::from(u32::from_ne_bytes(arr(b)))),
        b'l' => int::new(i64::from_ne_bytes(arr(b))),
        b'L' => long::new(BigInt::from(u64::from_ne_bytes(arr(b)))),
        b'f' => float::new(f32::from_ne_bytes(arr(b)) as f64),
        _ => float::new(f64::from_ne_bytes(arr(b))),
    }
}

/// Item `i` of `o` as an object; None past the end (the array may have shrunk).
fn get(o: Obj, i: usize) -> PyResult<Option<Obj>> {
    let sz = isz(o);
    match data(o).get(i * sz..(i + 1) * sz) {
        Some(b) => {
            // Copied out: `from_item` allocates, and the bytes must not be borrowed meanwhile.
            let mut tmp = [0u8; 8];
            tmp[..sz].copy_from_slice(b);
            Ok(Some(from_item(code(o), &tmp[..sz])?))
        }
        None => Ok(None),
    }
}

/// Converts `v` and inserts it before item `i` (clamped as `list.insert` does): CPython's `ins1`.
fn ins1(o: Obj, i: i64, v: Obj) -> PyResult<()> {
    let item = to_item(code(o), v)?;
    let sz = isz(o);
    let n = count_of(o) as i64;
    let mut i = i;
    if i < 0 {
        i = (i + n).max(0);
    }
    let i = i.min(n) as usize;
    push_bytes(o, &item[..sz], false)?;
    let d = data(o);
    d[i * sz..].rotate_right(sz);
    Ok(())
}

/// Appends every item of an iterable (CPython's `array_iter_extend`: items converted so far
/// stay when a later one fails).
fn extend_iter(o: Obj, src: Obj) -> PyResult<()> {
    let it = ops::iter(src)?;
    while let Some(v) = ops::next(it)? {
        ins1(o, i64::MAX, v)?;
    }
    Ok(())
}

/// The items of a list as bytes (all converted before the array changes).
fn list_bytes(code: u8, l: Obj) -> PyResult<Vec<u8>> {
    let sz = item_size(code).unwrap_or(1);
    let mut out = byte_vec(list::items(l).len().saturating_mul(sz))?;
    let mut i = 0;
    // Re-read each item: converting one may run code that changes the list.
    while let Some(&v) = list::items(l).get(i) {
        let item = to_item(code, v)?;
        out.extend_from_slice(&item[..sz]);
        i += 1;
    }
    Ok(out)
}

// --- construction -------------------------------------------------------------------------------

fn array_new(_t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    if kw.is_some_and(|k| dict::len(k) > 0) {
        return Err(exc::type_error(
            "array.array() does not take keyword arguments",
        ));
    }
    match args.len() {
        0 => {
            return Err(exc::type_error(
                "array() takes at least 1 argument (0 given)",
            ))
        }
        1 | 2 => {}
        n => {
            return Err(exc::type_error(&format!(
                "array() takes at most 2 arguments ({n} given)"
            )))
        }
    }
    let tc = args[0];
    let c = if pystr::is_str(tc) && pystr::len(tc) == 1 {
        Some(pystr::bytes(tc)[0])
    } else if unicode::is_unicode(tc)
        && unicode::code_points(tc).len() == 1
        && unicode::code_points(tc)[0] < 128
    {
        Some(unicode::code_points(tc)[0] as u8)
    } else {
        None
    };
    let Some(c) = c else {
        return Err(exc::type_error(&format!(
            "array() argument 1 or typecode must be char (string or ascii-unicode with length 1), not {}",
            ops::type_name_of(tc)
        )));
    };
    let Some(sz) = item_size(c) else {
        return Err(exc::value_error(BAD_TYPECODE));
    };
    let a = new_array(c, Vec::new())?;
    let Some(init) = args.get(1).copied() else {
        return Ok(a);
    };
    if list::is_list(init) {
        let b = list_bytes(c, init)?;
        push_bytes(a, &b, true)?;
    } else if tuple::is_tuple(init) {
        let mut b = byte_vec(tuple::len(init).saturating_mul(sz))?;
        for &v in tuple::items(init) {
            b.extend_from_slice(&to_item(c, v)?[..sz]);
        }
        push_bytes(a, &b, true)?;
    } else if pystr::is_str(init) {
        from_bytes(a, pystr::bytes(init))?;
    } else if c == b'u' && unicode::is_unicode(init) {
        let b: Vec<u8> = unicode::code_points(init)
            .iter()
            .flat_map(|cp| cp.to_ne_bytes())
            .collect();
        push_bytes(a, &b, true)?;
    } else {
        extend_iter(a, init)?;
    }
    Ok(a)
}

/// `fromstring`'s core: appends raw bytes; ValueError unless a whole number of items.
fn from_bytes(o: Obj, b: &[u8]) -> PyResult<()> {
    if b.len() % isz(o) != 0 {
        return Err(exc::value_error(
            "string length not a multiple of item size",
        ));
    }
    if b.is_empty() {
        return Ok(());
    }
    // A copy: `b` may be this array's own bytes.
    let mut tmp = byte_vec(b.len())?;
    tmp.extend_from_slice(b);
    push_bytes(o, &tmp, true)
}

// --- slots --------------------------------------------------------------------------------------

fn typecode_str(o: Obj) -> PyResult<Obj> {
    pystr::new(&[code(o)])
}

fn repr(o: Obj) -> PyResult<Obj> {
    let c = code(o) as char;
    if data(o).is_empty() {
        return pystr::from_str(&format!("array('{c}')"));
    }
    let v = match code(o) {
        b'c' => pystr::new(data(o))?,
        b'u' => tounicode_obj(o)?,
        _ => tolist_obj(o)?,
    };
    let inner = ops::repr_text(v)?;
    pystr::from_str(&format!("array('{c}', {inner})"))
}

fn len(o: Obj) -> PyResult<i64> {
    Ok(count_of(o) as i64)
}

/// A new array of `o`'s typecode with the items at `start + j*step` for `j < n`.
fn slice_of(o: Obj, start: i64, step: i64, n: i64) -> PyResult<Obj> {
    let sz = isz(o);
    let d = data(o);
    let mut out = byte_vec((n.max(0) as usize).saturating_mul(sz))?;
    if step == 1 {
        let lo = (start.max(0) as usize * sz).min(d.len());
        let hi = ((start + n).max(0) as usize * sz).min(d.len()).max(lo);
        out.extend_from_slice(&d[lo..hi]);
    } else {
        for j in 0..n {
            let i = (start + j * step) as usize;
            if let Some(b) = d.get(i * sz..(i + 1) * sz) {
                out.extend_from_slice(b);
            }
        }
    }
    new_array(code(o), out)
}

fn getitem(o: Obj, k: Obj) -> PyResult<Obj> {
    if slice::is_slice(k) {
        let (start, _stop, step, n) = slice::indices(k, count_of(o) as i64)?;
        return slice_of(o, start, step, n);
    }
    if !ops::is_index(k) {
        return Err(exc::type_error("array indices must be integers"));
    }
    let n = count_of(o) as i64;
    let mut i = ops::index_value(k)?;
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(exc::index_error("array index out of range"));
    }
    get(o, i as usize)?.ok_or_else(|| exc::index_error("array index out of range"))
}

/// Removes the items at the (distinct) indices `idx`.
fn delete_items(o: Obj, idx: &mut [usize]) {
    let sz = isz(o);
    idx.sort_unstable();
    let d = data(o);
    let mut keep = Vec::with_capacity(d.len());
    let mut next = idx.iter().peekable();
    for (i, chunk) in d.chunks(sz).enumerate() {
        if next.peek() == Some(&&i) {
            next.next();
            continue;
        }
        keep.extend_from_slice(chunk);
    }
    *d = keep;
    shrunk(o);
}

fn setitem(o: Obj, k: Obj, v: Option<Obj>) -> PyResult<()> {
    if slice::is_slice(k) {
        let (start, stop, step, count) = slice::indices(k, count_of(o) as i64)?;
        let src = match v {
            None => None,
            Some(v) if is_array(v) => {
                if code(v) != code(o) {
                    return Err(exc::type_error("bad argument type for built-in operation"));
                }
                Some(data(v).clone())
            }
            Some(v) => {
                return Err(exc::type_error(&format!(
                    "can only assign array (not \"{}\") to array slice",
                    ops::type_name_of(v)
                )))
            }
        };
        let sz = isz(o);
        let n = count_of(o) as i64;
        if step == 1 {
            let lo = start.clamp(0, n) as usize;
            let hi = (stop.clamp(0, n) as usize).max(lo);
            let src = src.unwrap_or_default();
            let d = data(o);
            d.try_reserve(src.len()).map_err(|_| exc::memory_error())?;
            d.splice(lo * sz..hi * sz, src);
            shrunk(o);
            return Ok(());
        }
        let mut idx: Vec<usize> = (0..count).map(|j| (start + j * step) as usize).collect();
        match src {
            None => delete_items(o, &mut idx),
            Some(src) => {
                let needed = src.len() / sz;
                if needed as i64 != count {
                    return Err(exc::value_error(&format!(
                        "attempt to assign array of size {needed} to extended slice of size {count}"
                    )));
                }
                let d = data(o);
                for (j, i) in idx.into_iter().enumerate() {
                    if let Some(dst) = d.get_mut(i * sz..(i + 1) * sz) {
                        dst.copy_from_slice(&src[j * sz..(j + 1) * sz]);
                    }
                }
            }
        }
        return Ok(());
    }
    if !ops::is_index(k) {
        return Err(exc::type_error("array indices must be integer"));
    }
    let n = count_of(o) as i64;
    let mut i = ops::index_value(k)?;
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(exc::index_error("array assignment index out of range"));
    }
    let i = i as usize;
    let sz = isz(o);
    match v {
        Some(v) => {
            let item = to_item(code(o), v)?;
            // Converting may have run code that shrank the array.
            if let Some(dst) = data(o).get_mut(i * sz..(i + 1) * sz) {
                dst.copy_from_slice(&item[..sz]);
            }
        }
        None => {
            data(o).drain(i * sz..(i + 1) * sz);
            shrunk(o);
        }
    }
    Ok(())
}

/// `a[lo:hi]` with plain bounds (`__getslice__`, CPython's `array_slice`): clamped to the array.
fn getslice(o: Obj, lo: i64, hi: i64) -> PyResult<Obj> {
    let n = count_of(o) as i64;
    let lo = lo.clamp(0, n);
    let hi = hi.clamp(lo, n);
    slice_of(o, lo, 1, hi - lo)
}

/// `a[lo:hi] = v` / `del a[lo:hi]` with plain bounds (`__setslice__`, `__delslice__`).
fn setslice(o: Obj, lo: i64, hi: i64, v: Option<Obj>) -> PyResult<()> {
    let n = count_of(o) as i64;
    let lo = lo.clamp(0, n);
    let hi = hi.clamp(lo, n);
    let s = slice::new(Some(int::new(lo)?), Some(int::new(hi)?), None)?;
    setitem(o, s, v)
}

/// Index of the first item equal to `x`, comparing with `==` as CPython does.
fn find(o: Obj, x: Obj) -> PyResult<Option<usize>> {
    let mut i = 0;
    while let Some(v) = get(o, i)? {
        if ops::eq_bool(v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn contains(o: Obj, x: Obj) -> PyResult<bool> {
    Ok(find(o, x)?.is_some())
}

fn concat(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_array(b) {
        return Err(exc::type_error(&format!(
            "can only append array (not \"{}\") to array",
            ops::type_name_of(b)
        )));
    }
    if code(a) != code(b) {
        return Err(exc::type_error("bad argument type for built-in operation"));
    }
    let mut out = byte_vec(data(a).len().saturating_add(data(b).len()))?;
    out.extend_from_slice(data(a));
    out.extend_from_slice(data(b));
    new_array(code(a), out)
}

/// The bytes of `d` repeated `n` times (none for n ≤ 0); MemoryError when too big.
fn repeated(d: &[u8], n: i64) -> PyResult<Vec<u8>> {
    if n <= 0 || d.is_empty() {
        return Ok(Vec::new());
    }
    let total = d
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t <= isize::MAX as usize)
        .ok_or_else(exc::memory_error)?;
    let mut out = byte_vec(total)?;
    for _ in 0..n {
        out.extend_from_slice(d);
    }
    Ok(out)
}

fn repeat(o: Obj, n: i64) -> PyResult<Obj> {
    let b = repeated(data(o), n)?;
    new_array(code(o), b)
}

fn inplace_concat(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_array(b) {
        return Err(exc::type_error(&format!(
            "can only extend array with array (not \"{}\")",
            ops::type_name_of(b)
        )));
    }
    extend_array(a, b)?;
    Ok(a)
}

/// `a.extend(b)` for an array `b` of the same typecode (`b` may be `a`).
fn extend_array(a: Obj, b: Obj) -> PyResult<()> {
    if code(a) != code(b) {
        return Err(exc::type_error("can only extend with array of same kind"));
    }
    let tmp = data(b).clone();
    push_bytes(a, &tmp, true)
}

fn inplace_repeat(o: Obj, n: i64) -> PyResult<Obj> {
    let b = repeated(data(o), n)?;
    gc::add_external(b.capacity());
    *data(o) = b;
    shrunk(o);
    Ok(o)
}

/// CPython's `array_richcompare`: arrays of any typecodes compare item by item.
fn richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    if !is_array(a) || !is_array(b) {
        return Ok(rt().not_implemented);
    }
    let (na, nb) = (count_of(a), count_of(b));
    if na != nb && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(ops::bool_obj(op == CmpOp::Ne));
    }
    // The first index where the items differ.
    let mut i = 0;
    loop {
        let (Some(x), Some(y)) = (get(a, i)?, get(b, i)?) else {
            break;
        };
        if !ops::eq_bool(x, y)? {
            return match op {
                CmpOp::Eq => Ok(rt().false_),
                CmpOp::Ne => Ok(rt().true_),
                _ => ops::compare(x, y, op),
            };
        }
        i += 1;
    }
    let (na, nb) = (count_of(a), count_of(b));
    let r = match op {
        CmpOp::Eq => na == nb,
        CmpOp::Ne => na != nb,
        CmpOp::Lt => na < nb,
        CmpOp::Le => na <= nb,
        CmpOp::Gt => na > nb,
        CmpOp::Ge => na >= nb,
        _ => return Ok(rt().not_implemented),
    };
    Ok(ops::bool_obj(r))
}

fn unhashable(_o: Obj) -> PyResult<i64> {
    Err(exc::type_error("unhashable type: 'array.array'"))
}

fn iter_(o: Obj) -> PyResult<Obj> {
    iter::new_seq_iter(o)
}

pub fn slots() -> Slots {
    Slots {
        repr: Some(repr),
        len: Some(len),
        getitem: Some(getitem),
        setitem: Some(setitem),
        getslice: Some(getslice),
        setslice: Some(setslice),
        contains: Some(contains),
        concat: Some(concat),
        repeat: Some(repeat),
        inplace_concat: Some(inplace_concat),
        inplace_repeat: Some(inplace_repeat),
        richcmp: Some(richcmp),
        hash: Some(unhashable),
        iter: Some(iter_),
        new: Some(array_new),
        ..Default::default()
    }
}

// --- methods ------------------------------------------------------------------------------------

/// A `Py_ssize_t` argument (`n` format): TypeError "an integer is required" for non-integers.
fn ssize_arg(v: Obj) -> PyResult<i64> {
    if !ops::is_index(v) {
        return Err(exc::type_error("an integer is required"));
    }
    ops::index_value_clamped(v)
}

fn append(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    ins1(o, i64::MAX, a[0])?;
    Ok(rt().none)
}

fn insert(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let i = ssize_arg(a[0])?;
    ins1(o, i, a[1])?;
    Ok(rt().none)
}

fn extend(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if is_array(a[0]) {
        extend_array(o, a[0])?;
    } else {
        extend_iter(o, a[0])?;
    }
    Ok(rt().none)
}

fn pop(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mut i = match a.first() {
        Some(&v) => ssize_arg(v)?,
        None => -1,
    };
    let n = count_of(o) as i64;
    if n == 0 {
        return Err(exc::index_error("pop from empty array"));
    }
    if i < 0 {
        i += n;
    }
    if i < 0 || i >= n {
        return Err(exc::index_error("pop index out of range"));
    }
    let v = get(o, i as usize)?.ok_or_else(|| exc::index_error("pop index out of range"))?;
    let sz = isz(o);
    let i = i as usize;
    data(o).drain(i * sz..(i + 1) * sz);
    shrunk(o);
    Ok(v)
}

fn remove(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match find(o, a[0])? {
        Some(i) => {
            let sz = isz(o);
            if (i + 1) * sz <= data(o).len() {
                data(o).drain(i * sz..(i + 1) * sz);
                shrunk(o);
            }
            Ok(rt().none)
        }
        None => Err(exc::value_error("array.remove(x): x not in list")),
    }
}

fn index(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match find(o, a[0])? {
        Some(i) => int::new(i as i64),
        None => Err(exc::value_error("array.index(x): x not in list")),
    }
}

fn count(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mut n = 0;
    let mut i = 0;
    while let Some(v) = get(o, i)? {
        if ops::eq_bool(v, a[0])? {
            n += 1;
        }
        i += 1;
    }
    int::new(n)
}

fn reverse(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let sz = isz(o);
    let d = data(o);
    let n = d.len() / sz;
    for i in 0..n / 2 {
        let j = n - 1 - i;
        let (head, tail) = d.split_at_mut(j * sz);
        head[i * sz..(i + 1) * sz].swap_with_slice(&mut tail[..sz]);
    }
    Ok(rt().none)
}

fn byteswap(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let sz = isz(o);
    if sz > 1 {
        for chunk in data(o).chunks_mut(sz) {
            chunk.reverse();
        }
    }
    Ok(rt().none)
}

fn buffer_info(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let d = data(o);
    // CPython reports NULL for an array that never had storage.
    let addr = if d.capacity() == 0 {
        0
    } else {
        d.as_ptr() as i64
    };
    let n = count_of(o) as i64;
    let addr = int::new(addr)?;
    let n = int::new(n)?;
    tuple::new(&[addr, n])
}

fn tolist_obj(o: Obj) -> PyResult<Obj> {
    let out = list::new(&[])?;
    let mut i = 0;
    while let Some(v) = get(o, i)? {
        list::append(out, v)?;
        i += 1;
    }
    Ok(out)
}

fn tolist(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    tolist_obj(o)
}

fn fromlist(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if !list::is_list(a[0]) {
        return Err(exc::type_error("arg must be list"));
    }
    let b = list_bytes(code(o), a[0])?;
    push_bytes(o, &b, true)?;
    Ok(rt().none)
}

fn tostring(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    pystr::new(data(o))
}

/// The bytes `s#` accepts: a str, a unicode (default encoding), or a read-only buffer (an
/// array, a `buffer`; CPython refuses a bytearray here).
fn read_buffer(fname: &str, v: Obj) -> PyResult<Vec<u8>> {
    if pystr::is_str(v) {
        return Ok(pystr::bytes(v).to_vec());
    }
    if unicode::is_unicode(v) {
        let s = unicode::encode_default(v)?;
        return Ok(pystr::bytes(s).to_vec());
    }
    if is_array(v) {
        return Ok(data(v).clone());
    }
    if v.class() == rt().types.buffer {
        // `str(buffer)` is the bytes it shows.
        let s = ops::str(v)?;
        return Ok(pystr::bytes(s).to_vec());
    }
    Err(exc::type_error(&format!(
        "{fname}() argument 1 must be string or read-only buffer, not {}",
        ops::type_name_of(v)
    )))
}

fn fromstring(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let b = read_buffer("fromstring", a[0])?;
    from_bytes(o, &b)?;
    Ok(rt().none)
}

fn fromunicode(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let u = a[0];
    if !unicode::is_unicode(u) {
        return Err(exc::type_error(&format!(
            "fromunicode() argument 1 must be cannot convert raw buffers, not {}",
            ops::type_name_of(u)
        )));
    }
    if code(o) != b'u' {
        return Err(exc::value_error(
            "fromunicode() may only be called on type 'u' arrays",
        ));
    }
    let b: Vec<u8> = unicode::code_points(u)
        .iter()
        .flat_map(|cp| cp.to_ne_bytes())
        .collect();
    push_bytes(o, &b, true)?;
    Ok(rt().none)
}

fn tounicode_obj(o: Obj) -> PyResult<Obj> {
    let cps: Vec<u32> = data(o)
        .chunks_exact(4)
        .map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]]))
        .collect();
    unicode::new(&cps)
}

fn tounicode(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if code(o) != b'u' {
        return Err(exc::value_error(
            "tounicode() may only be called on type 'u' arrays",
        ));
    }
    tounicode_obj(o)
}

fn tofile(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if !file::is_file(a[0]) {
        return Err(exc::type_error("arg must be open file"));
    }
    let b = data(o).clone();
    file::write_bytes(a[0], &b)?;
    Ok(rt().none)
}

fn fromfile(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let f = a[0];
    let n = ssize_arg(a[1])?;
    if !file::is_file(f) {
        return Err(exc::type_error("arg1 must be open file"));
    }
    if n <= 0 {
        return Ok(rt().none);
    }
    let sz = isz(o);
    let nbytes = (n as usize)
        .checked_mul(sz)
        .filter(|b| *b <= isize::MAX as usize)
        .ok_or_else(exc::memory_error)?;
    let arg = int::new(nbytes as i64)?;
    let s = ops::call_method(f, "read", &[arg])?;
    let got = if pystr::is_str(s) {
        pystr::bytes(s)
    } else {
        &[]
    };
    let whole = got.len() / sz * sz;
    let mut tmp = byte_vec(whole)?;
    tmp.extend_from_slice(&got[..whole]);
    push_bytes(o, &tmp, true)?;
    if whole < nbytes {
        return Err(exc::eof_error("not enough items in file"));
    }
    Ok(rt().none)
}

fn copy(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let b = data(o).clone();
    new_array(code(o), b)
}

fn reduce(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let tc = typecode_str(o)?;
    let items = tolist_obj(o)?;
    let args = tuple::new(&[tc, items])?;
    tuple::new(&[rt().types.array, args, rt().none])
}

fn sizeof(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    // CPython 2.7 on x86-64: sizeof(arrayobject) is 56, plus the allocated items.
    long::new(BigInt::from(56 + obj(o).allocated * isz(o)))
}

fn get_typecode(o: Obj) -> PyResult<Obj> {
    typecode_str(o)
}

fn get_itemsize(o: Obj) -> PyResult<Obj> {
    int::new(isz(o) as i64)
}

pub static METHODS: &[MethodDef] = &[
    m("append", append, Arity::One),
    m("buffer_info", buffer_info, Arity::None),
    m("byteswap", byteswap, Arity::None),
    m("__copy__", copy, Arity::None),
    m("count", count, Arity::One),
    m("__deepcopy__", copy, Arity::One),
    m("extend", extend, Arity::One),
    m("fromfile", fromfile, Arity::Range(2, 2)),
    m("fromlist", fromlist, Arity::One),
    m("fromstring", fromstring, Arity::One),
    m("fromunicode", fromunicode, Arity::One),
    m("index", index, Arity::One),
    m("insert", insert, Arity::Range(2, 2)),
    m("pop", pop, Arity::Range(0, 1)),
    m("read", fromfile, Arity::Range(2, 2)),
    m("__reduce__", reduce, Arity::None),
    m("remove", remove, Arity::One),
    m("reverse", reverse, Arity::None),
    m("tofile", tofile, Arity::One),
    m("tolist", tolist, Arity::None),
    m("tostring", tostring, Arity::None),
    m("tounicode", tounicode, Arity::None),
    m("write", tofile, Arity::One),
    m("__sizeof__", sizeof, Arity::None),
];

pub static GETSETS: &[GetSetDef] = &[
    gs("typecode", get_typecode, None),
    gs("itemsize", get_itemsize, None),
];

use super::super::types::{gs, m};

const DOC: &str = "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.";

const MODULE_DOC: &str = "This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.";

/// Fills the `array` module: the type under its two names.
pub fn init(d: Obj) -> PyResult<()> {
    let t = rt().types.array;
    let td = tobj(t).dict;
    dict::set_item(td, rt().names.__module__, pystr::from_str("array")?)?;
    dict::set_item(td, rt().names.__doc__, pystr::from_str(DOC)?)?;
    // The type's dict changed after creation: lookups cached before must be redone.
    super::super::typeobj::modified(t);
    dict::set_str(d, "array", t)?;
    dict::set_str(d, "ArrayType", t)?;
    dict::set_str(d, "__doc__", pystr::from_str(MODULE_DOC)?)?;
    Ok(())
}
