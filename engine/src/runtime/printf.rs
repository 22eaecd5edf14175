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
use crate::strops;

pub fn format_error(e: FormatError) -> super::object::Raised {
    match e {
        FormatError::Value(m) => exc::value_error(&m),
        FormatError::Overflow(m) => exc::overflow_error(&m),
        FormatError::Type(m) => exc::type_error(&m),
        FormatError::Memory => exc::memory_error(),
    }
}

enum Outcome {
    /// The text is in the output buffer.
    Done,
    /// A str format met a unicode argument: redo as unicode.
    NeedUnicode,
}

/// The code unit a format is walked in: a byte for a str format, a code point for a unicode
/// one; the output is built in the same unit, so a str format never widens its text.
trait Unit: strops::Elem + Into<u32> {
    /// A code the conversion produced (str formats only produce codes below 256).
    fn from_u32(c: u32) -> Self;
    /// The string object holding `v`.
    fn make(v: &[Self]) -> PyResult<Obj>;
    /// The text of a `%s`/`%r` result `s` (a str or unicode) in this unit; `None` when a str
    /// format meets unicode text (the format is then redone as unicode).
    fn text(s: Obj) -> PyResult<Option<&'static [Self]>>;
    /// Appends the ASCII text `conv` writes into a byte buffer.
    fn push_ascii_with(
        out: &mut Vec<Self>,
        conv: impl FnOnce(&mut Vec<u8>) -> Result<(), FormatError>,
    ) -> PyResult<()>;
}

impl Unit for u8 {
    fn from_u32(c: u32) -> u8 {
        c as u8
    }
    fn make(v: &[u8]) -> PyResult<Obj> {
        pystr::new(v)
    }
    fn text(s: Obj) -> PyResult<Option<&'static [u8]>> {
        Ok((!unicode::is_unicode(s)).then(|| pystr::bytes(s)))
    }
    fn push_ascii_with(
        out: &mut Vec<u8>,
        conv: impl FnOnce(&mut Vec<u8>) -> Result<(), FormatError>,
    ) -> PyResult<()> {
        // Bytes are the output unit: the conversion appends in place.
        conv(out).map_err(format_error)
    }
}

impl Unit for u32 {
    fn from_u32(c: u32) -> u32 {
        c
    }
    fn make(v: &[u32]) -> PyResult<Obj> {
        unicode::new(v)
    }
    fn text(s: Obj) -> PyResult<Option<&'static [u32]>> {
        if unicode::is_unicode(s) {
            return Ok(Some(unicode::code_points(s)));
        }
        // The decoded copy is fresh: the caller copies the slice out before it allocates.
        let u = unicode::decode_default(s)?;
        Ok(Some(unicode::code_points(u)))
    }
    fn push_ascii_with(
        out: &mut Vec<u32>,
        conv: impl FnOnce(&mut Vec<u8>) -> Result<(), FormatError>,
    ) -> PyResult<()> {
        let mut num = Vec::new();
        conv(&mut num).map_err(format_error)?;
        out.extend(num.iter().map(|&b| b as u32));
        Ok(())
    }
}

thread_local! {
    /// The output buffer of str formats, reused across calls (a nested format, from a `__str__`
    /// that formats, finds it taken and uses a fresh one).
    static STR_OUT: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Largest buffer kept for reuse; bigger ones are freed.
const KEEP_CAPACITY: usize = 1 << 16;

/// `fmt % args` where `fmt` is a str or unicode.
pub fn percent(fmt: Obj, args: Obj) -> PyResult<Obj> {
    if unicode::is_unicode(fmt) {
        return run_unicode(unicode::code_points(fmt), args);
    }
    let mut out = STR_OUT.with(|c| c.take());
    out.clear();
    let r = run::<u8>(pystr::bytes(fmt), args, &mut out);
    let r = match r {
        Ok(Outcome::Done) => pystr::new(&out).map(Some),
        Ok(Outcome::NeedUnicode) => Ok(None),
        Err(e) => Err(e),
    };
    if out.capacity() <= KEEP_CAPACITY {
        STR_OUT.with(|c| c.set(out));
    }
    match r? {
        Some(s) => Ok(s),
        None => {
            // Decode the str format as ASCII (default encoding) and redo.
            let u = unicode::decode_default(fmt)?;
            let r = run_unicode(unicode::code_points(u), args);
            // `run` read the decoded format while calling Python code: keep it on our stack.
            std::hint::black_box(u);
            r
        }
    }
}

/// Runs a unicode format into a fresh buffer and makes the unicode result.
fn run_unicode(fmt: &[u32], args: Obj) -> PyResult<Obj> {
    let mut out = Vec::with_capacity(fmt.len() + 16);
    match run::<u32>(fmt, args, &mut out)? {
        Outcome::Done => unicode::new(&out),
        Outcome::NeedUnicode => Err(exc::system_error("unicode formatting loop")),
    }
}

/// Appends `n` spaces.
fn spaces<E: Unit>(out: &mut Vec<E>, n: usize) {
    out.extend(std::iter::repeat_n(E::ascii(b' '), n));
}

/// Appends ASCII text (a converted number).
fn push_ascii<E: Unit>(out: &mut Vec<E>, s: &[u8]) {
    out.extend(s.iter().map(|&b| E::ascii(b)));
}

/// Appends `text` laid out (padded, truncated) for a `%s`/`%r` conversion.
fn push_text<E: strops::Elem>(
    out: &mut Vec<E>,
    text: &[E],
    conv: &Conversion,
) -> Result<(), FormatError> {
    let lay = pyfmt::printf_text_layout(text.len(), conv, true)?;
    out.extend(std::iter::repeat_n(E::ascii(b' '), lay.left));
    out.extend_from_slice(&text[..lay.keep]);
    out.extend(std::iter::repeat_n(E::ascii(b' '), lay.right));
    Ok(())
}

fn is_mapping_arg(args: Obj) -> bool {
    let r = rt();
    !tuple::is_tuple(args)
        && !pystr::is_str(args)
        && !unicode::is_unicode(args)
        && super::typeobj::slots_of(args).getitem.is_some()
        || args.class() == r.types.instance && !tuple::is_tuple(args)
}

/// Formats `fmt % args`, appending to `out`.
fn run<E: Unit>(fmt: &[E], args: Obj, out: &mut Vec<E>) -> PyResult<Outcome> {
    let is_unicode = E::IS_UNICODE;
    let one = [args];
    let positional: &[Obj] = if tuple::is_tuple(args) {
        tuple::items(args)
    } else {
        &one
    };
    let mapping = is_mapping_arg(args);
    let mut argi = 0usize;
    let mut used_mapping = false;
    out.reserve(fmt.len() + 16);
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
        // Copy the literal run up to the next `%` in one go.
        let lit = fmt[i..]
            .iter()
            .position(|&c| c == E::ascii(b'%'))
            .unwrap_or(fmt.len() - i);
        out.extend_from_slice(&fmt[i..i + lit]);
        i += lit;
        if i == fmt.len() {
            break;
        }
        let (key, after_key) = pyfmt::parse_mapping_key(fmt, i).map_err(format_error)?;
        let mut value_from_key = None;
        if let Some(range) = key {
            if !mapping {
                return Err(exc::type_error("format requires a mapping"));
            }
            used_mapping = true;
            // CPython's argument cursor is spent once a key was used: a later unkeyed
            // conversion finds no argument.
            argi = positional.len();
            let k = E::make(&fmt[range])?;
            value_from_key = Some(ops::getitem(args, k)?);
        }
        let spec = match pyfmt::parse_conversion(fmt, after_key, is_unicode) {
            Ok(spec) => spec,
            // CPython fetches the argument before it looks at the conversion character.
            Err(FormatError::Value(m)) if m.starts_with("unsupported format character") => {
                if value_from_key.is_none() && positional.get(argi).is_none() {
                    return Err(exc::type_error("not enough arguments for format string"));
                }
                return Err(exc::value_error(&m));
            }
            Err(e) => return Err(format_error(e)),
        };
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
            spaces(out, lay.left);
            out.push(E::ascii(b'%'));
            spaces(out, lay.right);
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
            's' if !is_unicode && value.class() == rt().types.str => {
                // The common case: an exact str is its own text.
                let text = pystr::bytes(value);
                E::push_ascii_with(out, |b| push_text(b, text, &conv))?;
            }
            's' if value.class() == rt().types.int => {
                // str() of a machine integer: its digits, without a str object.
                let mut buf = [0u8; super::types::int::DECIMAL_MAX];
                let digits =
                    super::types::int::decimal_text(super::types::int::value(value), &mut buf);
                E::push_ascii_with(out, |b| push_text(b, digits, &conv))?;
            }
            's' | 'r' => {
                let s = if spec.conversion == 's' {
                    if unicode::is_unicode(value) {
                        if !is_unicode {
                            return Ok(Outcome::NeedUnicode);
                        }
                        value
                    } else if is_unicode {
                        unicode::from_object(value)?
                    } else {
                        ops::str_or_unicode(value)?
                    }
                } else {
                    ops::repr(value)?
                };
                let Some(text) = E::text(s)? else {
                    return Ok(Outcome::NeedUnicode);
                };
                push_text(out, text, &conv).map_err(format_error)?;
            }
            'c' => {
                let code: u32 = if pystr::is_str(value) && pystr::len(value) == 1 {
                    if is_unicode {
                        // A str character in a unicode format is decoded (ASCII).
                        unicode::code_points(unicode::decode_default(value)?)[0]
                    } else {
                        pystr::bytes(value)[0] as u32
                    }
                } else if unicode::is_unicode(value) && unicode::code_points(value).len() == 1 {
                    if !is_unicode {
                        return Ok(Outcome::NeedUnicode);
                    }
                    unicode::code_points(value)[0]
                } else if pystr::is_str(value) || unicode::is_unicode(value) {
                    return Err(exc::type_error("%c requires int or char"));
                } else {
                    // PyInt_AsLong: a unicode format truncates a float and reports any failure
                    // as "%c requires int or char"; a str format keeps PyInt_AsLong's message.
                    let n = match as_real(value) {
                        Some(Real::Int(x)) => BigInt::from(x),
                        Some(Real::Long(x)) => x,
                        Some(Real::Float(f)) if is_unicode && f.is_finite() => {
                            BigInt::from(f.trunc() as i64)
                        }
                        Some(Real::Float(_)) if !is_unicode => {
                            return Err(exc::type_error("integer argument expected, got float"))
                        }
                        _ if is_unicode => return Err(exc::type_error("%c requires int or char")),
                        _ => return Err(exc::type_error("an integer is required")),
                    };
                    pyfmt::printf_char_code(&n, is_unicode).map_err(format_error)?
                };
                let lay = pyfmt::printf_text_layout(1, &conv, false).map_err(format_error)?;
                spaces(out, lay.left);
                out.push(E::from_u32(code));
                spaces(out, lay.right);
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                if let Some(Real::Int(v)) = as_real(value) {
                    // The common case: a machine integer, no big-integer conversion.
                    E::push_ascii_with(out, |b| pyfmt::printf_i64_into(v, &conv, b))?;
                    i = spec.end;
                    continue;
                }
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
                            if spec.conversion == 'i' {
                                'd'
                            } else {
                                spec.conversion
                            },
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
                push_ascii(out, s.as_bytes());
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let f = match as_real(value) {
                    Some(r) => super::types::number::real_to_f64(&r)?,
                    None => {
                        let msg = if is_unicode {
                            "a float is required".to_string()
                        } else {
                            format!("float argument required, not {}", ops::type_name_of(value))
                        };
                        match super::types::number_new::float_from(value) {
                            Ok(f) if !pystr::is_str(value) && !unicode::is_unicode(value) => f,
                            _ => {
                                exc::clear_pending();
                                return Err(exc::type_error(&msg));
                            }
                        }
                    }
                };
                E::push_ascii_with(out, |b| pyfmt::printf_float_into(f, &conv, b))?;
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
    Ok(Outcome::Done)
}

fn integer_via_int(v: Obj) -> PyResult<(BigInt, bool)> {
    let o = ops::unary_slot(v, super::typeobj::UnOpSlot::Int)?;
    match as_real(o) {
        Some(Real::Int(x)) => Ok((BigInt::from(x), false)),
        Some(Real::Long(x)) => Ok((x, true)),
        _ => Err(exc::type_error("an integer is required")),
    }
}
