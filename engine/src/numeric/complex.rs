//! `complex` arithmetic as CPython 2.7's Objects/complexobject.c defines it, and `str(complex)`.
//!
//! In: `(real, imag)` pairs of `f64` (an int, long or float operand is converted by the caller
//! to `(x, 0.0)`). Out: the pair CPython computes (same formulas, same operation order, so the
//! same rounding), or the exception:
//! - `/`: `_Py_c_quot`, Smith's method scaled on the larger divisor component;
//!   `ZeroDivisionError('complex division by zero')`.
//! - `**`: an integral real exponent with `|n| <= 100` multiplies by repeated squaring
//!   (`c_powi`), anything else goes through polar form (`_Py_c_pow`); `0j ** negative or
//!   complex` is `ZeroDivisionError('0.0 to a negative or complex power')`, an infinite part
//!   from the computation `OverflowError('complex exponentiation')`.
//! - `abs`: `hypot`, `OverflowError('absolute value too large')` from finite parts.
//! - `str`: each part with 12 significant digits (`%.12g`), the `repr` layout otherwise.

use super::{overflow, zero_div, NumResult, PY_NAN};

pub type Complex = (f64, f64);

pub fn complex_add(a: Complex, b: Complex) -> Complex {
    (a.0 + b.0, a.1 + b.1)
}

pub fn complex_sub(a: Complex, b: Complex) -> Complex {
    (a.0 - b.0, a.1 - b.1)
}

pub fn complex_neg(a: Complex) -> Complex {
    (-a.0, -a.1)
}

pub fn complex_mul(a: Complex, b: Complex) -> Complex {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `complex(real, imag)` once each argument is converted: `real` and `imag` are the
/// arguments as complex numbers, each flagged when the argument was itself a complex (an int,
/// long or float argument `x` is `((x, 0.0), false)`; a missing `imag` is `None`). The result
/// is `real + imag*1j` computed as CPython does (so `complex(1j, 1j) == (-1+1j)`). A lone
/// complex argument keeps its value (`complex(complex(1, -0.0))` and the same with an instance
/// of a complex subclass keep the `-0.0`).
pub fn complex_new(real: (Complex, bool), imag: Option<(Complex, bool)>) -> Complex {
    if let (((re, im), true), None) = (real, imag) {
        return (re, im);
    }
    let ((mut cr, cr_is_complex), (mut ci, ci_is_complex)) =
        (real, imag.unwrap_or(((0.0, 0.0), false)));
    if !cr_is_complex {
        cr.1 = 0.0;
    }
    if ci_is_complex {
        cr.0 -= ci.1;
    }
    if cr_is_complex {
        ci.0 += cr.1;
    }
    (cr.0, ci.0)
}

/// `z == n` for an int or long `n`: exact (the real part is compared as `float == int`).
pub fn complex_eq_int(z: Complex, n: &super::Int) -> bool {
    z.1 == 0.0 && super::int_cmp_float(n, z.0) == Some(std::cmp::Ordering::Equal)
}

/// `_Py_c_quot`: `None` when the divisor is zero.
fn quot(a: Complex, b: Complex) -> Option<Complex> {
    let abs_breal = b.0.abs();
    let abs_bimag = b.1.abs();
    if abs_breal >= abs_bimag {
        if abs_breal == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bimag >= abs_breal {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((PY_NAN, PY_NAN))
    }
}

/// `a / b`.
pub fn complex_div(a: Complex, b: Complex) -> NumResult<Complex> {
    quot(a, b).ok_or_else(|| zero_div("complex division by zero"))
}

/// `divmod(a, b)` (deprecated in 2.7: the caller first issues `DeprecationWarning('complex
/// divmod(), // and % are deprecated')`): the floor of the real part of `a / b`, imaginary part
/// zero, and `a - b * q`.
pub fn complex_divmod(a: Complex, b: Complex) -> NumResult<(Complex, Complex)> {
    let div = quot(a, b).ok_or_else(|| zero_div("complex divmod()"))?;
    let q = (div.0.floor(), 0.0);
    Ok((q, complex_sub(a, complex_mul(b, q))))
}

/// `a // b` (deprecated, see [`complex_divmod`]).
pub fn complex_floor_div(a: Complex, b: Complex) -> NumResult<Complex> {
    complex_divmod(a, b).map(|(q, _)| q)
}

/// `a % b` (deprecated, see [`complex_divmod`]).
pub fn complex_mod(a: Complex, b: Complex) -> NumResult<Complex> {
    let div = quot(a, b).ok_or_else(|| zero_div("complex remainder"))?;
    let q = (div.0.floor(), 0.0);
    Ok(complex_sub(a, complex_mul(b, q)))
}

/// errno as `_Py_c_pow` and `c_powi` leave it.
enum PowErr {
    None,
    Domain,
}

fn c_pow(a: Complex, b: Complex) -> (Complex, PowErr) {
    if b.0 == 0.0 && b.1 == 0.0 {
        return ((1.0, 0.0), PowErr::None);
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        let err = if b.1 != 0.0 || b.0 < 0.0 {
            PowErr::Domain
        } else {
            PowErr::None
        };
        return ((0.0, 0.0), err);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    // libm's cos and sin of an infinity set errno to EDOM, which complex_pow reports.
    let err = if phase.is_infinite() {
        PowErr::Domain
    } else {
        PowErr::None
    };
    ((len * phase.cos(), len * phase.sin()), err)
}

fn c_powu(x: Complex, n: i64) -> Complex {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = complex_mul(r, p);
        }
        mask <<= 1;
        p = complex_mul(p, p);
    }
    r
}

fn c_powi(x: Complex, n: i64) -> (Complex, PowErr) {
    if !(-100..=100).contains(&n) {
        c_pow(x, (n as f64, 0.0))
    } else if n > 0 {
        (c_powu(x, n), PowErr::None)
    } else {
        match quot((1.0, 0.0), c_powu(x, -n)) {
            Some(r) => (r, PowErr::None),
            None => ((0.0, 0.0), PowErr::Domain),
        }
    }
}

/// `a ** b` (`pow(a, b)`; a third argument is `ValueError('complex modulo')`, the caller's).
pub fn complex_pow(a: Complex, b: Complex) -> NumResult<Complex> {
    // C's (long) cast of the real part; out-of-range values never compare equal below.
    let int_exponent = if b.0.is_finite() && b.0.abs() < 9.2e18 {
        b.0 as i64
    } else {
        i64::MIN
    };
    let (p, err) = if b.1 == 0.0 && b.0 == int_exponent as f64 {
        c_powi(a, int_exponent)
    } else {
        c_pow(a, b)
    };
    if let PowErr::Domain = err {
        return Err(zero_div("0.0 to a negative or complex power"));
    }
    if p.0.is_infinite() || p.1.is_infinite() {
        return Err(overflow("complex exponentiation"));
    }
    Ok(p)
}

/// `abs(z)`.
pub fn complex_abs(z: Complex) -> NumResult<f64> {
    if !z.0.is_finite() || !z.1.is_finite() {
        if z.0.is_infinite() {
            return Ok(z.0.abs());
        }
        if z.1.is_infinite() {
            return Ok(z.1.abs());
        }
        return Ok(PY_NAN);
    }
    let r = z.0.hypot(z.1);
    if r.is_infinite() {
        return Err(overflow("absolute value too large"));
    }
    Ok(r)
}

/// `%.12g` of a finite or non-finite float, never with a forced `.0`.
fn part_str(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    let negative = x.is_sign_negative();
    let sign = if negative { "-" } else { "" };
    if x == 0.0 {
        return format!("{}0", sign);
    }
    let text = format!("{:.11e}", x.abs());
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    let digits = digits.trim_end_matches('0');
    let digits = if digits.is_empty() { "0" } else { digits };
    if !(-4..12).contains(&exp) {
        let mut out = format!("{}{}", sign, &digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push_str(&format!(
            "e{}{:02}",
            if exp < 0 { '-' } else { '+' },
            exp.unsigned_abs()
        ));
        out
    } else if exp < 0 {
        format!("{}0.{}{}", sign, "0".repeat((-exp - 1) as usize), digits)
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            format!("{}{}{}", sign, digits, "0".repeat(int_len - digits.len()))
        } else {
            format!("{}{}.{}", sign, &digits[..int_len], &digits[int_len..])
        }
    }
}

/// `str(complex(real, imag))`.
pub fn complex_str(real: f64, imag: f64) -> String {
    let imag_text = part_str(imag);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{}j", imag_text);
    }
    let sign = if imag_text.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", part_str(real), sign, imag_text)
}
