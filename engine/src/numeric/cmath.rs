//! The functions of CPython 2.7's `cmath` module for finite arguments, with the formulas of
//! Modules/cmathmodule.c (same operations in the same order over the same libm, so the same
//! bits), and its `errno` rules: `EDOM` is `ValueError('math domain error')`, `ERANGE`
//! `OverflowError('math range error')`.
//!
//! In: `(real, imag)` pairs. Out: the pair CPython computes, or the error.
//! Limits: CPython answers non-finite arguments from special-value tables; `sqrt` and `exp`
//! follow them here, the other functions apply the finite formulas (never raising for a
//! non-finite argument), so their results with an infinite or NaN part may differ from
//! CPython's (a NaN in place of an infinity, no `ValueError` for `sin(inf)`).

use super::complex::Complex;
use super::math::{math_unary, MathFn};
use super::{overflow, value_error, NumResult};

const DBL_MIN: f64 = f64::MIN_POSITIVE;
const LARGE_DOUBLE: f64 = f64::MAX / 4.0;
const LN2: f64 = std::f64::consts::LN_2;
const LN10: f64 = std::f64::consts::LN_10;
const E: f64 = std::f64::consts::E;
/// `2*(DBL_MANT_DIG/2) + 1`.
const SCALE_UP: i32 = 53;
/// `-(SCALE_UP + 1)/2`.
const SCALE_DOWN: i32 = -27;

fn log_large_double() -> f64 {
    LARGE_DOUBLE.ln()
}
fn sqrt_large_double() -> f64 {
    LARGE_DOUBLE.sqrt()
}
fn sqrt_dbl_min() -> f64 {
    DBL_MIN.sqrt()
}

fn domain() -> super::NumError {
    value_error("math domain error")
}
fn range() -> super::NumError {
    overflow("math range error")
}

fn ldexp(x: f64, e: i32) -> f64 {
    super::math::scale2(x, e as i64)
}

fn m_asinh(x: f64) -> f64 {
    math_unary(MathFn::Asinh, x).unwrap_or(f64::NAN)
}

fn overflow_check(z: Complex, r: Complex) -> NumResult<Complex> {
    if is_finite(z) && (r.0.is_infinite() || r.1.is_infinite()) {
        Err(range())
    } else {
        Ok(r)
    }
}

fn is_finite(z: Complex) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

/// `cmath.sqrt` of a non-finite argument (C99 Annex G, CPython's `sqrt_special_values`).
fn sqrt_special(z: Complex) -> Complex {
    let inf = f64::INFINITY;
    if z.1.is_infinite() {
        (inf, z.1)
    } else if z.0.is_nan() {
        (f64::NAN, f64::NAN)
    } else if z.0 == inf {
        (
            inf,
            if z.1.is_nan() {
                f64::NAN
            } else {
                0.0f64.copysign(z.1)
            },
        )
    } else if z.0 == -inf {
        if z.1.is_nan() {
            (f64::NAN, inf)
        } else {
            (0.0, inf.copysign(z.1))
        }
    } else {
        (f64::NAN, f64::NAN)
    }
}

/// `cmath.sqrt`.
pub fn sqrt(z: Complex) -> NumResult<Complex> {
    if !is_finite(z) {
        return Ok(sqrt_special(z));
    }
    if z.0 == 0.0 && z.1 == 0.0 {
        return Ok((0.0, z.1));
    }
    let mut ax = z.0.abs();
    let ay = z.1.abs();
    let s = if ax < DBL_MIN && ay < DBL_MIN && (ax > 0.0 || ay > 0.0) {
        ax = ldexp(ax, SCALE_UP);
        ldexp((ax + ax.hypot(ldexp(ay, SCALE_UP))).sqrt(), SCALE_DOWN)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    Ok(if z.0 >= 0.0 {
        (s, d.copysign(z.1))
    } else {
        (d, s.copysign(z.1))
    })
}

/// `cmath.exp` of a non-finite argument (CPython's `c_exp` special cases and table).
fn exp_special(z: Complex) -> NumResult<Complex> {
    let inf = f64::INFINITY;
    // EDOM when the imaginary part is infinite and the real part is finite or +inf.
    if z.1.is_infinite() && (z.0.is_finite() || z.0 == inf) {
        return Err(domain());
    }
    if z.0.is_infinite() && z.1.is_finite() && z.1 != 0.0 {
        let scale = if z.0 > 0.0 { inf } else { 0.0 };
        return Ok((scale.copysign(z.1.cos()), scale.copysign(z.1.sin())));
    }
    Ok(if z.0.is_nan() {
        (f64::NAN, if z.1 == 0.0 { z.1 } else { f64::NAN })
    } else if z.0 == -inf {
        (0.0, if z.1 == 0.0 { z.1 } else { 0.0 })
    } else if z.0 == inf {
        // z.1 is 0 or NaN here
        (inf, z.1)
    } else {
        (f64::NAN, f64::NAN)
    })
}

/// `cmath.exp`.
pub fn exp(z: Complex) -> NumResult<Complex> {
    if !is_finite(z) {
        return exp_special(z);
    }
    let r = if z.0 > log_large_double() {
        let l = (z.0 - 1.0).exp();
        (l * z.1.cos() * E, l * z.1.sin() * E)
    } else {
        let l = z.0.exp();
        (l * z.1.cos(), l * z.1.sin())
    };
    overflow_check(z, r)
}

/// `c_log` without the error check: the value and whether `EDOM` was set.
fn c_log(z: Complex) -> (Complex, bool) {
    let ax = z.0.abs();
    let ay = z.1.abs();
    let real = if ax > LARGE_DOUBLE || ay > LARGE_DOUBLE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN2
    } else if ax < DBL_MIN && ay < DBL_MIN {
        if ax > 0.0 || ay > 0.0 {
            ldexp(ax, 53).hypot(ldexp(ay, 53)).ln() - 53.0 * LN2
        } else {
            return ((f64::NEG_INFINITY, z.1.atan2(z.0)), true);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let am = if ax > ay { ax } else { ay };
            let an = if ax > ay { ay } else { ax };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((real, z.1.atan2(z.0)), false)
}

/// `cmath.log(z)` or `cmath.log(z, base)`.
pub fn log(z: Complex, base: Option<Complex>) -> NumResult<Complex> {
    let (x, mut edom) = c_log(z);
    let r = match base {
        None => x,
        Some(b) => {
            let (y, e2) = c_log(b);
            edom |= e2;
            match super::complex_div(x, y) {
                Ok(q) => q,
                Err(_) => return Err(domain()),
            }
        }
    };
    if edom {
        return Err(domain());
    }
    Ok(r)
}

/// `cmath.log10`.
pub fn log10(z: Complex) -> NumResult<Complex> {
    let (r, edom) = c_log(z);
    if edom {
        return Err(domain());
    }
    Ok((r.0 / LN10, r.1 / LN10))
}

/// `cmath.phase`.
pub fn phase(z: Complex) -> f64 {
    z.1.atan2(z.0)
}

/// `cmath.polar`: `(abs(z), phase(z))`.
pub fn polar(z: Complex) -> NumResult<(f64, f64)> {
    let r = z.0.hypot(z.1);
    if r.is_infinite() && z.0.is_finite() && z.1.is_finite() {
        return Err(range());
    }
    Ok((r, phase(z)))
}

/// `cmath.rect(r, phi)`.
pub fn rect(r: f64, phi: f64) -> NumResult<Complex> {
    if phi == 0.0 {
        return Ok((r, r * phi));
    }
    Ok((r * phi.cos(), r * phi.sin()))
}

fn is_large(z: Complex) -> bool {
    z.0.abs() > LARGE_DOUBLE || z.1.abs() > LARGE_DOUBLE
}

/// `cmath.acos`.
pub fn acos(z: Complex) -> NumResult<Complex> {
    if is_large(z) {
        let real = z.1.abs().atan2(z.0);
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        let imag = if z.0 < 0.0 {
            -l.copysign(z.1)
        } else {
            l.copysign(-z.1)
        };
        return Ok((real, imag));
    }
    let s1 = sqrt((1.0 - z.0, -z.1))?;
    let s2 = sqrt((1.0 + z.0, z.1))?;
    Ok((2.0 * s1.0.atan2(s2.0), m_asinh(s2.0 * s1.1 - s2.1 * s1.0)))
}

/// `cmath.acosh`.
pub fn acosh(z: Complex) -> NumResult<Complex> {
    if is_large(z) {
        return Ok((
            (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0,
            z.1.atan2(z.0),
        ));
    }
    let s1 = sqrt((z.0 - 1.0, z.1))?;
    let s2 = sqrt((z.0 + 1.0, z.1))?;
    Ok((m_asinh(s1.0 * s2.0 + s1.1 * s2.1), 2.0 * s1.1.atan2(s2.0)))
}

/// `cmath.asinh`.
pub fn asinh(z: Complex) -> NumResult<Complex> {
    if is_large(z) {
        let l = (z.0 / 2.0).hypot(z.1 / 2.0).ln() + LN2 * 2.0;
        let real = if z.1 >= 0.0 {
            l.copysign(z.0)
        } else {
            -l.copysign(-z.0)
        };
        return Ok((real, z.1.atan2(z.0.abs())));
    }
    let s1 = sqrt((1.0 + z.1, -z.0))?;
    let s2 = sqrt((1.0 - z.1, z.0))?;
    Ok((
        m_asinh(s1.0 * s2.1 - s2.0 * s1.1),
        z.1.atan2(s1.0 * s2.0 - s1.1 * s2.1),
    ))
}

/// `cmath.asin`: `-i * asinh(i*z)`.
pub fn asin(z: Complex) -> NumResult<Complex> {
    let s = asinh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

/// `cmath.atanh`.
pub fn atanh(z: Complex) -> NumResult<Complex> {
    if z.0 < 0.0 {
        let r = atanh((-z.0, -z.1))?;
        return Ok((-r.0, -r.1));
    }
    let ay = z.1.abs();
    if z.0 > sqrt_large_double() || ay > sqrt_large_double() {
        let h = (z.0 / 2.0).hypot(z.1 / 2.0);
        return Ok((
            z.0 / 4.0 / h / h,
            -(std::f64::consts::PI / 2.0).copysign(-z.1),
        ));
    }
    if z.0 == 1.0 && ay < sqrt_dbl_min() {
        if ay == 0.0 {
            return Err(domain());
        }
        return Ok((
            -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
            (2.0f64.atan2(-ay) / 2.0).copysign(z.1),
        ));
    }
    Ok((
        (4.0 * z.0 / ((1.0 - z.0) * (1.0 - z.0) + ay * ay)).ln_1p() / 4.0,
        -(-2.0 * z.1).atan2((1.0 - z.0) * (1.0 + z.0) - ay * ay) / 2.0,
    ))
}

/// `cmath.atan`: `-i * atanh(i*z)`.
pub fn atan(z: Complex) -> NumResult<Complex> {
    let s = atanh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

/// `cmath.cosh`.
pub fn cosh(z: Complex) -> NumResult<Complex> {
    let r = if z.0.abs() > log_large_double() {
        let x = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * x.cosh() * E, z.1.sin() * x.sinh() * E)
    } else {
        (z.1.cos() * z.0.cosh(), z.1.sin() * z.0.sinh())
    };
    overflow_check(z, r)
}

/// `cmath.sinh`.
pub fn sinh(z: Complex) -> NumResult<Complex> {
    let r = if z.0.abs() > log_large_double() {
        let x = z.0 - 1.0f64.copysign(z.0);
        (z.1.cos() * x.sinh() * E, z.1.sin() * x.cosh() * E)
    } else {
        (z.1.cos() * z.0.sinh(), z.1.sin() * z.0.cosh())
    };
    overflow_check(z, r)
}

/// `cmath.tanh`.
pub fn tanh(z: Complex) -> NumResult<Complex> {
    if z.0.abs() > log_large_double() {
        return Ok((
            1.0f64.copysign(z.0),
            4.0 * z.1.sin() * z.1.cos() * (-2.0 * z.0.abs()).exp(),
        ));
    }
    let tx = z.0.tanh();
    let ty = z.1.tan();
    let cx = 1.0 / z.0.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    Ok((tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx))
}

/// `cmath.cos`: `cosh(i*z)`.
pub fn cos(z: Complex) -> NumResult<Complex> {
    cosh((-z.1, z.0))
}

/// `cmath.sin`: `-i * sinh(i*z)`.
pub fn sin(z: Complex) -> NumResult<Complex> {
    let s = sinh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}

/// `cmath.tan`: `-i * tanh(i*z)`.
pub fn tan(z: Complex) -> NumResult<Complex> {
    let s = tanh((-z.1, z.0))?;
    Ok((s.1, -s.0))
}
