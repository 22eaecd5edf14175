//! The named methods and attributes of `int`, `long`, `float` and `complex` (`bool` inherits
//! int's): `real`/`imag`/`numerator`/`denominator`, `conjugate`, `bit_length`, `__trunc__`,
//! `__format__`, `__getnewargs__`, `__coerce__`, and float's `is_integer`,
//! `as_integer_ratio`, `hex`, `fromhex`, `__getformat__`.
//!
//! In: `self` (an instance of the type or a subclass) and the arguments. Out: the result
//! CPython 2.7 gives; results are of the plain builtin type (`True.real` is `1`). The values
//! and texts come from `crate::numeric` and `crate::pyfmt`.

use super::{as_int, float_float, float_int, int_int, int_obj, long_long, num_err};
use crate::numeric::{self, Int};
use crate::pyfmt::FormatError;
use crate::runtime::exc;
use crate::runtime::object::{Obj, PyResult};
use crate::runtime::ops;
use crate::runtime::printf::format_error;
use crate::runtime::rt::rt;
use crate::runtime::types::{cm, gs, m, Arity, GetSetDef, MethodDef};
use crate::runtime::types::{complex, float, int, long, str as pystr, tuple, unicode};

fn value_of(o: Obj) -> Int {
    as_int(o).unwrap_or(Int::Small(0))
}

// --- __format__ -------------------------------------------------------------------------------

/// Common part of the `__format__` methods: the spec as text (a unicode spec is converted with
/// `str()`, and the result is a str either way, as in 2.7), an empty spec meaning `str(self)`.
fn format_with(
    o: Obj,
    spec: Obj,
    f: impl Fn(&str) -> Result<String, FormatError>,
) -> PyResult<Obj> {
    let spec = if unicode::is_unicode(spec) {
        unicode::encode_default(spec)?
    } else if pystr::is_str(spec) {
        spec
    } else {
        return Err(exc::type_error("__format__ requires str or unicode"));
    };
    let text = String::from_utf8_lossy(pystr::bytes(spec)).into_owned();
    if text.is_empty() {
        return ops::str(o);
    }
    pystr::from_str(&f(&text).map_err(format_error)?)
}

fn int_format(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = value_of(o).to_big();
    let name = ops::type_name_of(o);
    format_with(o, a[0], |spec| {
        crate::pyfmt::format_int_spec(&v, spec, &name)
    })
}

fn float_format(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = float::value(o);
    format_with(o, a[0], |spec| crate::pyfmt::format_float_spec(v, spec))
}

fn complex_format(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (re, im) = complex::value(o);
    format_with(o, a[0], |spec| {
        crate::pyfmt::format_complex_spec(re, im, spec)
    })
}

// --- int and long -----------------------------------------------------------------------------

fn int_self(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int_int(o)
}
fn long_self(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    long_long(o)
}
fn bit_length(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int::new(numeric::int_bit_length(&value_of(o)))
}
fn int_getnewargs(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = int_int(o)?;
    tuple::new(&[v])
}
fn long_getnewargs(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = long_long(o)?;
    tuple::new(&[v])
}
/// `int.__coerce__`: only another int.
fn int_coerce(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if int::is_int(a[0]) {
        return tuple::new(&[o, a[0]]);
    }
    Ok(rt().not_implemented)
}
/// `long.__coerce__`: an int becomes a long.
fn long_coerce(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let other = a[0];
    if long::is_long(other) {
        return tuple::new(&[o, other]);
    }
    if int::is_int(other) {
        let l = long::new(int::value(other).into())?;
        return tuple::new(&[o, l]);
    }
    Ok(rt().not_implemented)
}

fn int_get_self(o: Obj) -> PyResult<Obj> {
    int_int(o)
}
fn int_get_zero(_o: Obj) -> PyResult<Obj> {
    int::new(0)
}
fn int_get_one(_o: Obj) -> PyResult<Obj> {
    int::new(1)
}
fn long_get_self(o: Obj) -> PyResult<Obj> {
    long_long(o)
}
fn long_get_zero(_o: Obj) -> PyResult<Obj> {
    long::new(0.into())
}
fn long_get_one(_o: Obj) -> PyResult<Obj> {
    long::new(1.into())
}

pub static INT_METHODS: &[MethodDef] = &[
    m("conjugate", int_self, Arity::None),
    m("bit_length", bit_length, Arity::None),
    m("__trunc__", int_self, Arity::None),
    m("__format__", int_format, Arity::One),
    m("__getnewargs__", int_getnewargs, Arity::None),
    m("__coerce__", int_coerce, Arity::One),
];

pub static INT_GETSETS: &[GetSetDef] = &[
    gs("real", int_get_self, None),
    gs("imag", int_get_zero, None),
    gs("numerator", int_get_self, None),
    gs("denominator", int_get_one, None),
];

pub static LONG_METHODS: &[MethodDef] = &[
    m("conjugate", long_self, Arity::None),
    m("bit_length", bit_length, Arity::None),
    m("__trunc__", long_self, Arity::None),
    m("__format__", int_format, Arity::One),
    m("__getnewargs__", long_getnewargs, Arity::None),
    m("__coerce__", long_coerce, Arity::One),
];

pub static LONG_GETSETS: &[GetSetDef] = &[
    gs("real", long_get_self, None),
    gs("imag", long_get_zero, None),
    gs("numerator", long_get_self, None),
    gs("denominator", long_get_one, None),
];

// --- float ------------------------------------------------------------------------------------

fn float_self(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float_float(o)
}
fn float_trunc(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    float_int(o)
}
fn is_integer(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Ok(ops::bool_obj(numeric::float_is_integer(float::value(o))))
}
fn as_integer_ratio(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (n, d) = numeric::float_as_integer_ratio(float::value(o)).map_err(num_err)?;
    let n = int_obj(n)?;
    let d = int_obj(d)?;
    tuple::new(&[n, d])
}
fn float_hex(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    pystr::from_str(&numeric::float_hex(float::value(o)))
}
/// `float.fromhex(s)` (a class method: a subclass is called with the float).
fn fromhex(cls: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let s = if unicode::is_unicode(a[0]) {
        unicode::encode_default(a[0])?
    } else {
        a[0]
    };
    if !pystr::is_str(s) {
        return Err(exc::type_error(&format!(
            "fromhex() argument 1 must be string or read-only character buffer, not {}",
            ops::type_name_of(s)
        )));
    }
    let v = numeric::float_fromhex(pystr::bytes(s)).map_err(num_err)?;
    let f = float::new(v)?;
    if cls == rt().types.float {
        return Ok(f);
    }
    crate::runtime::call::call(cls, &[f], None)
}
fn getformat(_cls: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if !pystr::is_str(a[0]) {
        return Err(exc::type_error(&format!(
            "__getformat__() argument 1 must be string, not {}",
            ops::type_name_of(a[0])
        )));
    }
    match pystr::bytes(a[0]) {
        b"double" | b"float" => pystr::from_str("IEEE, little-endian"),
        _ => Err(exc::value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
    }
}
/// `float.__setformat__(typestr, fmt)`: only `'unknown'` or the detected format is accepted;
/// neither changes anything here.
fn setformat(_cls: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    for (i, o) in a.iter().enumerate() {
        if !pystr::is_str(*o) {
            return Err(exc::type_error(&format!(
                "__setformat__() argument {} must be string, not {}",
                i + 1,
                ops::type_name_of(*o)
            )));
        }
    }
    let typestr = pystr::bytes(a[0]);
    if typestr != b"double" && typestr != b"float" {
        return Err(exc::value_error(
            "__setformat__() argument 1 must be 'double' or 'float'",
        ));
    }
    match pystr::bytes(a[1]) {
        b"unknown" | b"IEEE, little-endian" => Ok(rt().none),
        b"IEEE, big-endian" => Err(exc::value_error(&format!(
            "can only set {} format to 'unknown' or the detected platform value",
            String::from_utf8_lossy(typestr)
        ))),
        _ => Err(exc::value_error(
            "__setformat__() argument 2 must be 'unknown', 'IEEE, little-endian' or 'IEEE, big-endian'",
        )),
    }
}
fn float_getnewargs(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = float_float(o)?;
    tuple::new(&[v])
}
/// `float.__coerce__`: an int or long becomes a float (which can overflow).
fn float_coerce(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let other = a[0];
    if float::is_float(other) {
        return tuple::new(&[o, other]);
    }
    match as_int(other) {
        Some(i) => {
            let f = float::new(numeric::int_to_f64(&i).map_err(num_err)?)?;
            tuple::new(&[o, f])
        }
        None => Ok(rt().not_implemented),
    }
}
fn float_get_self(o: Obj) -> PyResult<Obj> {
    float_float(o)
}
fn float_get_zero(_o: Obj) -> PyResult<Obj> {
    float::new(0.0)
}

pub static FLOAT_METHODS: &[MethodDef] = &[
    m("conjugate", float_self, Arity::None),
    m("is_integer", is_integer, Arity::None),
    m("as_integer_ratio", as_integer_ratio, Arity::None),
    m("hex", float_hex, Arity::None),
    cm("fromhex", fromhex, Arity::One),
    m("__trunc__", float_trunc, Arity::None),
    m("__format__", float_format, Arity::One),
    cm("__getformat__", getformat, Arity::One),
    cm("__setformat__", setformat, Arity::Range(2, 2)),
    m("__getnewargs__", float_getnewargs, Arity::None),
    m("__coerce__", float_coerce, Arity::One),
];

pub static FLOAT_GETSETS: &[GetSetDef] = &[
    gs("real", float_get_self, None),
    gs("imag", float_get_zero, None),
];

// --- complex ----------------------------------------------------------------------------------

fn conjugate(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (re, im) = complex::value(o);
    complex::new(re, -im)
}
fn complex_getnewargs(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (re, im) = complex::value(o);
    let re = float::new(re)?;
    let im = float::new(im)?;
    tuple::new(&[re, im])
}
/// `complex.__coerce__`: any number becomes a complex.
fn complex_coerce(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let other = a[0];
    if complex::is_complex(other) {
        return tuple::new(&[o, other]);
    }
    let x = if float::is_float(other) {
        float::value(other)
    } else if let Some(i) = as_int(other) {
        numeric::int_to_f64(&i).map_err(num_err)?
    } else {
        return Ok(rt().not_implemented);
    };
    let c = complex::new(x, 0.0)?;
    tuple::new(&[o, c])
}
fn complex_real(o: Obj) -> PyResult<Obj> {
    float::new(complex::value(o).0)
}
fn complex_imag(o: Obj) -> PyResult<Obj> {
    float::new(complex::value(o).1)
}

pub static COMPLEX_METHODS: &[MethodDef] = &[
    m("conjugate", conjugate, Arity::None),
    m("__format__", complex_format, Arity::One),
    m("__getnewargs__", complex_getnewargs, Arity::None),
    m("__coerce__", complex_coerce, Arity::One),
];

pub static COMPLEX_GETSETS: &[GetSetDef] = &[
    gs("real", complex_real, None),
    gs("imag", complex_imag, None),
];
