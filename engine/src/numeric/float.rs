//! `float` arithmetic and conversions as CPython 2.7's Objects/floatobject.c and the `round`
//! builtin define them.
//!
//! In: `f64` operands (an `int`/`long` operand is converted first by the caller with
//! [`super::int_to_f64`], which can raise). Out: the `f64` CPython computes, or the exception.
//! - `%` and `divmod` follow `float_rem`/`float_divmod`: the remainder takes the divisor's sign
//!   (`-0.0 % 1 == 0.0`, `-7.0 % inf == inf`), the quotient is snapped to an integer and a zero
//!   quotient carries the sign of the true quotient.
//! - `**` follows `float_pow`'s special cases before calling libm `pow` (the same glibc `pow`
//!   CPython uses); an infinite result from finite operands is `Erange`.
//! - `round(x, n)` rounds the exact binary value half away from zero, then converts back
//!   correctly rounded (`_Py_double_round`).
//! - `float.hex`/`float.fromhex` are exact (fromhex rounds half to even).

use super::int::float_integral_to_big;
use super::math::round_to_f64;
use super::{overflow, value_error, zero_div, Int, NumError, NumResult, PY_NAN};
use num_bigint::{BigInt, BigUint};
use num_traits::Zero;

/// `a / b`.
pub fn float_div(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(zero_div("float division by zero"));
    }
    Ok(a / b)
}

/// `a % b`.
pub fn float_mod(a: f64, b: f64) -> NumResult<f64> {
    if b == 0.0 {
        return Err(zero_div("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = if b < 0.0 { -0.0 } else { 0.0 };
    }
    Ok(m)
}

/// `divmod(a, b)`.
pub fn float_divmod(a: f64, b: f64) -> NumResult<(f64, f64)> {
    if b == 0.0 {
        return Err(zero_div("float divmod()"));
    }
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = if b < 0.0 { -0.0 } else { 0.0 };
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        // zero with the sign of the true quotient a / b
        0.0 * a / b
    };
    Ok((floordiv, m))
}

/// `a // b`.
pub fn float_floor_div(a: f64, b: f64) -> NumResult<f64> {
    float_divmod(a, b).map(|(q, _)| q)
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `a ** b` (also `int ** negative int` after conversion to floats).
pub fn float_pow(iv: f64, iw: f64) -> NumResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let v = iv.abs();
        return Ok(if v == 1.0 {
            1.0
        } else if (iw > 0.0) == (v > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut v = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(value_error(
                "negative number cannot be raised to a fractional power",
            ));
        }
        v = -iv;
        negate = is_odd_integer(iw);
    }
    if v == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = v.powf(iw);
    if r.is_infinite() {
        return Err(NumError::Erange);
    }
    Ok(if negate { -r } else { r })
}

fn non_finite_to_int(x: f64) -> NumError {
    if x.is_nan() {
        value_error("cannot convert float NaN to integer")
    } else {
        overflow("cannot convert float infinity to integer")
    }
}

/// `int(x)`: truncates toward zero; an `int` when in [-2**63, 2**63), else a long.
pub fn float_to_int(x: f64) -> NumResult<Int> {
    if !x.is_finite() {
        return Err(non_finite_to_int(x));
    }
    let whole = x.trunc();
    let two_63 = (1u64 << 63) as f64;
    if (-two_63..two_63).contains(&whole) {
        return Ok(Int::Small(whole as i64));
    }
    Ok(Int::Big(float_integral_to_big(whole)))
}

/// `long(x)`.
pub fn float_to_long(x: f64) -> NumResult<BigInt> {
    if !x.is_finite() {
        return Err(non_finite_to_int(x));
    }
    Ok(float_integral_to_big(x.trunc()))
}

/// `x.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}

/// `x = mantissa * 2**exp` exactly, `mantissa` odd or zero (finite `x` only).
fn decompose(x: f64) -> (BigInt, i64) {
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    if mant == 0 {
        return (BigInt::zero(), 0);
    }
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp += tz as i64;
    let m = BigInt::from(mant);
    (if x < 0.0 { -m } else { m }, exp)
}

/// `x.as_integer_ratio()`: lowest terms, positive denominator; each part an `int` when it
/// fits, else a `long`.
pub fn float_as_integer_ratio(x: f64) -> NumResult<(Int, Int)> {
    if x.is_nan() {
        return Err(value_error("Cannot pass NaN to float.as_integer_ratio."));
    }
    if x.is_infinite() {
        return Err(overflow("Cannot pass infinity to float.as_integer_ratio."));
    }
    let (m, e) = decompose(x);
    let (num, den) = if e >= 0 {
        (m << (e as u64), BigInt::from(1))
    } else {
        (m, BigInt::from(1) << ((-e) as u64))
    };
    Ok((Int::Big(num).into_int(), Int::Big(den).into_int()))
}

/// `round` leaves `x` alone above this many digits: `(int)((DBL_MANT_DIG - DBL_MIN_EXP) *
/// 0.30103)`, 0.30103 bounding log10(2) from above.
const NDIGITS_MAX: i64 = 323;
/// ... and answers a zero below this: `-(int)((DBL_MAX_EXP + 1) * 0.30103)`.
const NDIGITS_MIN: i64 = -308;

/// `round(x, ndigits)` (`round(x)` is `ndigits == 0`); always a float in 2.7. The caller
/// clamps a huge `ndigits` to `i64` (CPython's `PyNumber_AsSsize_t(o, NULL)` clamps too).
pub fn float_round(x: f64, ndigits: i64) -> NumResult<f64> {
    if !x.is_finite() || x == 0.0 {
        return Ok(x);
    }
    if ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let (m, e) = decompose(x);
    let m = m.magnitude().clone();
    // |x| * 10**ndigits = num / den exactly.
    let ten = BigUint::from(10u32);
    let mut num = m;
    let mut den = BigUint::from(1u32);
    if ndigits >= 0 {
        num *= num_traits::pow::Pow::pow(&ten, ndigits as u64);
    } else {
        den *= num_traits::pow::Pow::pow(&ten, (-ndigits) as u64);
    }
    if e >= 0 {
        num <<= e as u64;
    } else {
        den <<= (-e) as u64;
    }
    let q = &num / &den;
    let r = &num - &q * &den;
    let rounded = if r.clone() * 2u32 >= den { q + 1u32 } else { q };
    let text = format!("{}{}e{}", if x < 0.0 { "-" } else { "" }, rounded, -ndigits);
    let y: f64 = text.parse().unwrap_or(f64::INFINITY);
    if y.is_infinite() {
        return Err(overflow("rounded value too large to represent"));
    }
    Ok(y)
}

/// `x.hex()`.
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    if biased == 0 {
        if frac == 0 {
            return format!("{}0x0.0p+0", sign);
        }
        return format!("{}0x0.{:013x}p-1022", sign, frac);
    }
    let e = biased - 1023;
    format!(
        "{}0x1.{:013x}p{}{}",
        sign,
        frac,
        if e < 0 { "-" } else { "+" },
        e.abs()
    )
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// CPython's `_Py_parse_inf_or_nan`: `[sign] (inf | infinity | nan)`, any case. Returns the
/// value and the bytes consumed, or `None`.
pub(crate) fn parse_inf_or_nan(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    let mut negate = false;
    match s.first() {
        Some(b'-') => {
            negate = true;
            i = 1;
        }
        Some(b'+') => i = 1,
        _ => {}
    }
    let rest = &s[i..];
    let starts =
        |word: &[u8]| rest.len() >= word.len() && rest[..word.len()].eq_ignore_ascii_case(word);
    let value = if starts(b"infinity") {
        i += 8;
        f64::INFINITY
    } else if starts(b"inf") {
        i += 3;
        f64::INFINITY
    } else if starts(b"nan") {
        i += 3;
        PY_NAN
    } else {
        return None;
    };
    Some((if negate { -value } else { value }, i))
}

/// `float.fromhex(s)`.
pub fn float_fromhex(s: &[u8]) -> NumResult<f64> {
    let parse_error = || value_error("invalid hexadecimal floating-point string");
    let too_large = || overflow("hexadecimal value too large to represent as a float");
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let x;
    if let Some((v, used)) = parse_inf_or_nan(&s[i..]) {
        // CPython 2.7.18's fromhex returns the same NaN for "nan" and "-nan".
        x = if v.is_nan() { PY_NAN } else { v };
        i += used;
    } else {
        let mut negate = false;
        if i < s.len() && (s[i] == b'-' || s[i] == b'+') {
            negate = s[i] == b'-';
            i += 1;
        }
        if i + 1 < s.len() && s[i] == b'0' && (s[i + 1] == b'x' || s[i + 1] == b'X') {
            i += 2;
        }
        let mut mant = BigUint::zero();
        let mut ndigits = 0i64;
        let mut fdigits = 0i64;
        while i < s.len() && s[i].is_ascii_hexdigit() {
            mant = (mant << 4u32) + (s[i] as char).to_digit(16).unwrap_or(0);
            ndigits += 1;
            i += 1;
        }
        if i < s.len() && s[i] == b'.' {
            i += 1;
            while i < s.len() && s[i].is_ascii_hexdigit() {
                mant = (mant << 4u32) + (s[i] as char).to_digit(16).unwrap_or(0);
                ndigits += 1;
                fdigits += 1;
                i += 1;
            }
        }
        if ndigits == 0 {
            return Err(parse_error());
        }
        let mut exp: i64 = 0;
        if i < s.len() && (s[i] == b'p' || s[i] == b'P') {
            i += 1;
            let mut exp_negative = false;
            if i < s.len() && (s[i] == b'-' || s[i] == b'+') {
                exp_negative = s[i] == b'-';
                i += 1;
            }
            if !(i < s.len() && s[i].is_ascii_digit()) {
                return Err(parse_error());
            }
            while i < s.len() && s[i].is_ascii_digit() {
                exp = exp.saturating_mul(10).saturating_add((s[i] - b'0') as i64);
                i += 1;
            }
            if exp_negative {
                exp = -exp;
            }
        }
        let value = if mant.is_zero() || exp < i64::MIN / 2 {
            0.0
        } else if exp > i64::MAX / 2 {
            return Err(too_large());
        } else {
            let v = round_to_f64(&mant, exp - 4 * fdigits);
            if v.is_infinite() {
                return Err(too_large());
            }
            v
        };
        x = if negate { -value } else { value };
    }
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    if i != s.len() {
        return Err(parse_error());
    }
    Ok(x)
}
