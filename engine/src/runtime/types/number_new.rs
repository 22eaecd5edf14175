//! The constructors `int()`, `long()`, `float()`, `bool()`, `complex()`: conversion from
//! numbers (through `__int__`, `__long__`, `__float__`, `__trunc__`) and from strings.

use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::UnOpSlot;
use super::number::{as_real, float_to_int, long_to_f64, Real};
use super::{complex, float, int, long, parse_args, str as pystr, unicode};

/// Text of a str or unicode argument (unicode as UTF-8), for parsing numbers.
fn numeric_text(o: Obj) -> Option<String> {
    if pystr::is_str(o) {
        return Some(String::from_utf8_lossy(pystr::bytes(o)).into_owned());
    }
    if unicode::is_unicode(o) {
        return Some(unicode::to_rust_lossy(o));
    }
    None
}

/// Parses an integer literal as `int(s, base)` does; None when invalid.
pub fn parse_int_text(s: &str, base: u32, allow_l: bool) -> Option<BigInt> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\0');
    let (neg, mut t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    t = t.trim_start_matches(|c: char| c.is_ascii_whitespace());
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    if base == 0 {
        if lower.starts_with("0x") {
            base = 16;
            t = &t[2..];
        } else if lower.starts_with("0o") {
            base = 8;
            t = &t[2..];
        } else if lower.starts_with("0b") {
            base = 2;
            t = &t[2..];
        } else if lower.starts_with('0') && lower.len() > 1 {
            base = 8;
        } else {
            base = 10;
        }
    } else if (base == 16 && lower.starts_with("0x"))
        || (base == 8 && lower.starts_with("0o"))
        || (base == 2 && lower.starts_with("0b"))
    {
        t = &t[2..];
    }
    if allow_l && (t.ends_with('l') || t.ends_with('L')) {
        t = &t[..t.len() - 1];
    }
    if t.is_empty() || !t.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::from_str_radix(t, base).ok()?;
    Some(if neg { -v } else { v })
}

fn int_from_text(o: Obj, s: &str, base: u32, what: &str) -> PyResult<BigInt> {
    match parse_int_text(s, base, what == "long") {
        Some(v) => Ok(v),
        None => Err(exc::value_error(&format!(
            "invalid literal for {}() with base {}: {}",
            what,
            base,
            ops::repr_text(o)?
        ))),
    }
}

fn to_integer(x: Obj, what: &str) -> PyResult<BigInt> {
    if let Some(Real::Int(v)) = as_real(x) {
        return Ok(BigInt::from(v));
    }
    if let Some(Real::Long(v)) = as_real(x) {
        return Ok(v);
    }
    if let Some(Real::Float(f)) = as_real(x) {
        let o = float_to_int(f)?;
        return Ok(match as_real(o) {
            Some(Real::Int(v)) => BigInt::from(v),
            Some(Real::Long(v)) => v,
            _ => BigInt::default(),
        });
    }
    if let Some(s) = numeric_text(x) {
        return int_from_text(x, &s, 10, what);
    }
    let slot = if what == "long" {
        UnOpSlot::Long
    } else {
        UnOpSlot::Int
    };
    let r = rt();
    let has = super::super::typeobj::slots_of(x).unary[slot as usize].is_some();
    let v = if has {
        ops::unary_slot(x, slot)?
    } else if let Some(t) =
        super::super::class::call_special(x, super::str::intern("__trunc__")?, &[])?
    {
        t
    } else if x.class() == r.types.instance {
        ops::unary_slot(x, slot)?
    } else {
        return Err(exc::type_error(&format!(
            "{}() argument must be a string or a number, not '{}'",
            what,
            ops::type_name_of(x)
        )));
    };
    match as_real(v) {
        Some(Real::Int(i)) => Ok(BigInt::from(i)),
        Some(Real::Long(l)) => Ok(l),
        _ => Err(exc::type_error(&format!(
            "__{}__ returned non-{} (type {})",
            if what == "long" { "long" } else { "int" },
            if what == "long" { "long" } else { "int" },
            ops::type_name_of(v)
        ))),
    }
}

pub fn int_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("int", args, kw, &["x", "base"], 0)?;
    let v = match (a[0], a[1]) {
        (None, None) => BigInt::from(0),
        (None, Some(_)) => return Err(exc::type_error("int() missing string argument")),
        (Some(x), None) => {
            if t == rt().types.int && x.class() == rt().types.int {
                return Ok(x);
            }
            to_integer(x, "int")?
        }
        (Some(x), Some(b)) => {
            let base = ops::index_value(b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(exc::value_error("int() base must be >= 2 and <= 36"));
            }
            let Some(s) = numeric_text(x) else {
                return Err(exc::type_error(
                    "int() can't convert non-string with explicit base",
                ));
            };
            int_from_text(x, &s, base as u32, "int")?
        }
    };
    if t == rt().types.int {
        return long::int_or_long(v);
    }
    match v.to_i64() {
        Some(i) => int::new_of(t, i),
        None => Err(exc::overflow_error(
            "Python int too large to convert to C long",
        )),
    }
}

pub fn long_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("long", args, kw, &["x", "base"], 0)?;
    let v = match (a[0], a[1]) {
        (None, None) => BigInt::from(0),
        (None, Some(_)) => return Err(exc::type_error("long() missing string argument")),
        (Some(x), None) => to_integer(x, "long")?,
        (Some(x), Some(b)) => {
            let base = ops::index_value(b)?;
            if base != 0 && !(2..=36).contains(&base) {
                return Err(exc::value_error("long() arg 2 must be >= 2 and <= 36"));
            }
            let Some(s) = numeric_text(x) else {
                return Err(exc::type_error(
                    "long() can't convert non-string with explicit base",
                ));
            };
            int_from_text(x, &s, base as u32, "long")?
        }
    };
    long::new_of(t, v)
}

/// `float(s)` parsing: CPython accepts surrounding whitespace, a sign, inf/infinity/nan.
pub fn parse_float_text(s: &str) -> Option<f64> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (sign, body) = match t.as_bytes().first() {
        Some(b'-') => (-1.0, &t[1..]),
        Some(b'+') => (1.0, &t[1..]),
        _ => (1.0, t),
    };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Some(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Some(f64::NAN);
    }
    let ok = !body.is_empty()
        && body
            .bytes()
            .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'))
        && body.bytes().any(|c| c.is_ascii_digit());
    if !ok {
        return None;
    }
    body.parse::<f64>().ok().map(|v| sign * v)
}

pub fn float_from(x: Obj) -> PyResult<f64> {
    if let Some(r) = as_real(x) {
        return match r {
            Real::Int(v) => Ok(v as f64),
            Real::Long(v) => long_to_f64(&v),
            Real::Float(f) => Ok(f),
        };
    }
    if let Some(s) = numeric_text(x) {
        return parse_float_text(&s).ok_or_else(|| {
            let shown = if pystr::is_str(x) {
                String::from_utf8_lossy(pystr::bytes(x)).into_owned()
            } else {
                s.clone()
            };
            exc::value_error(&format!("could not convert string to float: {shown}"))
        });
    }
    let v = ops::unary_slot(x, UnOpSlot::Float)?;
    if !float::is_float(v) {
        return Err(exc::type_error("nb_float should return float object"));
    }
    Ok(float::value(v))
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

pub fn complex_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("complex", args, kw, &["real", "imag"], 0)?;
    let part = |o: Option<Obj>| -> PyResult<(f64, f64)> {
        match o {
            None => Ok((0.0, 0.0)),
            Some(x) if complex::is_complex(x) => Ok(complex::value(x)),
            Some(x) => {
                if numeric_text(x).is_some() {
                    return Err(exc::type_error(
                        "complex() can't take second arg if first is a string",
                    ));
                }
                Ok((float_from(x)?, 0.0))
            }
        }
    };
    if let Some(x) = a[0] {
        if let Some(s) = numeric_text(x) {
            if a[1].is_some() {
                return Err(exc::type_error(
                    "complex() can't take second arg if first is a string",
                ));
            }
            let (re, im) = parse_complex_text(&s)
                .ok_or_else(|| exc::value_error("complex() arg is a malformed string"))?;
            return complex::new_of(t, re, im);
        }
    }
    let (ar, ai) = match a[0] {
        None => (0.0, 0.0),
        Some(x) if complex::is_complex(x) => complex::value(x),
        Some(x) => (float_from(x)?, 0.0),
    };
    let (br, bi) = part(a[1])?;
    complex::new_of(t, ar - bi, ai + br)
}

fn parse_complex_text(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts: the last sign not after an 'e'.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (parse_float_text(&body[..i])?, &body[i..]),
            None => (0.0, body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => parse_float_text(x)?,
        };
        return Some((re, im));
    }
    Some((parse_float_text(t)?, 0.0))
}
