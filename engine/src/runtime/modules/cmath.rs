//! The `cmath` module of CPython 2.7 over `crate::numeric::cmath`.
//!
//! In: Python arguments, read as `PyComplex_AsCComplex` does (a complex, `__complex__`, or a
//! real number through `PyFloat_AsDouble`). Out: complex results (`phase` a float, `polar` a
//! tuple, `isinf`/`isnan` bools), or `ValueError('math domain error')` /
//! `OverflowError('math range error')`. Non-finite arguments are not looked up in CPython's
//! special-value tables (see `numeric::cmath`).

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::types::descr;
use super::super::types::number::{as_double, num_err};
use super::super::types::{complex, dict, float, str as pystr, tuple, Arity, NativeFn};
use crate::numeric::cmath as cm;
use crate::numeric::{Complex, NumResult};

/// `PyComplex_AsCComplex`.
fn as_complex(o: Obj) -> PyResult<Complex> {
    if complex::is_complex(o) {
        return Ok(complex::value(o));
    }
    let name = pystr::intern("__complex__")?;
    let f = if o.class() == super::super::rt::rt().types.instance {
        ops::getattr_opt(o, name)?
    } else {
        super::super::class::lookup_special(o, name)?
    };
    if let Some(f) = f {
        let v = super::super::call::call(f, &[], None)?;
        if !complex::is_complex(v) {
            return Err(exc::type_error(
                "__complex__ should return a complex object",
            ));
        }
        return Ok(complex::value(v));
    }
    Ok((as_double(o)?, 0.0))
}

/// `PyArg_ParseTuple(args, "D")`-style counts: `function takes exactly 1 argument (0 given)`.
fn check_args(name: &str, a: &[Obj], kw: Option<Obj>, min: usize, max: usize) -> PyResult<()> {
    if kw.is_some_and(|k| dict::len(k) > 0) {
        return Err(exc::type_error(&format!(
            "{name}() takes no keyword arguments"
        )));
    }
    let n = a.len();
    if n < min || n > max {
        let (word, k) = if min == max {
            ("exactly", min)
        } else if n < min {
            ("at least", min)
        } else {
            ("at most", max)
        };
        let s = if k == 1 { "" } else { "s" };
        return Err(exc::type_error(&format!(
            "function takes {word} {k} argument{s} ({n} given)"
        )));
    }
    Ok(())
}

fn complex_result(v: NumResult<Complex>) -> PyResult<Obj> {
    let (re, im) = v.map_err(num_err)?;
    complex::new(re, im)
}

macro_rules! unary_fns {
    ($($name:ident => $f:ident),* $(,)?) => {
        $(fn $name(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
            check_args(stringify!($f), a, kw, 1, 1)?;
            complex_result(cm::$f(as_complex(a[0])?))
        })*
    };
}

unary_fns! {
    c_acos => acos, c_acosh => acosh, c_asin => asin, c_asinh => asinh, c_atan => atan,
    c_atanh => atanh, c_cos => cos, c_cosh => cosh, c_exp => exp, c_log10 => log10,
    c_sin => sin, c_sinh => sinh, c_sqrt => sqrt, c_tan => tan, c_tanh => tanh,
}

fn c_log(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    check_args("log", a, kw, 1, 2)?;
    let z = as_complex(a[0])?;
    let base = match a.get(1) {
        Some(&b) => Some(as_complex(b)?),
        None => None,
    };
    complex_result(cm::log(z, base))
}
fn c_phase(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    check_args("phase", a, kw, 1, 1)?;
    float::new(cm::phase(as_complex(a[0])?))
}
fn c_polar(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    check_args("polar", a, kw, 1, 1)?;
    let (r, phi) = cm::polar(as_complex(a[0])?).map_err(num_err)?;
    let r = float::new(r)?;
    let phi = float::new(phi)?;
    tuple::new(&[r, phi])
}
fn c_rect(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    check_args("rect", a, kw, 2, 2)?;
    let r = as_double(a[0])?;
    let phi = as_double(a[1])?;
    complex_result(cm::rect(r, phi))
}
fn c_isinf(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    check_args("isinf", a, kw, 1, 1)?;
    let (re, im) = as_complex(a[0])?;
    Ok(ops::bool_obj(re.is_infinite() || im.is_infinite()))
}
fn c_isnan(a: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    check_args("isnan", a, kw, 1, 1)?;
    let (re, im) = as_complex(a[0])?;
    Ok(ops::bool_obj(re.is_nan() || im.is_nan()))
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("acos", c_acos, Arity::Any),
    ("acosh", c_acosh, Arity::Any),
    ("asin", c_asin, Arity::Any),
    ("asinh", c_asinh, Arity::Any),
    ("atan", c_atan, Arity::Any),
    ("atanh", c_atanh, Arity::Any),
    ("cos", c_cos, Arity::Any),
    ("cosh", c_cosh, Arity::Any),
    ("exp", c_exp, Arity::Any),
    ("isinf", c_isinf, Arity::Any),
    ("isnan", c_isnan, Arity::Any),
    ("log", c_log, Arity::Any),
    ("log10", c_log10, Arity::Any),
    ("phase", c_phase, Arity::Any),
    ("polar", c_polar, Arity::Any),
    ("rect", c_rect, Arity::Any),
    ("sin", c_sin, Arity::Any),
    ("sinh", c_sinh, Arity::Any),
    ("sqrt", c_sqrt, Arity::Any),
    ("tan", c_tan, Arity::Any),
    ("tanh", c_tanh, Arity::Any),
];

/// Builds `cmath`.
pub fn init(d: Obj) -> PyResult<()> {
    for &(name, f, arity) in FUNCS {
        let o = descr::new_builtin(descr::Native::Func(f, name, arity), None, None)?;
        dict::set_str(d, name, o)?;
    }
    dict::set_str(d, "pi", float::new(std::f64::consts::PI)?)?;
    dict::set_str(d, "e", float::new(std::f64::consts::E)?)?;
    Ok(())
}
