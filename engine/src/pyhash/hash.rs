//! CPython 2.7.18's hash functions (64-bit Linux, `PYTHONHASHSEED` unset, so the
//! randomization prefix and suffix are both 0).
//!
//! In: plain Rust values (bytes, code points, `i64`, `BigInt`, `f64`, element hashes).
//! Out: the `long` CPython's `tp_hash` returns for the equal Python value.
//! Invariants: no function returns -1 (CPython reserves it for "error" and maps it to -2);
//! values that compare equal in Python hash equal (`int`/`long`/`float`/`bool`, ASCII
//! `str`/`unicode`). Arithmetic is C `long` arithmetic: wrapping on overflow.
//!
//! The runtime's business: `None`, functions, classes and plain instances hash by address
//! ([`pointer_hash`]); their addresses differ from CPython's, so the order of such keys in a
//! dict or set cannot match CPython's output (nor does it across CPython runs). A user
//! `__hash__` result that is a `long` is reduced with [`long_hash`]. Builtin functions and
//! bound methods are not by-address (CPython's `meth_hash` combines self and function).

use num_bigint::{BigInt, Sign};

const MULT: i64 = 1_000_003;

/// Bits per digit of CPython 2.7's long representation on this build (`sys.long_info`).
const LONG_SHIFT: u32 = 30;

fn fix(x: i64) -> i64 {
    if x == -1 {
        -2
    } else {
        x
    }
}

/// The shared string algorithm over units (bytes for `str`, code points for `unicode`).
fn units_hash(units: impl ExactSizeIterator<Item = i64>) -> i64 {
    let len = units.len();
    if len == 0 {
        return 0;
    }
    let mut x: i64 = 0;
    let mut first = true;
    for u in units {
        if first {
            x ^= u << 7;
            first = false;
        }
        x = MULT.wrapping_mul(x) ^ u;
    }
    x ^= len as i64;
    fix(x)
}

/// `hash(str)`: the bytes of a byte string.
pub fn str_hash(bytes: &[u8]) -> i64 {
    units_hash(bytes.iter().map(|&b| i64::from(b)))
}

/// `hash(unicode)`: code points of a UCS4 string (astral characters are one unit each).
/// Equals [`str_hash`] of the same text when every code point is below 128.
pub fn unicode_hash(code_points: &[u32]) -> i64 {
    units_hash(code_points.iter().map(|&c| i64::from(c)))
}

/// `hash(unicode)` over a Rust string (its characters as code points).
pub fn unicode_hash_str(text: &str) -> i64 {
    let cps: Vec<u32> = text.chars().map(u32::from).collect();
    unicode_hash(&cps)
}

/// `hash(int)` (and `hash(bool)`: `True` is 1, `False` is 0).
pub fn int_hash(value: i64) -> i64 {
    fix(value)
}

/// `hash(long)`: the magnitude folded modulo `2**64 - 1` over 30-bit digits, most
/// significant first, then the sign applied. Equals [`int_hash`] when the value fits an `int`.
pub fn long_hash(value: &BigInt) -> i64 {
    let (sign, limbs) = (value.sign(), value.magnitude().to_u64_digits());
    let bits = value.magnitude().bits();
    let ndigits = bits.div_ceil(u64::from(LONG_SHIFT));
    let digit = |j: u64| -> u64 {
        let start = j * u64::from(LONG_SHIFT);
        let limb = (start / 64) as usize;
        let off = (start % 64) as u32;
        let mut d = limbs.get(limb).copied().unwrap_or(0) >> off;
        if off + LONG_SHIFT > 64 {
            d |= limbs.get(limb + 1).copied().unwrap_or(0) << (64 - off);
        }
        d & ((1u64 << LONG_SHIFT) - 1)
    };
    let mut x: u64 = 0;
    for j in (0..ndigits).rev() {
        let d = digit(j);
        x = x.rotate_left(LONG_SHIFT);
        let (sum, overflow) = x.overflowing_add(d);
        x = if overflow { sum.wrapping_add(1) } else { sum };
    }
    if sign == Sign::Minus {
        x = x.wrapping_neg();
    }
    fix(x as i64)
}

/// `math.frexp` for finite non-zero `v`: `(m, e)` with `v == m * 2**e`, `0.5 <= |m| < 1`.
fn frexp(v: f64) -> (f64, i32) {
    let (v, adjust) = if v.abs() < f64::MIN_POSITIVE {
        (v * 2f64.powi(54), -54)
    } else {
        (v, 0)
    };
    let bits = v.to_bits();
    let exp_field = ((bits >> 52) & 0x7ff) as i32;
    let e = exp_field - 1022;
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), e + adjust)
}

/// `hash(float)` (`_Py_HashDouble`): integral values hash as the equal `int`/`long`;
/// `inf` is 314159, `-inf` is -271828, `nan` is 0.
pub fn float_hash(v: f64) -> i64 {
    if v.is_nan() {
        return 0;
    }
    if v.is_infinite() {
        return if v < 0.0 { -271_828 } else { 314_159 };
    }
    let intpart = v.trunc();
    if v - intpart == 0.0 {
        let half = (i64::MAX / 2) as f64;
        if intpart > half || -intpart > half {
            return match num_traits::FromPrimitive::from_f64(intpart) {
                Some(b) => long_hash(&b),
                None => 0,
            };
        }
        return fix(intpart as i64);
    }
    let (m, expo) = frexp(v);
    let m = m * 2_147_483_648.0;
    let hipart = m as i64;
    let lo = ((m - hipart as f64) * 2_147_483_648.0) as i64;
    fix(hipart
        .wrapping_add(lo)
        .wrapping_add(i64::from(expo.wrapping_shl(15))))
}

/// `hash(complex)`: `hash(real) + 1000003 * hash(imag)`; a complex with zero imaginary part
/// hashes as its real part.
pub fn complex_hash(real: f64, imag: f64) -> i64 {
    let r = float_hash(real);
    let i = float_hash(imag);
    fix(r.wrapping_add(MULT.wrapping_mul(i)))
}

/// `hash(tuple)` from the element hashes, in order.
pub fn tuple_hash(element_hashes: &[i64]) -> i64 {
    let mut x: i64 = 0x345678;
    let mut mult: i64 = MULT;
    let mut len = element_hashes.len() as i64;
    for &y in element_hashes {
        len -= 1;
        x = (x ^ y).wrapping_mul(mult);
        mult = mult.wrapping_add(82520 + len + len);
    }
    fix(x.wrapping_add(97531))
}

/// `hash(frozenset)` from the element hashes (any order: the combination is an xor).
pub fn frozenset_hash(element_hashes: &[i64]) -> i64 {
    let mut hash: i64 = 1_927_868_237;
    hash = hash.wrapping_mul(element_hashes.len() as i64 + 1);
    for &h in element_hashes {
        hash ^= (h ^ (h << 16) ^ 89_869_747).wrapping_mul(3_644_798_167);
    }
    hash = hash.wrapping_mul(69069).wrapping_add(907_133_923);
    if hash == -1 {
        590_923_713
    } else {
        hash
    }
}

/// `_Py_HashPointer`: the default `object.__hash__` (and `hash(None)`) of an object at
/// `address`: the address rotated right by 4 bits.
pub fn pointer_hash(address: usize) -> i64 {
    fix(address.rotate_right(4) as i64)
}
