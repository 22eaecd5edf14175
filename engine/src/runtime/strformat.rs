//! `str.format` / `unicode.format`: replacement fields `{name.attr[key]!r:spec}` with automatic
//! and manual numbering, nested specs, and CPython 2.7's error messages.

use super::exc;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::types::{dict, int, str as pystr, unicode};

/// `fmt.format(*args, **kw)`.
pub fn format(fmt: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let is_u = unicode::is_unicode(fmt);
    let text: Vec<u32> = if is_u {
        unicode::code_points(fmt).to_vec()
    } else {
        pystr::bytes(fmt).iter().map(|&b| b as u32).collect()
    };
    let mut auto = 0usize;
    let mut mode = Numbering::Unknown;
    let out = render(&text, args, kw, is_u, &mut auto, &mut mode, 2)?;
    if is_u {
        unicode::new(&out)
    } else {
        let b: Vec<u8> = out.iter().map(|&c| c as u8).collect();
        pystr::new(&b)
    }
}

#[derive(PartialEq, Eq)]
enum Numbering {
    Unknown,
    Auto,
    Manual,
}

fn ch(c: u32) -> char {
    char::from_u32(c).unwrap_or('\u{fffd}')
}

fn render(
    text: &[u32],
    args: &[Obj],
    kw: Option<Obj>,
    is_u: bool,
    auto: &mut usize,
    mode: &mut Numbering,
    depth: u32,
) -> PyResult<Vec<u32>> {
    if depth == 0 {
        return Err(exc::value_error("Max string recursion exceeded"));
    }
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let c = ch(text[i]);
        if c == '}' {
            if text.get(i + 1).map(|&x| ch(x)) == Some('}') {
                out.push('}' as u32);
                i += 2;
                continue;
            }
            return Err(exc::value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(text[i]);
            i += 1;
            continue;
        }
        if text.get(i + 1).map(|&x| ch(x)) == Some('{') {
            out.push('{' as u32);
            i += 2;
            continue;
        }
        // Find the matching '}' (nested braces allowed in the spec).
        let mut j = i + 1;
        let mut level = 1;
        while j < text.len() {
            match ch(text[j]) {
                '{' => level += 1,
                '}' => {
                    level -= 1;
                    if level == 0 {
                        break;
                    }
                }
                _ => {}
            }
            j += 1;
        }
        if j >= text.len() {
            return Err(exc::value_error("unmatched '{' in format"));
        }
        let field = &text[i + 1..j];
        // Split into name, conversion, spec.
        let mut name_end = field.len();
        let mut bracket = false;
        for (k, &x) in field.iter().enumerate() {
            match ch(x) {
                '[' => bracket = true,
                ']' => bracket = false,
                '!' | ':' if !bracket => {
                    name_end = k;
                    break;
                }
                _ => {}
            }
        }
        let name = &field[..name_end];
        let mut rest = &field[name_end..];
        let mut conversion = None;
        if rest.first().map(|&x| ch(x)) == Some('!') {
            if rest.len() < 2 {
                return Err(exc::value_error(
                    "end of format while looking for conversion specifier",
                ));
            }
            conversion = Some(ch(rest[1]));
            rest = &rest[2..];
            if !rest.is_empty() && ch(rest[0]) != ':' {
                return Err(exc::value_error("expected ':' after format specifier"));
            }
        }
        let spec_raw = if rest.first().map(|&x| ch(x)) == Some(':') {
            &rest[1..]
        } else {
            &rest[..0]
        };
        let value = lookup_field(name, args, kw, is_u, auto, mode)?;
        let value = match conversion {
            None => value,
            Some('r') => ops::repr(value)?,
            Some('s') => {
                if is_u {
                    unicode::from_object(value)?
                } else {
                    ops::str(value)?
                }
            }
            Some(other) => {
                return Err(exc::value_error(&format!(
                    "Unknown conversion specifier {other}"
                )))
            }
        };
        let spec = render(spec_raw, args, kw, is_u, auto, mode, depth - 1)?;
        let spec_obj = if is_u {
            unicode::new(&spec)?
        } else {
            let b: Vec<u8> = spec.iter().map(|&c| c as u8).collect();
            pystr::new(&b)?
        };
        let formatted = super::builtins::format_value(value, spec_obj)?;
        if unicode::is_unicode(formatted) {
            out.extend_from_slice(unicode::code_points(formatted));
        } else {
            out.extend(pystr::bytes(formatted).iter().map(|&b| b as u32));
        }
        i = j + 1;
    }
    Ok(out)
}

fn lookup_field(
    name: &[u32],
    args: &[Obj],
    kw: Option<Obj>,
    is_u: bool,
    auto: &mut usize,
    mode: &mut Numbering,
) -> PyResult<Obj> {
    let s: String = name.iter().map(|&c| ch(c)).collect();
    let first_end = s.find(['.', '[']).unwrap_or(s.len());
    let first = &s[..first_end];
    let mut obj = if first.is_empty() {
        if *mode == Numbering::Manual {
            return Err(exc::value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        *mode = Numbering::Auto;
        let k = *auto;
        *auto += 1;
        match args.get(k) {
            Some(&a) => a,
            None => return Err(exc::index_error("tuple index out of range")),
        }
    } else if let Ok(n) = first.parse::<usize>() {
        if *mode == Numbering::Auto {
            return Err(exc::value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        *mode = Numbering::Manual;
        match args.get(n) {
            Some(&a) => a,
            None => return Err(exc::index_error("tuple index out of range")),
        }
    } else {
        let key = if is_u {
            unicode::from_str(first)?
        } else {
            pystr::from_str(first)?
        };
        match kw.map(|k| dict::get_item(k, key)).transpose()?.flatten() {
            Some(v) => v,
            None => return Err(exc::key_error(key)),
        }
    };
    let mut rest = &s[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let attr = &r[..end];
            if attr.is_empty() {
                return Err(exc::value_error("Empty attribute in format string"));
            }
            obj = ops::getattr(obj, pystr::intern(attr)?)?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let Some(end) = r.find(']') else {
                return Err(exc::value_error("Missing ']' in format string"));
            };
            let key = &r[..end];
            if key.is_empty() {
                return Err(exc::value_error("Empty attribute in format string"));
            }
            let k = match key.parse::<i64>() {
                Ok(n) if !key.starts_with(['-', '+']) => int::new(n)?,
                _ => pystr::from_str(key)?,
            };
            obj = ops::getitem(obj, k)?;
            rest = &r[end + 1..];
        } else {
            return Err(exc::value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    let _ = rt();
    Ok(obj)
}
