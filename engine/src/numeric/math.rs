//! The parts of CPython 2.7's `math` module that are more than a libm call, plus the exact
//! binary scaling and rounding the rest of `numeric` builds on.
//!
//! In: `f64` (and [`Int`] for `factorial`). Out: CPython 2.7.18's result or exception:
//! `ValueError('math domain error')` for a NaN result from non-NaN input, `OverflowError('math
//! range error')` for an infinite result from finite input (the rules of `math_1`/`math_2`).
//! `floor` and `ceil` return floats in 2.7. `fsum` is Shewchuk's exact summation with
//! CPython's special-value and half-even fix-up rules. [`scale2`] and [`round_to_f64`] round
//! exactly once (half to even), so they are correct for subnormal results too.

use super::float::float_to_int;
use super::int::MAX_BITS;
use super::{overflow, value_error, Int, NumError, NumResult};
use num_bigint::{BigInt, BigUint};
use num_traits::{ToPrimitive, Zero};

/// `x * 2**e`, correctly rounded (half to even), infinite on overflow.
pub fn scale2(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() || e == 0 {
        return x;
    }
    let bits = x.to_bits();
    let negative = x < 0.0;
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    // x = mant * 2**exp with mant in [2**52, 2**53)
    let (mut mant, mut exp) = if biased == 0 {
        (frac, -1074i64)
    } else {
        (frac | (1u64 << 52), biased - 1075)
    };
    while mant < (1u64 << 52) {
        mant <<= 1;
        exp -= 1;
    }
    let new_exp = exp.saturating_add(e);
    let result_biased = new_exp.saturating_add(1075);
    let magnitude = if result_biased >= 2047 {
        f64::INFINITY
    } else if result_biased >= 1 {
        f64::from_bits(((result_biased as u64) << 52) | (mant & ((1u64 << 52) - 1)))
    } else {
        // subnormal: drop `shift` low bits of mant, rounding half to even
        let shift = 1 - result_biased;
        if shift > 54 {
            0.0
        } else {
            let shift = shift as u32;
            let mut q = mant >> shift;
            let rem = mant & ((1u64 << shift) - 1);
            let half = 1u64 << (shift - 1);
            if rem > half || (rem == half && q & 1 == 1) {
                q += 1;
            }
            f64::from_bits(q)
        }
    };
    if negative {
        -magnitude
    } else {
        magnitude
    }
}

/// `m * 2**e` correctly rounded (half to even); infinite when it overflows.
pub fn round_to_f64(m: &BigUint, e: i64) -> f64 {
    if m.is_zero() {
        return 0.0;
    }
    let nbits = m.bits() as i64;
    let top_exp = e.saturating_add(nbits); // m * 2**e < 2**top_exp
    if top_exp > 1024 {
        return f64::INFINITY;
    }
    if top_exp < -1075 {
        return 0.0;
    }
    let lsb = top_exp.max(-1021) - 53;
    if e >= lsb {
        // at most 53 significant bits: exact
        return scale2(m.to_u64().unwrap_or(0) as f64, e);
    }
    let shift = (lsb - e) as u64;
    let mut q = (m >> shift).to_u64().unwrap_or(0);
    let half = BigUint::from(1u32) << (shift - 1);
    let rem = m - ((m >> shift) << shift);
    if rem > half || (rem == half && q & 1 == 1) {
        q += 1;
    }
    scale2(q as f64, lsb)
}

fn domain_error() -> NumError {
    value_error("math domain error")
}

fn range_error() -> NumError {
    overflow("math range error")
}

/// `math.floor(x)` (a float in 2.7).
pub fn floor(x: f64) -> f64 {
    x.floor()
}

/// `math.ceil(x)` (a float in 2.7).
pub fn ceil(x: f64) -> f64 {
    x.ceil()
}

/// `math.trunc(x)` of a float: `x.__trunc__()`, an int or long.
pub fn trunc(x: f64) -> NumResult<Int> {
    float_to_int(x)
}

/// `math.copysign(x, y)`.
pub fn copysign(x: f64, y: f64) -> f64 {
    x.copysign(y)
}

/// `math.frexp(x)`: `(m, e)` with `x == m * 2**e`, `0.5 <= |m| < 1`; `(x, 0)` for zero, inf,
/// nan.
pub fn frexp(x: f64) -> (f64, i64) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    if biased == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = biased - 1022;
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, e)
}

/// `math.ldexp(x, e)`; the caller saturates a long `e` to `i64`.
pub fn ldexp(x: f64, e: i64) -> NumResult<f64> {
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    if e > i32::MAX as i64 {
        return Err(range_error());
    }
    if e < i32::MIN as i64 {
        return Ok(0.0f64.copysign(x));
    }
    let r = scale2(x, e);
    if r.is_infinite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `math.modf(x)`: `(fractional part, integral part)`, both with the sign of `x`.
pub fn modf(x: f64) -> (f64, f64) {
    if x.is_infinite() {
        return (0.0f64.copysign(x), x);
    }
    if x.is_nan() {
        return (x, x);
    }
    let whole = x.trunc();
    ((x - whole).copysign(x), whole)
}

/// `math.fmod(x, y)`.
pub fn fmod(x: f64, y: f64) -> NumResult<f64> {
    if y.is_infinite() && x.is_finite() {
        return Ok(x);
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    Ok(r)
}

/// `math.hypot(x, y)`.
pub fn hypot(x: f64, y: f64) -> NumResult<f64> {
    if x.is_infinite() {
        return Ok(x.abs());
    }
    if y.is_infinite() {
        return Ok(y.abs());
    }
    let r = x.hypot(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(r)
}

/// `math.fsum(values)`: the correctly rounded sum.
pub fn fsum(values: impl IntoIterator<Item = f64>) -> NumResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special_sum = 0.0f64;
    let mut inf_sum = 0.0f64;
    for value in values {
        let mut x = value;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if value.is_finite() {
                    return Err(overflow("intermediate overflow in fsum"));
                }
                if value.is_infinite() {
                    inf_sum += value;
                }
                special_sum += value;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(special_sum);
    }
    let mut hi = 0.0;
    let mut n = partials.len();
    if n > 0 {
        n -= 1;
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

/// Product of the integers in `lo..hi`, by binary splitting.
fn range_product(lo: u64, hi: u64) -> BigInt {
    if hi - lo <= 16 {
        let mut p = BigInt::from(1u32);
        for k in lo..hi {
            p *= k;
        }
        return p;
    }
    let mid = lo + (hi - lo) / 2;
    range_product(lo, mid) * range_product(mid, hi)
}

/// `math.factorial(n)` for an integer argument.
pub fn factorial(n: &Int) -> NumResult<Int> {
    let n = match n {
        Int::Small(v) => *v,
        Int::Big(b) => b
            .to_i64()
            .ok_or_else(|| overflow("Python int too large to convert to C long"))?,
    };
    if n < 0 {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n as u64;
    // log2(n!) < n * log2(n)
    if (n as u128) * (64 - n.leading_zeros()) as u128 > MAX_BITS as u128 {
        return Err(NumError::Memory);
    }
    Ok(Int::Big(range_product(1, n + 1)).into_int())
}

/// `math.factorial(x)` for a float argument.
pub fn factorial_float(x: f64) -> NumResult<Int> {
    if !x.is_finite() || x != x.floor() {
        return Err(value_error("factorial() only accepts integral values"));
    }
    factorial(&float_to_int(x)?)
}

/// The one-argument `math` functions that are a libm call under `math_1`'s error rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MathFn {
    Acos,
    Acosh,
    Asin,
    Asinh,
    Atan,
    Atanh,
    Cos,
    Cosh,
    Exp,
    Expm1,
    Fabs,
    Log1p,
    Sin,
    Sinh,
    Sqrt,
    Tan,
    Tanh,
}

impl MathFn {
    /// The function for a `math` attribute name.
    pub fn from_name(name: &str) -> Option<MathFn> {
        use MathFn::*;
        Some(match name {
            "acos" => Acos,
            "acosh" => Acosh,
            "asin" => Asin,
            "asinh" => Asinh,
            "atan" => Atan,
            "atanh" => Atanh,
            "cos" => Cos,
            "cosh" => Cosh,
            "exp" => Exp,
            "expm1" => Expm1,
            "fabs" => Fabs,
            "log1p" => Log1p,
            "sin" => Sin,
            "sinh" => Sinh,
            "sqrt" => Sqrt,
            "tan" => Tan,
            "tanh" => Tanh,
            _ => return None,
        })
    }

    /// Whether an infinite result from a finite argument is an overflow (`OverflowError`)
    /// rather than a pole (`ValueError`).
    fn can_overflow(self) -> bool {
        matches!(
            self,
            MathFn::Cosh | MathFn::Exp | MathFn::Expm1 | MathFn::Log1p | MathFn::Sinh
        )
    }

    fn eval(self, x: f64) -> f64 {
        use MathFn::*;
        match self {
            Acos => x.acos(),
            Acosh => acosh(x),
            Asin => x.asin(),
            Asinh => asinh(x),
            Atan => x.atan(),
            Atanh => atanh(x),
            Cos => x.cos(),
            Cosh => x.cosh(),
            Exp => x.exp(),
            Expm1 => x.exp_m1(),
            Fabs => x.abs(),
            Log1p => x.ln_1p(),
            Sin => x.sin(),
            Sinh => x.sinh(),
            Sqrt => x.sqrt(),
            Tan => x.tan(),
            Tanh => x.tanh(),
        }
    }
}

// Rust's `acosh`, `asinh` and `atanh` are not glibc's; these follow glibc's (fdlibm's)
// formulas over the libm `log`, `log1p` and `sqrt`, so the results are the same bits.

fn acosh(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < 1.0 {
        return f64::NAN;
    }
    if x >= 268435456.0 {
        // 2**28
        if x.is_infinite() {
            return x;
        }
        return x.ln() + std::f64::consts::LN_2;
    }
    if x == 1.0 {
        return 0.0;
    }
    if x > 2.0 {
        let t = x * x;
        return (2.0 * x - 1.0 / (x + (t - 1.0).sqrt())).ln();
    }
    let t = x - 1.0;
    (t + (2.0 * t + t * t).sqrt()).ln_1p()
}

fn asinh(x: f64) -> f64 {
    if !x.is_finite() {
        return x;
    }
    let a = x.abs();
    if a < 3.725290298461914e-9 {
        // 2**-28
        return x;
    }
    // glibc compares the high 32 bits of |x| here, not the value.
    let high = (a.to_bits() >> 32) as u32;
    let w = if high > 0x41b0_0000 {
        a.ln() + std::f64::consts::LN_2
    } else if high > 0x4000_0000 {
        (2.0 * a + 1.0 / ((x * x + 1.0).sqrt() + a)).ln()
    } else {
        let t = x * x;
        (a + t / (1.0 + (1.0 + t).sqrt())).ln_1p()
    };
    w.copysign(x)
}

fn atanh(x: f64) -> f64 {
    let a = x.abs();
    let t = if a < 0.5 {
        if a < 3.725290298461914e-9 {
            return x;
        }
        let t = a + a;
        0.5 * (t + t * a / (1.0 - a)).ln_1p()
    } else if a < 1.0 {
        0.5 * ((a + a) / (1.0 - a)).ln_1p()
    } else if x.is_nan() {
        return x;
    } else if a > 1.0 {
        return super::PY_NAN;
    } else {
        return x / 0.0;
    };
    t.copysign(x)
}

/// CPython's `is_error` after errno was set: EDOM is a `ValueError`; ERANGE an
/// `OverflowError` unless the result is small (an underflow).
fn range_or_underflow(r: f64) -> NumResult<f64> {
    if r.abs() < 1.5 {
        Ok(r)
    } else {
        Err(range_error())
    }
}

/// `math.<f>(x)` for the libm functions (`math_1`): a NaN from a non-NaN argument is a domain
/// error, an infinity from a finite one a range error (`can_overflow`) or a domain error.
pub fn math_unary(f: MathFn, x: f64) -> NumResult<f64> {
    let r = f.eval(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() && x.is_finite() {
        return if f.can_overflow() {
            range_or_underflow(r)
        } else {
            Err(domain_error())
        };
    }
    Ok(r)
}

/// `math.atan2(y, x)` (CPython's `m_atan2` special cases, then libm).
pub fn atan2(y: f64, x: f64) -> f64 {
    use std::f64::consts::PI;
    if x.is_nan() || y.is_nan() {
        return super::PY_NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

/// `math.pow(x, y)` (not the `**` operator: `math.pow(0.0, -1.0)` is a `ValueError`).
pub fn pow(x: f64, y: f64) -> NumResult<f64> {
    if !x.is_finite() || !y.is_finite() {
        let r = if x.is_nan() {
            if y == 0.0 {
                1.0
            } else {
                x
            }
        } else if y.is_nan() {
            if x == 1.0 {
                1.0
            } else {
                y
            }
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && y.abs() % 2.0 == 1.0;
            if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            }
        } else if x.abs() == 1.0 {
            1.0
        } else if y > 0.0 && x.abs() > 1.0 {
            y
        } else if y < 0.0 && x.abs() < 1.0 {
            if x == 0.0 {
                return Err(domain_error()); // 0 ** -inf divides by zero
            }
            -y
        } else {
            0.0
        };
        return Ok(r);
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(domain_error());
    }
    if r.is_infinite() {
        return if x == 0.0 {
            Err(domain_error())
        } else {
            range_or_underflow(r)
        };
    }
    Ok(r)
}

/// `math.degrees(x)`.
pub fn degrees(x: f64) -> f64 {
    x * (180.0 / std::f64::consts::PI)
}

/// `math.radians(x)`.
pub fn radians(x: f64) -> f64 {
    x * (std::f64::consts::PI / 180.0)
}

/// CPython's `m_log` / `m_log10` under `math_1`.
fn log_float(x: f64, ten: bool) -> NumResult<f64> {
    if x.is_nan() || x == f64::INFINITY {
        return Ok(x);
    }
    if x > 0.0 {
        return Ok(if ten { x.log10() } else { x.ln() });
    }
    Err(domain_error())
}

/// `_PyLong_Frexp`: `(m, e)` with `n ≈ m * 2**e`, `0.5 <= m < 1`, `m` correctly rounded
/// (`n > 0`).
pub fn long_frexp(n: &BigInt) -> (f64, i64) {
    let magnitude = n.magnitude();
    let bits = magnitude.bits() as i64;
    let m = round_to_f64(magnitude, -bits);
    if m == 1.0 {
        (0.5, bits + 1)
    } else {
        (m, bits)
    }
}

/// `loghelper`: a long is taken apart so that logs of longs beyond the float range work.
fn log_int(n: &Int, ten: bool) -> NumResult<f64> {
    let func = |x: f64| if ten { x.log10() } else { x.ln() };
    match n {
        Int::Big(b) => {
            if b.sign() != num_bigint::Sign::Plus {
                return Err(domain_error());
            }
            match super::long_to_f64(b) {
                Ok(x) => Ok(func(x)),
                Err(_) => {
                    let (m, e) = long_frexp(b);
                    Ok(func(m) + func(2.0) * e as f64)
                }
            }
        }
        Int::Small(v) => log_float(*v as f64, ten),
    }
}

/// An argument of `math.log`/`math.log10`: an integer (int or long) or a float.
#[derive(Clone, Debug)]
pub enum LogArg {
    Int(Int),
    Float(f64),
}

fn log_of(x: &LogArg, ten: bool) -> NumResult<f64> {
    match x {
        LogArg::Int(n) => log_int(n, ten),
        LogArg::Float(f) => log_float(*f, ten),
    }
}

/// `math.log(x)` or `math.log(x, base)`.
pub fn log(x: &LogArg, base: Option<&LogArg>) -> NumResult<f64> {
    let num = log_of(x, false)?;
    match base {
        None => Ok(num),
        Some(b) => {
            let den = log_of(b, false)?;
            super::float_div(num, den)
        }
    }
}

/// `math.log10(x)`.
pub fn log10(x: &LogArg) -> NumResult<f64> {
    log_of(x, true)
}
