//! The constructors `int()`, `long()`, `float()`, `bool()`, `complex()`.
//!
//! In: the constructor's arguments. Out: the new object, following CPython 2.7's
//! `PyNumber_Int`/`PyNumber_Long`/`PyNumber_Float`/`complex_new`: the type's conversion slot
//! (`__int__`, `__long__`, `__float__`, `__complex__`), then `__trunc__` for int/long, then
//! the string parsers of `crate::numeric::parse` (a `unicode` argument is first encoded with
//! `numeric::unicode_to_decimal`, as `PyUnicode_EncodeDecimal` does). Subclass instances are
//! built from the plain value; an `int` subclass cannot hold a long value.

use num_bigint::BigInt;

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{slots_of, UnOpSlot};
use super::number::{as_int, int_obj, num_err, num_err_for};
use super::{complex, float, int, long, parse_args, str as pystr, unicode};
use crate::numeric::{self, Int};

/// The bytes a numeric parser reads from a str or unicode argument (None for other objects).
fn numeric_bytes(o: Obj) -> PyResult<Option<Vec<u8>>> {
    if pystr::is_str(o) {
        return Ok(Some(pystr::bytes(o).to_vec()));
    }
    if unicode::is_unicode(o) {
        return numeric::unicode_to_decimal(unicode::code_points(o))
            .map(Some)
            .map_err(|e| num_err_for(e, o));
    }
    Ok(None)
}

fn is_text(o: Obj) -> bool {
    pystr::is_str(o) || unicode::is_unicode(o)
}

/// `_PyNumber_ConvertIntegralToInt`: the result of `__trunc__` as an integer.
fn integral_to_int(v: Obj, msg: &str) -> PyResult<Int> {
    if let Some(i) = as_int(v) {
        return Ok(i);
    }
    if slots_of(v).unary[UnOpSlot::Int as usize].is_some() && !float::is_float(v) {
        let r = ops::unary_slot(v, UnOpSlot::Int)?;
        if let Some(i) = as_int(r) {
            return Ok(i);
        }
    }
    Err(exc::type_error(&format!(
        "{} (type {})",
        msg,
        ops::type_name_of(v)
    )))
}

/// `PyNumber_Int(x)` (`what == "int"`) or `PyNumber_Long(x)` (`what == "long"`) as a value.
fn integer_from_object(x: Obj, what: &str) -> PyResult<Int> {
    let r = rt();
    let is_long = what == "long";
    if x.class() == r.types.int {
        return Ok(Int::Small(int::value(x)));
    }
    if x.class() == r.types.long {
        let v = Int::Big(long::value(x).clone());
        // long.__int__ gives an int when the value fits.
        return Ok(if is_long { v } else { v.into_int() });
    }
    let slot = if is_long {
        UnOpSlot::Long
    } else {
        UnOpSlot::Int
    };
    if slots_of(x).unary[slot as usize].is_some() {
        let v = ops::unary_slot(x, slot)?;
        return as_int(v).ok_or_else(|| {
            exc::type_error(&format!(
                "__{what}__ returned non-{what} (type {})",
                ops::type_name_of(v)
            ))
        });
    }
    if let Some(i) = as_int(x) {
        return Ok(i);
    }
    let trunc = if x.class() == r.types.instance {
        ops::getattr_opt(x, pystr::intern("__trunc__")?)?
    } else {
        super::super::class::lookup_special(x, pystr::intern("__trunc__")?)?
    };
    if let Some(f) = trunc {
        let v = super::super::call::call(f, &[], None)?;
        return integral_to_int(v, "__trunc__ returned non-Integral");
    }
    if let Some(bytes) = numeric_bytes(x)? {
        return if is_long {
            numeric::parse_long(&bytes, None)
                .map(Int::Big)
                .map_err(num_err)
        } else {
            numeric::parse_int(&bytes, None).map_err(num_err)
        };
    }
    Err(exc::type_error(&format!(
        "{what}() argument must be a string or a number, not '{}'",
        ops::type_name_of(x)
    )))
}

/// The explicit base argument (a C int).
fn base_arg(b: Obj) -> PyResult<i64> {
    if float::is_float(b) {
        return Err(exc::type_error("integer argument expected, got float"));
    }
    int::as_i64(b, "Python int too large to convert to C long")
}

pub fn int_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("int", args, kw, &["x", "base"], 0)?;
    let v = match (a[0], a[1]) {
        (None, None) => Int::Small(0),
        (None, Some(_)) => return Err(exc::type_error("int() missing string argument")),
        (Some(x), None) => {
            if t == rt().types.int && x.class() == rt().types.int {
                return Ok(x);
            }
            match simple_text_int(x, 10) {
                Some(v) => Int::Small(v),
                None => integer_from_object(x, "int")?,
            }
        }
        (Some(x), Some(b)) => {
            let base = base_arg(b)?;
            let simple = u32::try_from(base)
                .ok()
                .filter(|b| (2..=36).contains(b))
                .and_then(|b| simple_text_int(x, b));
            if let Some(v) = simple {
                return finish_int(t, Int::Small(v));
            }
            let Some(bytes) = numeric_bytes(x)? else {
                return Err(exc::type_error(
                    "int() can't convert non-string with explicit base",
                ));
            };
            numeric::parse_int(&bytes, Some(base)).map_err(num_err)?
        }
    };
    finish_int(t, v)
}

/// `int(s)` / `int(s, base)` of an exact str in the common spelling (see
/// [`int::parse_simple`]), without the general parser's big-integer work; `None` when the full
/// path must decide (other objects, other spellings, errors).
fn simple_text_int(x: Obj, base: u32) -> Option<i64> {
    if x.class() != rt().types.str {
        return None;
    }
    int::parse_simple(pystr::bytes(x), base)
}

/// The `int` (or `int` subclass `t`) instance holding `v`.
fn finish_int(t: Obj, v: Int) -> PyResult<Obj> {
    if t == rt().types.int {
        return int_obj(v);
    }
    match v.into_int() {
        Int::Small(i) => int::new_of(t, i),
        Int::Big(_) => Err(exc::overflow_error(
            "Python int too large to convert to C long",
        )),
    }
}

pub fn long_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("long", args, kw, &["x", "base"], 0)?;
    let v: BigInt = match (a[0], a[1]) {
        (None, None) => BigInt::from(0),
        (None, Some(_)) => return Err(exc::type_error("long() missing string argument")),
        (Some(x), None) => integer_from_object(x, "long")?.to_big(),
        (Some(x), Some(b)) => {
            let base = base_arg(b)?;
            let Some(bytes) = numeric_bytes(x)? else {
                return Err(exc::type_error(
                    "long() can't convert non-string with explicit base",
                ));
            };
            numeric::parse_long(&bytes, Some(base)).map_err(num_err)?
        }
    };
    long::new_of(t, v)
}

/// `PyNumber_Float(x)` as a value.
pub fn float_from(x: Obj) -> PyResult<f64> {
    if x.class() == rt().types.float {
        return Ok(float::value(x));
    }
    if slots_of(x).unary[UnOpSlot::Float as usize].is_some() {
        let v = ops::unary_slot(x, UnOpSlot::Float)?;
        if !float::is_float(v) {
            return Err(exc::type_error(&format!(
                "__float__ returned non-float (type {})",
                ops::type_name_of(v)
            )));
        }
        return Ok(float::value(v));
    }
    if float::is_float(x) {
        return Ok(float::value(x));
    }
    if let Some(bytes) = numeric_bytes(x)? {
        return numeric::parse_float(&bytes).map_err(num_err);
    }
    Err(exc::type_error(
        "float() argument must be a string or a number",
    ))
}

pub fn float_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("float", args, kw, &["x"], 0)?;
    let v = match a[0] {
        None => 0.0,
        Some(x) => {
            if t == rt().types.float && x.class() == rt().types.float {
                return Ok(x);
            }
            float_from(x)?
        }
    };
    float::new_of(t, v)
}

pub fn bool_new(_t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("bool", args, kw, &["x"], 0)?;
    Ok(ops::bool_obj(match a[0] {
        None => false,
        Some(x) => ops::truthy(x)?,
    }))
}

/// `__complex__` of `o`, if it has one (must return a complex).
fn complex_special(o: Obj) -> PyResult<Option<Obj>> {
    let name = pystr::intern("__complex__")?;
    let f = if o.class() == rt().types.instance {
        ops::getattr_opt(o, name)?
    } else {
        super::super::class::lookup_special(o, name)?
    };
    let Some(f) = f else {
        return Ok(None);
    };
    let v = super::super::call::call(f, &[], None)?;
    if !complex::is_complex(v) {
        return Err(exc::type_error(
            "__complex__ should return a complex object",
        ));
    }
    Ok(Some(v))
}

fn has_float_slot(o: Obj) -> bool {
    slots_of(o).unary[UnOpSlot::Float as usize].is_some()
}

/// An argument of `complex(real, imag)` as `(value, is_complex)`.
fn complex_part(o: Obj) -> PyResult<((f64, f64), bool)> {
    if complex::is_complex(o) {
        return Ok((complex::value(o), true));
    }
    Ok(((float_from(o)?, 0.0), false))
}

pub fn complex_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("complex", args, kw, &["real", "imag"], 0)?;
    let r = rt();
    let Some(mut real) = a[0] else {
        let imag = match a[1] {
            None => return complex::new_of(t, 0.0, 0.0),
            Some(i) => i,
        };
        if is_text(imag) {
            return Err(exc::type_error("complex() second arg can't be a string"));
        }
        let im = complex_part(imag)?;
        let (re, im) = numeric::complex_new(((0.0, 0.0), false), Some(im));
        return complex::new_of(t, re, im);
    };
    if real.class() == r.types.complex && a[1].is_none() && t == r.types.complex {
        return Ok(real);
    }
    if is_text(real) {
        if a[1].is_some() {
            return Err(exc::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let bytes = numeric_bytes(real)?.unwrap_or_default();
        let (re, im) = numeric::parse_complex(&bytes).map_err(num_err)?;
        return complex::new_of(t, re, im);
    }
    if let Some(i) = a[1] {
        if is_text(i) {
            return Err(exc::type_error("complex() second arg can't be a string"));
        }
    }
    if let Some(c) = complex_special(real)? {
        real = c;
    }
    let number = |o: Obj| complex::is_complex(o) || has_float_slot(o);
    if !number(real) || a[1].is_some_and(|i| !number(i)) {
        return Err(exc::type_error(
            "complex() argument must be a string or a number",
        ));
    }
    let re = complex_part(real)?;
    let im = match a[1] {
        None => None,
        Some(i) => Some(complex_part(i)?),
    };
    let (x, y) = numeric::complex_new(re, im);
    complex::new_of(t, x, y)
}
