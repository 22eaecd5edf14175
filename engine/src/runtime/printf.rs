//! `fmt % args` for str and unicode formats: walks the format, takes arguments (positional or
//! from a mapping), and converts each with `pyfmt` (numbers) or `str`/`repr` (text), with
//! CPython 2.7's errors. A str format whose `%s` argument is unicode produces unicode (the
//! whole format is then redone as unicode, as CPython does).

use num_bigint::BigInt;

use super::exc;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::types::number::{as_real, Real};
use super::types::{str as pystr, tuple, unicode};
use crate::pyfmt::{self, Conversion, Count, FormatError};

pub fn format_error(e: FormatError) -> super::object::Raised {
    match e {
        FormatError::Value(m) => exc::value_error(&m),
        FormatError::Overflow(m) => exc::overflow_error(&m),
        FormatError::Type(m) => exc::type_error(&m),
        FormatError::Memory => exc::memory_error(),
    }
}

enum Outcome {
    Done(Vec<u32>),
    /// A str format met a unicode argument: redo as unicode.
    NeedUnicode,
}

/// `fmt % args` where `fmt` is a str or unicode.
pub fn percent(fmt: Obj, args: Obj) -> PyResult<Obj> {
    let is_unicode = unicode::is_unicode(fmt);
    let text: Vec<u32> = if is_unicode {
        unicode::code_points(fmt).to_vec()
    } else {
        pystr::bytes(fmt).iter().map(|&b| b as u32).collect()
    };
    match run(&text, args, is_unicode)? {
        Outcome::Done(out) => {
            if is_unicode {
                unicode::new(&out)
            } else {
                let bytes: Vec<u8> = out.iter().map(|&c| c as u8).collect();
                pystr::new(&bytes)
            }
        }
        Outcome::NeedUnicode => {
            // Decode the str format as ASCII (default encoding) and redo.
            let u = unicode::decode_default(fmt)?;
            let text = unicode::code_points(u).to_vec();
            match run(&text, args, true)? {
                Outcome::Done(out) => unicode::new(&out),
                Outcome::NeedUnicode => Err(exc::system_error("unicode formatting loop")),
            }
        }
    }
}

fn is_mapping_arg(args: Obj) -> bool {
    let r = rt();
    !tuple::is_tuple(args)
        && !pystr::is_str(args)
        && !unicode::is_unicode(args)
        && super::typeobj::slots_of(args).getitem.is_some()
        || args.class() == r.types.instance && !tuple::is_tuple(args)
}

fn run(fmt: &[u32], args: Obj, is_unicode: bool) -> PyResult<Outcome> {
    let one = [args];
    let positional: &[Obj] = if tuple::is_tuple(args) {
        tuple::items(args)
    } else {
        &one
    };
    let mapping = is_mapping_arg(args);
    let mut argi = 0usize;
    let mut used_mapping = false;
    let mut out: Vec<u32> = Vec::with_capacity(fmt.len() + 16);
    let mut i = 0;
    let next_arg = |argi: &mut usize| -> PyResult<Obj> {
        match positional.get(*argi) {
            Some(&a) => {
                *argi += 1;
                Ok(a)
            }
            None => Err(exc::type_error("not enough arguments for format string")),
        }
    };
    while i < fmt.len() {
        let c = fmt[i];
        if c != '%' as u32 {
            out.push(c);
            i += 1;
            continue;
        }
        let (key, after_key) = pyfmt::parse_mapping_key(fmt, i).map_err(format_error)?;
        let mut value_from_key = None;
        if let Some(range) = key {
            if !mapping {
                return Err(exc::type_error("format requires a mapping"));
            }
            used_mapping = true;
            let kt: Vec<u32> = fmt[range].to_vec();
            let k = if is_unicode {
                unicode::new(&kt)?
            } else {
                let b: Vec<u8> = kt.iter().map(|&c| c as u8).collect();
                pystr::new(&b)?
            };
            value_from_key = Some(ops::getitem(args, k)?);
        }
        let spec = pyfmt::parse_conversion(fmt, after_key, is_unicode).map_err(format_error)?;
        let width = match spec.width {
            Count::Absent => 0,
            Count::Given(w) => w,
            Count::Star => {
                let a = next_arg(&mut argi)?;
                if !super::types::int::is_int(a) {
                    return Err(exc::type_error("* wants int"));
                }
                let w = super::types::int::value(a);
                if w < 0 {
                    (-w) as usize
                } else {
                    w as usize
                }
            }
        };
        let mut flags = spec.flags;
        if let Count::Star = spec.width {
            // A negative `*` width means left-justify.
        }
        let precision = match spec.precision {
            Count::Absent => None,
            Count::Given(p) => Some(p),
            Count::Star => {
                let a = next_arg(&mut argi)?;
                if !super::types::int::is_int(a) {
                    return Err(exc::type_error("* wants int"));
                }
                Some(super::types::int::value(a).max(0) as usize)
            }
        };
        if spec.conversion == '%' {
            let conv = Conversion {
                flags,
                width,
                precision,
                conversion: '%',
            };
            let lay = pyfmt::printf_text_layout(1, &conv, false).map_err(format_error)?;
            out.extend(std::iter::repeat_n(' ' as u32, lay.left));
            out.push('%' as u32);
            out.extend(std::iter::repeat_n(' ' as u32, lay.right));
            i = spec.end;
            continue;
        }
        let value = match value_from_key {
            Some(v) => v,
            None => next_arg(&mut argi)?,
        };
        if let Count::Star = spec.width {
            if let Some(a) =
                positional.get(argi.wrapping_sub(if matches!(spec.precision, Count::Star) {
                    3
                } else {
                    2
                }))
            {
                if super::types::int::is_int(*a) && super::types::int::value(*a) < 0 {
                    flags.left = true;
                }
            }
        }
        let conv = Conversion {
            flags,
            width,
            precision,
            conversion: spec.conversion,
        };
        match spec.conversion {
            's' | 'r' => {
                let s = if spec.conversion == 's' {
                    ops::str_or_unicode(value)?
                } else {
                    ops::repr(value)?
                };
                let text: Vec<u32> = if unicode::is_unicode(s) {
                    if !is_unicode {
                        return Ok(Outcome::NeedUnicode);
                    }
                    unicode::code_points(s).to_vec()
                } else if is_unicode {
                    let u = unicode::decode_default(s)?;
                    unicode::code_points(u).to_vec()
                } else {
                    pystr::bytes(s).iter().map(|&b| b as u32).collect()
                };
                let lay =
                    pyfmt::printf_text_layout(text.len(), &conv, true).map_err(format_error)?;
                out.extend(std::iter::repeat_n(' ' as u32, lay.left));
                out.extend_from_slice(&text[..lay.keep]);
                out.extend(std::iter::repeat_n(' ' as u32, lay.right));
            }
            'c' => {
                let code: u32 = if pystr::is_str(value) && pystr::len(value) == 1 {
                    pystr::bytes(value)[0] as u32
                } else if unicode::is_unicode(value) && unicode::code_points(value).len() == 1 {
                    if !is_unicode {
                        return Ok(Outcome::NeedUnicode);
                    }
                    unicode::code_points(value)[0]
                } else if pystr::is_str(value) || unicode::is_unicode(value) {
                    return Err(exc::type_error("%c requires int or char"));
                } else {
                    let n = integer_of(value, "%c requires int or char")?;
                    pyfmt::printf_char_code(&n, is_unicode).map_err(format_error)?
                };
                let lay = pyfmt::printf_text_layout(1, &conv, false).map_err(format_error)?;
                out.extend(std::iter::repeat_n(' ' as u32, lay.left));
                out.push(code);
                out.extend(std::iter::repeat_n(' ' as u32, lay.right));
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let (n, is_long) = match as_real(value) {
                    Some(Real::Int(v)) => (BigInt::from(v), false),
                    Some(Real::Long(v)) => (v, true),
                    Some(Real::Float(f)) => {
                        let o = super::types::number::float_to_int(f)?;
                        match as_real(o) {
                            Some(Real::Int(v)) => (BigInt::from(v), false),
                            Some(Real::Long(v)) => (v, true),
                            _ => (BigInt::default(), false),
                        }
                    }
                    None => {
                        let msg = format!(
                            "%{} format: a number is required, not {}",
                            spec.conversion,
                            ops::type_name_of(value)
                        );
                        let n = integer_via_int(value).map_err(|_| {
                            exc::clear_pending();
                            exc::type_error(&msg)
                        })?;
                        n
                    }
                };
                let s = pyfmt::printf_int(&n, is_long, &conv).map_err(format_error)?;
                out.extend(s.chars().map(|c| c as u32));
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match as_real(value) {
                    Some(r) => super::types::number::real_to_f64(&r)?,
                    None => {
                        let msg =
                            format!("float argument required, not {}", ops::type_name_of(value));
                        match super::types::number_new::float_from(value) {
                            Ok(f) if !pystr::is_str(value) && !unicode::is_unicode(value) => f,
                            _ => {
                                exc::clear_pending();
                                return Err(exc::type_error(&msg));
                            }
                        }
                    }
                };
                let s = pyfmt::printf_float(f, &conv).map_err(format_error)?;
                out.extend(s.chars().map(|c| c as u32));
            }
            other => {
                return Err(exc::value_error(&format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    other, other as u32, spec.conversion_at
                )))
            }
        }
        i = spec.end;
    }
    if argi < positional.len() && !used_mapping && !(mapping && !tuple::is_tuple(args)) {
        return Err(exc::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(Outcome::Done(out))
}

fn integer_of(v: Obj, msg: &str) -> PyResult<BigInt> {
    match as_real(v) {
        Some(Real::Int(x)) => Ok(BigInt::from(x)),
        Some(Real::Long(x)) => Ok(x),
        _ => Err(exc::type_error(msg)),
    }
}

fn integer_via_int(v: Obj) -> PyResult<(BigInt, bool)> {
    let o = ops::unary_slot(v, super::typeobj::UnOpSlot::Int)?;
    match as_real(o) {
        Some(Real::Int(x)) => Ok((BigInt::from(x), false)),
        Some(Real::Long(x)) => Ok((x, true)),
        _ => Err(exc::type_error("an integer is required")),
    }
}
