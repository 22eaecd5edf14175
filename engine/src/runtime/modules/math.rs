//! The `math` module of CPython 2.7: every function and constant, over `crate::numeric::math`
//! and `crate::numeric::special` (which hold the arithmetic and CPython's error rules).
//!
//! In: Python arguments. Arguments are read as `PyFloat_AsDouble` does (floats, ints, longs,
//! `__float__`; else `TypeError('a float is required')`); `log`/`log10` take longs beyond the
//! float range; `factorial` takes integers and integral floats; `trunc` calls `__trunc__`.
//! Out: floats (also from `floor`/`ceil` in 2.7), or `ValueError('math domain error')` /
//! `OverflowError('math range error')`. Argument-count messages follow the C calling
//! convention of each function (`METH_O`, `PyArg_UnpackTuple`, `PyArg_ParseTuple`).

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::types::descr;
use super::super::types::number::{as_double, as_int, int_obj, num_err};
use super::super::types::{dict, float, int, long, tuple, Arity, NativeFn};
use crate::numeric::math::{self as nm, LogArg, MathFn};
use crate::numeric::{self, special, Int};

/// `PyArg_UnpackTuple(args, name, min, max)`: the arguments, or CPython's count message.
fn unpack(name: &str, args: &[Obj], kw: Option<Obj>, min: usize, max: usize) -> PyResult<()> {
    if kw.is_some_and(|k| dict::len(k) > 0) {
        return Err(exc::type_error(&format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let n = args.len();
    if n < min || n > max {
        let (word, k) = if min == max {
            ("", min)
        } else if n < min {
            ("at least ", min)
        } else {
            ("at most ", max)
        };
        return Err(exc::type_error(&format!(
            "{name} expected {word}{k} arguments, got {n}"
        )));
    }
    Ok(())
}

fn float_result(v: numeric::NumResult<f64>) -> PyResult<Obj> {
    float::new(v.map_err(num_err)?)
}

/// The one-argument libm functions (`math_1`).
fn unary(f: MathFn, x: Obj) -> PyResult<Obj> {
    let x = as_double(x)?;
    float_result(nm::math_unary(f, x))
}

macro_rules! unary_fns {
    ($($name:ident => $f:ident),* $(,)?) => {
        $(fn $name(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> { unary(MathFn::$f, a[0]) })*
    };
}

unary_fns! {
    m_acos => Acos, m_acosh => Acosh, m_asin => Asin, m_asinh => Asinh, m_atan => Atan,
    m_atanh => Atanh, m_cos => Cos, m_cosh => Cosh, m_exp => Exp, m_expm1 => Expm1,
    m_fabs => Fabs, m_log1p => Log1p, m_sin => Sin, m_sinh => Sinh, m_sqrt => Sqrt,
    m_tan => Tan, m_tanh => Tanh,
}

fn m_floor(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float::new(nm::floor(as_double(a[0])?))
}
fn m_ceil(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float::new(nm::ceil(as_double(a[0])?))
}
fn m_erf(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float::new(special::erf(as_double(a[0])?))
}
fn m_erfc(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float::new(special::erfc(as_double(a[0])?))
}
fn m_gamma(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float_result(special::gamma(as_double(a[0])?))
}
fn m_lgamma(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float_result(special::lgamma(as_double(a[0])?))
}
fn m_degrees(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float::new(nm::degrees(as_double(a[0])?))
}
fn m_radians(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float::new(nm::radians(as_double(a[0])?))
}
fn m_isinf(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(ops::bool_obj(as_double(a[0])?.is_infinite()))
}
fn m_isnan(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(ops::bool_obj(as_double(a[0])?.is_nan()))
}
fn m_frexp(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (m, e) = nm::frexp(as_double(a[0])?);
    let m = float::new(m)?;
    let e = int::new(e)?;
    tuple::new(&[m, e])
}
fn m_modf(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (frac, whole) = nm::modf(as_double(a[0])?);
    let frac = float::new(frac)?;
    let whole = float::new(whole)?;
    tuple::new(&[frac, whole])
}
fn m_trunc(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    ops::call_method(a[0], "__trunc__", &[])
}

/// `math.factorial`: an integral float, or an integer (`PyInt_AsLong`).
fn m_factorial(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let x = a[0];
    if float::is_float(x) {
        return int_obj(nm::factorial_float(float::value(x)).map_err(num_err)?);
    }
    let n = match as_int(x) {
        Some(n) => n,
        None => {
            let v = ops::unary_slot(x, super::super::typeobj::UnOpSlot::Int).map_err(|_| {
                exc::clear_pending();
                exc::type_error("an integer is required")
            })?;
            as_int(v).ok_or_else(|| exc::type_error("an integer is required"))?
        }
    };
    int_obj(nm::factorial(&n).map_err(num_err)?)
}

fn m_fsum(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let it = ops::iter(a[0])?;
    let mut values = Vec::new();
    while let Some(item) = ops::next(it)? {
        values.push(as_double(item)?);
    }
    float_result(nm::fsum(values))
}

fn two(name: &str, a: &[Obj], kw: Option<Obj>) -> PyResult<(f64, f64)> {
    unpack(name, a, kw, 2, 2)?;
    Ok((as_double(a[0])?, as_double(a[1])?))
}
fn m_atan2(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let (y, x) = two("atan2", a, kw)?;
    float::new(nm::atan2(y, x))
}
fn m_copysign(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let (x, y) = two("copysign", a, kw)?;
    float::new(nm::copysign(x, y))
}
fn m_fmod(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let (x, y) = two("fmod", a, kw)?;
    float_result(nm::fmod(x, y))
}
fn m_hypot(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let (x, y) = two("hypot", a, kw)?;
    float_result(nm::hypot(x, y))
}
fn m_pow(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let (x, y) = two("pow", a, kw)?;
    float_result(nm::pow(x, y))
}

/// `math.ldexp(x, i)`: `i` must be an int or long; a huge long saturates.
fn m_ldexp(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let x = as_double(a[0])?;
    let e = match as_int(a[1]) {
        Some(Int::Small(v)) => v,
        Some(Int::Big(b)) => {
            use num_traits::{Signed, ToPrimitive};
            b.to_i64()
                .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
        }
        None => {
            return Err(exc::type_error(
                "Expected an int or long as second argument to ldexp.",
            ))
        }
    };
    float_result(nm::ldexp(x, e))
}

/// A `log` argument: a long is kept whole (logs of longs beyond the float range work).
fn log_arg(o: Obj) -> PyResult<LogArg> {
    if long::is_long(o) {
        return Ok(LogArg::Int(Int::Big(long::value(o).clone())));
    }
    Ok(LogArg::Float(as_double(o)?))
}
fn m_log(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    unpack("log", a, kw, 1, 2)?;
    let x = log_arg(a[0])?;
    let base = match a.get(1) {
        Some(&b) => Some(log_arg(b)?),
        None => None,
    };
    float_result(nm::log(&x, base.as_ref()))
}
fn m_log10(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float_result(nm::log10(&log_arg(a[0])?))
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("acos", m_acos, Arity::One),
    ("acosh", m_acosh, Arity::One),
    ("asin", m_asin, Arity::One),
    ("asinh", m_asinh, Arity::One),
    ("atan", m_atan, Arity::One),
    ("atan2", m_atan2, Arity::Any),
    ("atanh", m_atanh, Arity::One),
    ("ceil", m_ceil, Arity::One),
    ("copysign", m_copysign, Arity::Any),
    ("cos", m_cos, Arity::One),
    ("cosh", m_cosh, Arity::One),
    ("degrees", m_degrees, Arity::One),
    ("erf", m_erf, Arity::One),
    ("erfc", m_erfc, Arity::One),
    ("exp", m_exp, Arity::One),
    ("expm1", m_expm1, Arity::One),
    ("fabs", m_fabs, Arity::One),
    ("factorial", m_factorial, Arity::One),
    ("floor", m_floor, Arity::One),
    ("fmod", m_fmod, Arity::Any),
    ("frexp", m_frexp, Arity::One),
    ("fsum", m_fsum, Arity::One),
    ("gamma", m_gamma, Arity::One),
    ("hypot", m_hypot, Arity::Any),
    ("isinf", m_isinf, Arity::One),
    ("isnan", m_isnan, Arity::One),
    ("ldexp", m_ldexp, Arity::Range(2, 2)),
    ("lgamma", m_lgamma, Arity::One),
    ("log", m_log, Arity::Any),
    ("log10", m_log10, Arity::One),
    ("log1p", m_log1p, Arity::One),
    ("modf", m_modf, Arity::One),
    ("pow", m_pow, Arity::Any),
    ("radians", m_radians, Arity::One),
    ("sin", m_sin, Arity::One),
    ("sinh", m_sinh, Arity::One),
    ("sqrt", m_sqrt, Arity::One),
    ("tan", m_tan, Arity::One),
    ("tanh", m_tanh, Arity::One),
    ("trunc", m_trunc, Arity::One),
];

/// Builds `math`.
pub fn init(d: Obj) -> PyResult<()> {
    for &(name, f, arity) in FUNCS {
        let o = descr::new_builtin(descr::Native::Func(f, name, arity), None, None)?;
        dict::set_str(d, name, o)?;
    }
    dict::set_str(d, "pi", float::new(std::f64::consts::PI)?)?;
    dict::set_str(d, "e", float::new(std::f64::consts::E)?)?;
    Ok(())
}
