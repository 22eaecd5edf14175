//! The number slots of `int`, `bool`, `long`, `float` and `complex`: arithmetic with Python 2's
//! rules (int overflow promotes to long, classic division floors for integers, modulo takes
//! the divisor's sign), comparisons across numeric types, conversions, hashing and text.
//!
//! Each type's binary slot accepts the operand combinations that type handles and returns
//! NotImplemented otherwise, so `ops::binary_op` finds the right one: int handles int×int,
//! long handles integer×integer, float handles real×real, complex handles number×number.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops::{bool_obj, ni};
use super::super::rt::rt;
use super::super::typeobj::{NbOp, Slots, UnOpSlot, NB_COUNT, UN_COUNT};
use super::{complex, float, int, long, str as pystr};
use crate::compile::ir::CmpOp;

/// A real number operand.
#[derive(Clone, Debug)]
pub enum Real {
    Int(i64),
    Long(BigInt),
    Float(f64),
}

/// The operand as a real number, if it is an int, bool, long or float (or subclass).
pub fn as_real(o: Obj) -> Option<Real> {
    let r = rt();
    let c = o.class();
    if c == r.types.int || c == r.types.bool {
        return Some(Real::Int(int::value(o)));
    }
    if c == r.types.float {
        return Some(Real::Float(float::value(o)));
    }
    if c == r.types.long {
        return Some(Real::Long(long::value(o).clone()));
    }
    if int::is_int(o) {
        Some(Real::Int(int::value(o)))
    } else if long::is_long(o) {
        Some(Real::Long(long::value(o).clone()))
    } else if float::is_float(o) {
        Some(Real::Float(float::value(o)))
    } else {
        None
    }
}

fn big(x: &Real) -> Option<BigInt> {
    match x {
        Real::Int(v) => Some(BigInt::from(*v)),
        Real::Long(v) => Some(v.clone()),
        Real::Float(_) => None,
    }
}

/// Long to float with CPython's overflow error.
pub fn long_to_f64(v: &BigInt) -> PyResult<f64> {
    let f = v.to_f64().unwrap_or(f64::INFINITY);
    if f.is_infinite() {
        return Err(exc::overflow_error(
            "long int too large to convert to float",
        ));
    }
    Ok(f)
}

pub fn real_to_f64(x: &Real) -> PyResult<f64> {
    match x {
        Real::Int(v) => Ok(*v as f64),
        Real::Long(v) => long_to_f64(v),
        Real::Float(f) => Ok(*f),
    }
}

// --- integer arithmetic -----------------------------------------------------------------------

fn int_result(v: BigInt) -> PyResult<Obj> {
    long::new(v)
}

/// Floor division and modulo of integers (divisor non-zero).
fn big_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    a.div_mod_floor(b)
}

fn i64_op(op: NbOp, x: i64, y: i64) -> PyResult<Obj> {
    let r = match op {
        NbOp::Add => x.checked_add(y),
        NbOp::Sub => x.checked_sub(y),
        NbOp::Mul => x.checked_mul(y),
        NbOp::Div | NbOp::FloorDiv | NbOp::Mod | NbOp::Divmod => {
            if y == 0 {
                return Err(exc::zero_division("integer division or modulo by zero"));
            }
            if x == i64::MIN && y == -1 {
                None
            } else {
                let (q, m) = (x.div_euclid(y), x.rem_euclid(y));
                // Floor semantics: adjust Euclid's result when the divisor is negative.
                let (q, m) = if y < 0 && m != 0 {
                    (q + 1, m + y)
                } else {
                    (q, m)
                };
                match op {
                    NbOp::Mod => Some(m),
                    NbOp::Divmod => {
                        let a = int::new(q)?;
                        let b = int::new(m)?;
                        return super::tuple::new(&[a, b]);
                    }
                    _ => Some(q),
                }
            }
        }
        NbOp::TrueDiv => {
            if y == 0 {
                return Err(exc::zero_division("division by zero"));
            }
            return float::new(true_divide(&BigInt::from(x), &BigInt::from(y))?);
        }
        NbOp::Pow => {
            if y < 0 {
                return float_pow(x as f64, y as f64);
            }
            match u32::try_from(y).ok().and_then(|e| x.checked_pow(e)) {
                Some(v) => Some(v),
                None => return long_op(op, &BigInt::from(x), &BigInt::from(y)),
            }
        }
        NbOp::LShift => {
            if y < 0 {
                return Err(exc::value_error("negative shift count"));
            }
            if x == 0 {
                Some(0)
            } else if y < 63 && (x << y) >> y == x {
                Some(x << y)
            } else {
                None
            }
        }
        NbOp::RShift => {
            if y < 0 {
                return Err(exc::value_error("negative shift count"));
            }
            Some(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })
        }
        NbOp::And => Some(x & y),
        NbOp::Or => Some(x | y),
        NbOp::Xor => Some(x ^ y),
    };
    match r {
        Some(v) => int::new(v),
        None => long_op(op, &BigInt::from(x), &BigInt::from(y)),
    }
}

/// Correctly rounded `a / b` for integers (CPython's long true division).
pub fn true_divide(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(exc::zero_division("division by zero"));
    }
    // Fast path: both exactly representable.
    let lim = BigInt::from(1u64 << 53);
    if a.abs() <= lim && b.abs() <= lim {
        return Ok(a.to_f64().unwrap() / b.to_f64().unwrap());
    }
    let neg = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the quotient has 55+ significant bits, then round half to even by hand.
    let shift = 55i64 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift > 0 {
        (a << (shift as usize), b.clone())
    } else {
        (a.clone(), b << ((-shift) as usize))
    };
    let (q, rem) = num.div_rem(&den);
    // q has 55 or 56 bits; keep 53 with sticky rounding.
    let qbits = q.bits() as i64;
    let extra = qbits - 53;
    let mut mant = &q >> (extra as usize);
    let dropped = &q - (&mant << (extra as usize));
    let half = BigInt::from(1) << ((extra - 1) as usize);
    let round_up = dropped > half
        || (dropped == half && (!rem.is_zero() || (&mant & BigInt::from(1)) == BigInt::from(1)));
    if round_up {
        mant += 1;
    }
    let exp = extra - shift;
    let m = mant.to_f64().unwrap();
    let v = if exp > 1100 {
        f64::INFINITY
    } else if exp < -1200 {
        0.0
    } else {
        m * 2f64.powi(exp as i32)
    };
    if v.is_infinite() {
        return Err(exc::overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if neg { -v } else { v })
}

fn long_op(op: NbOp, x: &BigInt, y: &BigInt) -> PyResult<Obj> {
    let v = match op {
        NbOp::Add => x + y,
        NbOp::Sub => x - y,
        NbOp::Mul => x * y,
        NbOp::Div | NbOp::FloorDiv | NbOp::Mod | NbOp::Divmod => {
            if y.is_zero() {
                return Err(exc::zero_division("long division or modulo by zero"));
            }
            let (q, m) = big_divmod(x, y);
            match op {
                NbOp::Mod => m,
                NbOp::Divmod => {
                    let a = int_result(q)?;
                    let b = int_result(m)?;
                    return super::tuple::new(&[a, b]);
                }
                _ => q,
            }
        }
        NbOp::TrueDiv => {
            if y.is_zero() {
                return Err(exc::zero_division("division by zero"));
            }
            return float::new(true_divide(x, y)?);
        }
        NbOp::Pow => {
            if y.is_negative() {
                return float_pow(long_to_f64(x)?, long_to_f64(y)?);
            }
            let Some(e) = y.to_u32() else {
                if x.abs() <= BigInt::from(1) {
                    let odd = y.is_odd();
                    let v = if x.is_zero() {
                        BigInt::zero()
                    } else if x.is_negative() && odd {
                        BigInt::from(-1)
                    } else {
                        BigInt::from(1)
                    };
                    return int_result(v);
                }
                return Err(exc::memory_error());
            };
            if x.bits().saturating_mul(e as u64) > (1u64 << 36) {
                return Err(exc::memory_error());
            }
            num_traits::pow(x.clone(), e as usize)
        }
        NbOp::LShift => {
            if y.is_negative() {
                return Err(exc::value_error("negative shift count"));
            }
            let Some(s) = y.to_usize() else {
                return Err(exc::overflow_error("outrageous left shift count"));
            };
            if x.is_zero() {
                BigInt::zero()
            } else {
                if s > (1usize << 36) {
                    return Err(exc::memory_error());
                }
                x << s
            }
        }
        NbOp::RShift => {
            if y.is_negative() {
                return Err(exc::value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        NbOp::And => x & y,
        NbOp::Or => x | y,
        NbOp::Xor => x ^ y,
    };
    int_result(v)
}

// --- float arithmetic -------------------------------------------------------------------------

/// `x ** y` for floats with CPython 2.7's errors.
pub fn float_pow(x: f64, y: f64) -> PyResult<Obj> {
    float::new(float_pow_value(x, y)?)
}

pub fn float_pow_value(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(if y == 0.0 { 1.0 } else { x });
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(exc::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.floor() != y {
        return Err(exc::value_error(
            "negative number cannot be raised to a fractional power",
        ));
    }
    let v = x.powf(y);
    if v.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(exc::raise_args(
            rt().exc.OverflowError,
            &[
                int::new(34)?,
                pystr::from_str("Numerical result out of range")?,
            ],
        ));
    }
    Ok(v)
}

fn float_op(op: NbOp, x: f64, y: f64) -> PyResult<Obj> {
    let v = match op {
        NbOp::Add => x + y,
        NbOp::Sub => x - y,
        NbOp::Mul => x * y,
        NbOp::Div | NbOp::TrueDiv => {
            if y == 0.0 {
                return Err(exc::zero_division("float division by zero"));
            }
            x / y
        }
        NbOp::Mod => {
            if y == 0.0 {
                return Err(exc::zero_division("float modulo"));
            }
            float_mod(x, y)
        }
        NbOp::FloorDiv => {
            if y == 0.0 {
                return Err(exc::zero_division("float divmod()"));
            }
            float_divmod(x, y).0
        }
        NbOp::Divmod => {
            if y == 0.0 {
                return Err(exc::zero_division("float divmod()"));
            }
            let (q, m) = float_divmod(x, y);
            let a = float::new(q)?;
            let b = float::new(m)?;
            return super::tuple::new(&[a, b]);
        }
        NbOp::Pow => return float_pow(x, y),
        _ => return Ok(ni()),
    };
    float::new(v)
}

/// CPython's `float_rem`.
pub fn float_mod(x: f64, y: f64) -> f64 {
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    m
}

/// CPython's `float_divmod`.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

// --- slots ------------------------------------------------------------------------------------

fn int_binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    match (as_real(a), as_real(b)) {
        (Some(Real::Int(x)), Some(Real::Int(y))) => i64_op(op, x, y),
        _ => Ok(ni()),
    }
}

fn long_binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    match (
        as_real(a).as_ref().and_then(big),
        as_real(b).as_ref().and_then(big),
    ) {
        (Some(x), Some(y)) => long_op(op, &x, &y),
        _ => Ok(ni()),
    }
}

fn float_binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    match (as_real(a), as_real(b)) {
        (Some(x), Some(y)) => {
            if matches!(
                op,
                NbOp::LShift | NbOp::RShift | NbOp::And | NbOp::Or | NbOp::Xor
            ) {
                return Ok(ni());
            }
            float_op(op, real_to_f64(&x)?, real_to_f64(&y)?)
        }
        _ => Ok(ni()),
    }
}

fn bool_binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    let r = rt();
    if a.class() == r.types.bool && b.class() == r.types.bool {
        let (x, y) = (int::value(a) != 0, int::value(b) != 0);
        match op {
            NbOp::And => return Ok(bool_obj(x & y)),
            NbOp::Or => return Ok(bool_obj(x | y)),
            NbOp::Xor => return Ok(bool_obj(x ^ y)),
            _ => {}
        }
    }
    int_binop(op, a, b)
}

macro_rules! nb_table {
    ($table:ident, $f:ident) => {
        fn $table() -> [Option<super::super::typeobj::BinaryFn>; NB_COUNT] {
            fn add(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Add, a, b)
            }
            fn sub(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Sub, a, b)
            }
            fn mul(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Mul, a, b)
            }
            fn div(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Div, a, b)
            }
            fn truediv(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::TrueDiv, a, b)
            }
            fn floordiv(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::FloorDiv, a, b)
            }
            fn modulo(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Mod, a, b)
            }
            fn divmod(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Divmod, a, b)
            }
            fn pow(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Pow, a, b)
            }
            fn lshift(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::LShift, a, b)
            }
            fn rshift(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::RShift, a, b)
            }
            fn and(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::And, a, b)
            }
            fn or(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Or, a, b)
            }
            fn xor(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Xor, a, b)
            }
            [
                Some(add),
                Some(sub),
                Some(mul),
                Some(div),
                Some(truediv),
                Some(floordiv),
                Some(modulo),
                Some(divmod),
                Some(pow),
                Some(lshift),
                Some(rshift),
                Some(and),
                Some(or),
                Some(xor),
            ]
        }
    };
}

nb_table!(int_nb, int_binop);
nb_table!(long_nb, long_binop);
nb_table!(float_nb, float_binop);
nb_table!(bool_nb, bool_binop);
nb_table!(complex_nb, complex_binop);

/// Three-way comparison of two reals, exact across int/long/float (None: a NaN is involved).
pub fn real_cmp(x: &Real, y: &Real) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    match (x, y) {
        (Real::Int(a), Real::Int(b)) => Some(a.cmp(b)),
        (Real::Float(a), Real::Float(b)) => a.partial_cmp(b),
        (Real::Float(f), other) => real_cmp(other, &Real::Float(*f)).map(Ordering::reverse),
        (i, Real::Float(f)) => {
            let f = *f;
            if f.is_nan() {
                return None;
            }
            if f.is_infinite() {
                return Some(if f > 0.0 {
                    Ordering::Less
                } else {
                    Ordering::Greater
                });
            }
            let a = big(i).unwrap();
            // Compare a with f exactly: compare floor(f), then the fraction.
            let fl = f.floor();
            let fb = BigInt::from(fl as i128);
            let fb = if fl.abs() < 1e30 {
                fb
            } else {
                float_to_big(fl)
            };
            match a.cmp(&fb) {
                Ordering::Equal => {
                    if f > fl {
                        Some(Ordering::Less)
                    } else {
                        Some(Ordering::Equal)
                    }
                }
                o => Some(o),
            }
        }
        (a, b) => Some(big(a).unwrap().cmp(&big(b).unwrap())),
    }
}

/// The integer value of an integral float.
pub fn float_to_big(f: f64) -> BigInt {
    use num_traits::FromPrimitive;
    BigInt::from_f64(f).unwrap_or_default()
}

fn real_richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (as_real(a), as_real(b)) else {
        return Ok(ni());
    };
    let ord = real_cmp(&x, &y);
    use std::cmp::Ordering::*;
    let res = match (op, ord) {
        (CmpOp::Ne, None) => true,
        (_, None) => false,
        (CmpOp::Lt, Some(o)) => o == Less,
        (CmpOp::Le, Some(o)) => o != Greater,
        (CmpOp::Eq, Some(o)) => o == Equal,
        (CmpOp::Ne, Some(o)) => o != Equal,
        (CmpOp::Gt, Some(o)) => o == Greater,
        (CmpOp::Ge, Some(o)) => o != Less,
        _ => return Ok(ni()),
    };
    Ok(bool_obj(res))
}

fn int_hash(o: Obj) -> PyResult<i64> {
    Ok(crate::pyhash::int_hash(int::value(o)))
}
fn long_hash(o: Obj) -> PyResult<i64> {
    Ok(crate::pyhash::long_hash(long::value(o)))
}
fn float_hash(o: Obj) -> PyResult<i64> {
    Ok(crate::pyhash::float_hash(float::value(o)))
}
fn complex_hash(o: Obj) -> PyResult<i64> {
    let (re, im) = complex::value(o);
    Ok(crate::pyhash::complex_hash(re, im))
}

fn int_repr(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&int::value(o).to_string())
}
fn bool_repr(o: Obj) -> PyResult<Obj> {
    pystr::from_str(if int::value(o) != 0 { "True" } else { "False" })
}
fn long_repr(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&format!("{}L", long::value(o)))
}
fn long_str(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&long::value(o).to_string())
}
fn float_repr(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::float_repr(float::value(o)))
}
fn float_str(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::float_str(float::value(o)))
}
fn complex_repr(o: Obj) -> PyResult<Obj> {
    let (re, im) = complex::value(o);
    pystr::from_str(&crate::pyfmt::complex_repr(re, im))
}

fn int_nonzero(o: Obj) -> PyResult<bool> {
    Ok(int::value(o) != 0)
}
fn long_nonzero(o: Obj) -> PyResult<bool> {
    Ok(!long::value(o).is_zero())
}
fn float_nonzero(o: Obj) -> PyResult<bool> {
    Ok(float::value(o) != 0.0)
}
fn complex_nonzero(o: Obj) -> PyResult<bool> {
    let (re, im) = complex::value(o);
    Ok(re != 0.0 || im != 0.0)
}

// Unary slots.
fn int_neg(o: Obj) -> PyResult<Obj> {
    let v = int::value(o);
    match v.checked_neg() {
        Some(x) => int::new(x),
        None => long::new(-BigInt::from(v)),
    }
}
fn int_pos(o: Obj) -> PyResult<Obj> {
    int::new(int::value(o))
}
fn int_abs(o: Obj) -> PyResult<Obj> {
    let v = int::value(o);
    match v.checked_abs() {
        Some(x) => int::new(x),
        None => long::new(BigInt::from(v).abs()),
    }
}
fn int_invert(o: Obj) -> PyResult<Obj> {
    int::new(!int::value(o))
}
fn int_long(o: Obj) -> PyResult<Obj> {
    long::new(BigInt::from(int::value(o)))
}
fn int_float(o: Obj) -> PyResult<Obj> {
    float::new(int::value(o) as f64)
}
fn int_oct(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::oct_text(&BigInt::from(int::value(o)), false))
}
fn int_hex(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::hex_text(&BigInt::from(int::value(o)), false))
}

fn long_neg(o: Obj) -> PyResult<Obj> {
    long::new(-long::value(o))
}
fn long_pos(o: Obj) -> PyResult<Obj> {
    long::new(long::value(o).clone())
}
fn long_abs(o: Obj) -> PyResult<Obj> {
    long::new(long::value(o).abs())
}
fn long_invert(o: Obj) -> PyResult<Obj> {
    long::new(!long::value(o))
}
fn long_int(o: Obj) -> PyResult<Obj> {
    long::int_or_long(long::value(o).clone())
}
fn long_long(o: Obj) -> PyResult<Obj> {
    if o.class() == rt().types.long {
        return Ok(o);
    }
    long::new(long::value(o).clone())
}
fn long_float(o: Obj) -> PyResult<Obj> {
    float::new(long_to_f64(long::value(o))?)
}
fn long_oct(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::oct_text(long::value(o), true))
}
fn long_hex(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::hex_text(long::value(o), true))
}
fn int_int(o: Obj) -> PyResult<Obj> {
    if o.class() == rt().types.int {
        return Ok(o);
    }
    int::new(int::value(o))
}

fn float_neg(o: Obj) -> PyResult<Obj> {
    float::new(-float::value(o))
}
fn float_pos(o: Obj) -> PyResult<Obj> {
    float::new(float::value(o))
}
fn float_abs(o: Obj) -> PyResult<Obj> {
    float::new(float::value(o).abs())
}
/// `int(float)`: truncation; a long when out of range.
pub fn float_to_int(f: f64) -> PyResult<Obj> {
    if f.is_nan() {
        return Err(exc::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(exc::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t >= -9.223372036854776e18 && t < 9.223372036854776e18 {
        return int::new(t as i64);
    }
    long::new(float_to_big(t))
}
fn float_int(o: Obj) -> PyResult<Obj> {
    float_to_int(float::value(o))
}
fn float_long(o: Obj) -> PyResult<Obj> {
    let f = float::value(o);
    if f.is_nan() {
        return Err(exc::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(exc::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    long::new(float_to_big(f.trunc()))
}
fn float_float(o: Obj) -> PyResult<Obj> {
    if o.class() == rt().types.float {
        return Ok(o);
    }
    float::new(float::value(o))
}

fn complex_binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    let get = |o: Obj| -> PyResult<Option<(f64, f64)>> {
        if complex::is_complex(o) {
            return Ok(Some(complex::value(o)));
        }
        match as_real(o) {
            Some(x) => Ok(Some((real_to_f64(&x)?, 0.0))),
            None => Ok(None),
        }
    };
    let (Some((ar, ai)), Some((br, bi))) = (get(a)?, get(b)?) else {
        return Ok(ni());
    };
    let (re, im) = match op {
        NbOp::Add => (ar + br, ai + bi),
        NbOp::Sub => (ar - br, ai - bi),
        NbOp::Mul => (ar * br - ai * bi, ar * bi + ai * br),
        NbOp::Div | NbOp::TrueDiv => complex_div(ar, ai, br, bi)?,
        NbOp::Pow => complex_pow(ar, ai, br, bi)?,
        _ => {
            return Err(exc::type_error(&format!(
                "unsupported operand type(s) for {}: 'complex' and 'complex'",
                op.names().3
            )))
        }
    };
    complex::new(re, im)
}

/// CPython's `c_quot`.
pub fn complex_div(ar: f64, ai: f64, br: f64, bi: f64) -> PyResult<(f64, f64)> {
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(exc::zero_division("complex division by zero"));
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

fn complex_pow(ar: f64, ai: f64, br: f64, bi: f64) -> PyResult<(f64, f64)> {
    if br == 0.0 && bi == 0.0 {
        return Ok((1.0, 0.0));
    }
    if ar == 0.0 && ai == 0.0 {
        if bi != 0.0 || br < 0.0 {
            return Err(exc::zero_division("0.0 to a negative or complex power"));
        }
        return Ok((0.0, 0.0));
    }
    let vabs = ar.hypot(ai);
    let mut len = vabs.powf(br);
    let at = ai.atan2(ar);
    let mut phase = at * br;
    if bi != 0.0 {
        len /= (at * bi).exp();
        phase += bi * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn complex_neg(o: Obj) -> PyResult<Obj> {
    let (re, im) = complex::value(o);
    complex::new(-re, -im)
}
fn complex_pos(o: Obj) -> PyResult<Obj> {
    let (re, im) = complex::value(o);
    complex::new(re, im)
}
fn complex_abs(o: Obj) -> PyResult<Obj> {
    let (re, im) = complex::value(o);
    let v = re.hypot(im);
    if v.is_infinite() && re.is_finite() && im.is_finite() {
        return Err(exc::overflow_error("absolute value too large"));
    }
    float::new(v)
}
fn complex_richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let get = |o: Obj| -> PyResult<Option<(f64, f64)>> {
        if complex::is_complex(o) {
            return Ok(Some(complex::value(o)));
        }
        match as_real(o) {
            Some(x) => Ok(Some((real_to_f64(&x)?, 0.0))),
            None => Ok(None),
        }
    };
    let (Some(x), Some(y)) = (get(a)?, get(b)?) else {
        return Ok(ni());
    };
    match op {
        CmpOp::Eq => Ok(bool_obj(x == y)),
        CmpOp::Ne => Ok(bool_obj(x != y)),
        _ => Err(exc::type_error(
            "no ordering relation is defined for complex numbers",
        )),
    }
}

fn unary_table(
    neg: super::super::typeobj::UnaryFn,
    pos: super::super::typeobj::UnaryFn,
    abs: super::super::typeobj::UnaryFn,
    invert: Option<super::super::typeobj::UnaryFn>,
    to_int: super::super::typeobj::UnaryFn,
    to_long: super::super::typeobj::UnaryFn,
    to_float: super::super::typeobj::UnaryFn,
    oct_hex_index: Option<[super::super::typeobj::UnaryFn; 3]>,
) -> [Option<super::super::typeobj::UnaryFn>; UN_COUNT] {
    let mut t: [Option<super::super::typeobj::UnaryFn>; UN_COUNT] = [None; UN_COUNT];
    t[UnOpSlot::Neg as usize] = Some(neg);
    t[UnOpSlot::Pos as usize] = Some(pos);
    t[UnOpSlot::Abs as usize] = Some(abs);
    t[UnOpSlot::Invert as usize] = invert;
    t[UnOpSlot::Int as usize] = Some(to_int);
    t[UnOpSlot::Long as usize] = Some(to_long);
    t[UnOpSlot::Float as usize] = Some(to_float);
    if let Some([o, h, i]) = oct_hex_index {
        t[UnOpSlot::Oct as usize] = Some(o);
        t[UnOpSlot::Hex as usize] = Some(h);
        t[UnOpSlot::Index as usize] = Some(i);
    }
    t
}

fn complex_int(_o: Obj) -> PyResult<Obj> {
    Err(exc::type_error("can't convert complex to int"))
}
fn complex_long(_o: Obj) -> PyResult<Obj> {
    Err(exc::type_error("can't convert complex to long"))
}
fn complex_float(_o: Obj) -> PyResult<Obj> {
    Err(exc::type_error("can't convert complex to float"))
}

fn int_pow3(a: Obj, b: Obj, c: Obj) -> PyResult<Obj> {
    let (Some(x), Some(y), Some(z)) = (
        as_real(a).as_ref().and_then(big),
        as_real(b).as_ref().and_then(big),
        as_real(c).as_ref().and_then(big),
    ) else {
        if as_real(a).is_some() && as_real(b).is_some() && as_real(c).is_some() {
            return Err(exc::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        return Ok(ni());
    };
    if y.is_negative() {
        return Err(exc::type_error(
            "pow() 2nd argument cannot be negative when 3rd argument specified",
        ));
    }
    if z.is_zero() {
        return Err(exc::value_error("pow() 3rd argument cannot be 0"));
    }
    let m = x.modpow(&y, &z.abs());
    // Result takes the sign of the modulus (Python semantics).
    let m = if !m.is_zero() && z.is_negative() {
        m + &z
    } else {
        m
    };
    let is_long = long::is_long(a) || long::is_long(b) || long::is_long(c);
    if is_long {
        long::new(m)
    } else {
        long::int_or_long(m)
    }
}

fn float_pow3(a: Obj, b: Obj, c: Obj) -> PyResult<Obj> {
    if c != rt().none {
        if as_real(a).is_some() && as_real(b).is_some() {
            return Err(exc::type_error(
                "pow() 3rd argument not allowed unless all arguments are integers",
            ));
        }
        return Ok(ni());
    }
    float_binop(NbOp::Pow, a, b)
}

pub fn int_slots() -> Slots {
    Slots {
        repr: Some(int_repr),
        str: Some(int_repr),
        hash: Some(int_hash),
        richcmp: Some(real_richcmp),
        nonzero: Some(int_nonzero),
        nb: int_nb(),
        pow3: Some(int_pow3),
        unary: unary_table(
            int_neg,
            int_pos,
            int_abs,
            Some(int_invert),
            int_int,
            int_long,
            int_float,
            Some([int_oct, int_hex, int_int]),
        ),
        new: Some(super::number_new::int_new),
        ..Default::default()
    }
}

pub fn bool_slots() -> Slots {
    Slots {
        repr: Some(bool_repr),
        str: Some(bool_repr),
        nb: bool_nb(),
        new: Some(super::number_new::bool_new),
        ..int_slots()
    }
}

pub fn long_slots() -> Slots {
    Slots {
        repr: Some(long_repr),
        str: Some(long_str),
        hash: Some(long_hash),
        richcmp: Some(real_richcmp),
        nonzero: Some(long_nonzero),
        nb: long_nb(),
        pow3: Some(int_pow3),
        unary: unary_table(
            long_neg,
            long_pos,
            long_abs,
            Some(long_invert),
            long_int,
            long_long,
            long_float,
            Some([long_oct, long_hex, long_long]),
        ),
        new: Some(super::number_new::long_new),
        ..Default::default()
    }
}

pub fn float_slots() -> Slots {
    Slots {
        repr: Some(float_repr),
        str: Some(float_str),
        hash: Some(float_hash),
        richcmp: Some(real_richcmp),
        nonzero: Some(float_nonzero),
        nb: float_nb(),
        pow3: Some(float_pow3),
        unary: unary_table(
            float_neg,
            float_pos,
            float_abs,
            None,
            float_int,
            float_long,
            float_float,
            None,
        ),
        new: Some(super::number_new::float_new),
        ..Default::default()
    }
}

pub fn complex_slots() -> Slots {
    Slots {
        repr: Some(complex_repr),
        str: Some(complex_repr),
        hash: Some(complex_hash),
        richcmp: Some(complex_richcmp),
        nonzero: Some(complex_nonzero),
        nb: complex_nb(),
        unary: unary_table(
            complex_neg,
            complex_pos,
            complex_abs,
            None,
            complex_int,
            complex_long,
            complex_float,
            None,
        ),
        new: Some(super::number_new::complex_new),
        ..Default::default()
    }
}
