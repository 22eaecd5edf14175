//! `int`: a machine integer (`i64` at offset 8) that promotes to `long` on overflow.
//! Small values (`SMALL_INT_MIN..=SMALL_INT_MAX`) are shared objects.

use super::super::exc;
use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::rt::{rt, SMALL_INT_MAX, SMALL_INT_MIN};
use crate::gc;

#[repr(C)]
pub struct IntObj {
    pub head: Header,
    pub value: i64,
}

pub static INT_KIND: gc::Kind = gc::Kind {
    name: "int",
    trace: None,
    drop: None,
};

fn int_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<IntObj>()
}

crate::sub_kind!(
    INT_SUB_KIND,
    "int subclass instance",
    None,
    None,
    int_tail_offset
);

#[inline]
pub fn new(v: i64) -> PyResult<Obj> {
    let r = rt();
    // One unsigned compare for the range; `get` is None while the cache is being built.
    let i = v.wrapping_sub(SMALL_INT_MIN) as u64;
    if i <= (SMALL_INT_MAX - SMALL_INT_MIN) as u64 {
        if let Some(&o) = r.small_ints.get(i as usize) {
            return Ok(o);
        }
    }
    new_exact(v)
}

/// A new object of class `int` (not from the small-int cache).
#[inline]
fn new_exact(v: i64) -> PyResult<Obj> {
    let o = alloc(&INT_KIND, std::mem::size_of::<IntObj>(), rt().types.int)?;
    // SAFETY: fresh int object.
    unsafe { o.cast::<IntObj>().value = v };
    Ok(o)
}

/// A new int of class `cls` (int, bool during init, or a subclass).
pub fn new_of(cls: Obj, v: i64) -> PyResult<Obj> {
    let r = rt();
    let o = if cls == r.types.int || cls == r.types.bool {
        alloc(&INT_KIND, std::mem::size_of::<IntObj>(), cls)?
    } else {
        let base = std::mem::size_of::<IntObj>();
        let o = alloc(
            &INT_SUB_KIND,
            base + super::super::class::tail_size(cls),
            cls,
        )?;
        super::super::class::init_tail(o, cls, base);
        o
    };
    // SAFETY: fresh int object.
    unsafe { o.cast::<IntObj>().value = v };
    Ok(o)
}

/// Whether `o` is an int (bool and subclasses included).
#[inline]
pub fn is_int(o: Obj) -> bool {
    let c = o.class();
    let r = rt();
    c == r.types.int || c == r.types.bool || super::super::typeobj::is_subtype(c, r.types.int)
}

/// The value of an int (the caller knows `o` is one).
#[inline]
pub fn value(o: Obj) -> i64 {
    // SAFETY: `o` is an int.
    unsafe { o.cast::<IntObj>().value }
}

/// An int, or a long when `v` does not fit (i128 results of int arithmetic).
pub fn from_i128(v: i128) -> PyResult<Obj> {
    match i64::try_from(v) {
        Ok(x) => new(x),
        Err(_) => super::long::new(num_bigint::BigInt::from(v)),
    }
}

pub fn overflow_to_long(v: num_bigint::BigInt) -> PyResult<Obj> {
    super::long::new(v)
}

/// `int(x)`-style conversion of Python integers to i64 for indices and counts: OverflowError
/// with `msg` for longs out of range.
pub fn as_i64(o: Obj, msg: &str) -> PyResult<i64> {
    if is_int(o) {
        return Ok(value(o));
    }
    if super::long::is_long(o) {
        use num_traits::ToPrimitive;
        return super::long::value(o)
            .to_i64()
            .ok_or_else(|| exc::overflow_error(msg));
    }
    Err(exc::type_error("an integer is required"))
}

// --- conversion to and from text ---------------------------------------------------------------

/// Room for the decimal text of any `i64` (19 digits and a sign).
pub const DECIMAL_MAX: usize = 20;

/// The decimal text of `v` (`str(v)`, `repr(v)`), written into the end of `buf`.
pub fn decimal_text(v: i64, buf: &mut [u8; DECIMAL_MAX]) -> &[u8] {
    let mut m = v.unsigned_abs();
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (m % 10) as u8;
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if v < 0 {
        i -= 1;
        buf[i] = b'-';
    }
    &buf[i..]
}

/// `str(v)` of a machine integer: the digits go straight into the new str (one-digit results
/// are the shared one-byte strs).
pub fn decimal_str(v: i64) -> PyResult<Obj> {
    super::str::new(decimal_text(v, &mut [0u8; DECIMAL_MAX]))
}

/// `int(text)` / `int(text, base)` for the common spelling only: optional whitespace, an
/// optional sign, digits of `base` (2..=36) and optional whitespace, with a value that fits an
/// `i64`. `None` for anything else (prefixes, NULs, bad digits, overflow, empty text): the
/// caller then runs the full parser, which gives the value or CPython's error.
pub fn parse_simple(text: &[u8], base: u32) -> Option<i64> {
    let is_space = |c: u8| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c');
    let mut i = 0;
    while i < text.len() && is_space(text[i]) {
        i += 1;
    }
    let negative = match text.get(i) {
        Some(b'-') => {
            i += 1;
            true
        }
        Some(b'+') => {
            i += 1;
            false
        }
        _ => false,
    };
    let start = i;
    // Accumulated as a negative number, so that i64::MIN fits.
    let mut acc: i64 = 0;
    while let Some(&c) = text.get(i) {
        let d = match c {
            b'0'..=b'9' => (c - b'0') as u32,
            b'a'..=b'z' => (c - b'a') as u32 + 10,
            b'A'..=b'Z' => (c - b'A') as u32 + 10,
            _ => break,
        };
        if d >= base {
            return None;
        }
        acc = acc.checked_mul(base as i64)?.checked_sub(d as i64)?;
        i += 1;
    }
    if i == start {
        return None;
    }
    while i < text.len() && is_space(text[i]) {
        i += 1;
    }
    if i != text.len() {
        return None;
    }
    if negative {
        Some(acc)
    } else {
        acc.checked_neg()
    }
}

#[cfg(test)]
mod text_tests {
    use super::*;

    #[test]
    fn decimal_text_extremes() {
        for v in [0, 7, -7, 10, -10, 1234567890, i64::MAX, i64::MIN] {
            let mut buf = [0u8; DECIMAL_MAX];
            assert_eq!(decimal_text(v, &mut buf), v.to_string().as_bytes());
        }
    }

    #[test]
    fn parse_simple_accepts_and_declines() {
        assert_eq!(parse_simple(b"000102", 10), Some(102));
        assert_eq!(parse_simple(b" \t-42\n", 10), Some(-42));
        assert_eq!(parse_simple(b"+7", 10), Some(7));
        assert_eq!(parse_simple(b"ff", 16), Some(255));
        assert_eq!(parse_simple(b"Zz", 36), Some(36 * 35 + 35));
        assert_eq!(parse_simple(b"9223372036854775807", 10), Some(i64::MAX));
        assert_eq!(parse_simple(b"-9223372036854775808", 10), Some(i64::MIN));
        for bad in [
            &b"9223372036854775808"[..],
            b"",
            b" ",
            b"-",
            b"- 5",
            b"1_000",
            b"12a",
            b"0x10",
            b"1\x002",
            b"1 2",
        ] {
            assert_eq!(parse_simple(bad, 10), None, "{:?}", bad);
        }
    }
}
