//! The escape codecs: `unicode_escape` and `raw_unicode_escape` (bytes <-> code points) and
//! `string_escape` (bytes <-> bytes), as CPython 2.7 runs them.
//!
//! In: the bytes to decode (non-ASCII bytes are latin-1 characters) or the text to encode.
//! Out: CPython's result. Decode errors name the codec as CPython does (`unicodeescape`,
//! `rawunicodeescape`) and span from the escape's backslash to the first byte that is not part of
//! it; decoding resumes there. `string_escape` errors are plain ValueErrors, as in CPython.
//!
//! `\N{name}` is resolved with the `unicode_names2` crate (a newer Unicode than CPython 2.7's
//! 5.2: names of characters added since are accepted here and rejected by CPython).

use super::Errors;
use crate::strops::error::{StrError, StrResult};

fn hex_value(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Reads up to `digits` hex digits at `data[*i..]`; `None` (with `*i` at the first non-digit)
/// if there are fewer.
fn hex_digits(data: &[u8], i: &mut usize, digits: usize) -> Option<u32> {
    let mut x: u32 = 0;
    for _ in 0..digits {
        let v = data.get(*i).and_then(|&d| hex_value(d))?;
        x = (x << 4) | v;
        *i += 1;
    }
    Some(x)
}

fn lookup_name(name: &[u8]) -> Option<u32> {
    let name = std::str::from_utf8(name).ok()?;
    unicode_names2::character(&name.to_ascii_uppercase()).map(|c| c as u32)
}

/// The `unicode_escape` decoder.
pub(super) fn unicode_escape_decode(data: &[u8], errors: &mut Errors<'_>) -> StrResult<Vec<u32>> {
    const CODEC: &str = "unicodeescape";
    let n = data.len();
    let mut out = crate::strops::try_vec(n)?;
    let mut i = 0;
    while i < n {
        if data[i] != b'\\' {
            out.push(data[i] as u32);
            i += 1;
            continue;
        }
        let start = i;
        if i + 1 >= n {
            i = errors.on_decode_error(CODEC, data, start, n, "\\ at end of string", &mut out)?;
            continue;
        }
        let c = data[i + 1];
        i += 2;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c as u32),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0C),
            b't' => out.push(0x09),
            b'n' => out.push(0x0A),
            b'r' => out.push(0x0D),
            b'v' => out.push(0x0B),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let mut x = (c - b'0') as u32;
                for _ in 0..2 {
                    match data.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            x = x * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(x);
            }
            b'x' | b'u' | b'U' => {
                let (digits, reason) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                match hex_digits(data, &mut i, digits) {
                    None => i = errors.on_decode_error(CODEC, data, start, i, reason, &mut out)?,
                    Some(x) if x > 0x10FFFF => {
                        let reason = "illegal Unicode character";
                        i = errors.on_decode_error(CODEC, data, start, i, reason, &mut out)?
                    }
                    Some(x) => out.push(x),
                }
            }
            b'N' => {
                let malformed = "malformed \\N character escape";
                if data.get(i) != Some(&b'{') {
                    i = errors.on_decode_error(CODEC, data, start, i, malformed, &mut out)?;
                    continue;
                }
                let name_start = i + 1;
                let close = data[i..].iter().position(|&b| b == b'}').map(|p| i + p);
                match close {
                    Some(close) if close > name_start => {
                        i = close + 1;
                        match lookup_name(&data[name_start..close]) {
                            Some(x) => out.push(x),
                            None => {
                                let reason = "unknown Unicode character name";
                                i = errors
                                    .on_decode_error(CODEC, data, start, i, reason, &mut out)?
                            }
                        }
                    }
                    Some(close) => {
                        i = errors
                            .on_decode_error(CODEC, data, start, close, malformed, &mut out)?
                    }
                    None => {
                        i = errors.on_decode_error(CODEC, data, start, n, malformed, &mut out)?
                    }
                }
            }
            _ => {
                out.push('\\' as u32);
                out.push(c as u32);
            }
        }
    }
    Ok(out)
}

/// The `raw_unicode_escape` decoder: only `\uXXXX` and `\UXXXXXXXX` after an odd number of
/// backslashes are escapes.
pub(super) fn raw_unicode_escape_decode(
    data: &[u8],
    errors: &mut Errors<'_>,
) -> StrResult<Vec<u32>> {
    const CODEC: &str = "rawunicodeescape";
    let n = data.len();
    let mut out = crate::strops::try_vec(n)?;
    let mut i = 0;
    while i < n {
        if data[i] != b'\\' {
            out.push(data[i] as u32);
            i += 1;
            continue;
        }
        let start = i;
        while i < n && data[i] == b'\\' {
            out.push('\\' as u32);
            i += 1;
        }
        let odd = (i - start) % 2 == 1;
        if !odd || i >= n || (data[i] != b'u' && data[i] != b'U') {
            continue;
        }
        out.pop();
        let digits = if data[i] == b'u' { 4 } else { 8 };
        i += 1;
        match hex_digits(data, &mut i, digits) {
            None => {
                let reason = "truncated \\uXXXX";
                i = errors.on_decode_error(CODEC, data, start, i, reason, &mut out)?;
            }
            Some(x) if x > 0x10FFFF => {
                let reason = "\\Uxxxxxxxx out of range";
                i = errors.on_decode_error(CODEC, data, start, i, reason, &mut out)?;
            }
            Some(x) => out.push(x),
        }
    }
    Ok(out)
}

fn push_hex_escape(out: &mut Vec<u8>, c: u32) {
    let text = if c >= 0x10000 {
        format!("\\U{:08x}", c)
    } else if c >= 0x100 {
        format!("\\u{:04x}", c)
    } else {
        format!("\\x{:02x}", c)
    };
    out.extend_from_slice(text.as_bytes());
}

/// The `unicode_escape` encoder: `repr` of the text without the quotes (quotes stay as they are).
pub(super) fn unicode_escape_encode(text: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for &c in text {
        match c {
            0x5C => out.extend_from_slice(b"\\\\"),
            0x09 => out.extend_from_slice(b"\\t"),
            0x0A => out.extend_from_slice(b"\\n"),
            0x0D => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(c as u8),
            _ => push_hex_escape(&mut out, c),
        }
    }
    out
}

/// The `raw_unicode_escape` encoder: code points below 256 as bytes, others as `\u`/`\U`.
pub(super) fn raw_unicode_escape_encode(text: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    for &c in text {
        if c < 0x100 {
            out.push(c as u8);
        } else {
            push_hex_escape(&mut out, c);
        }
    }
    out
}

/// `str.decode('string_escape', errors)`: the escapes of a str literal. A bad `\x` escape is
/// ValueError "invalid \x escape" (`replace` writes `?`, `ignore` drops it); a final backslash
/// is ValueError "Trailing \ in string" whatever the handler.
pub fn string_escape_decode(data: &[u8], errors: &Errors<'_>) -> StrResult<Vec<u8>> {
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        if data[i] != b'\\' {
            out.push(data[i]);
            i += 1;
            continue;
        }
        i += 1;
        if i == n {
            return Err(StrError::value("Trailing \\ in string"));
        }
        let c = data[i];
        i += 1;
        match c {
            b'\n' => {}
            b'\\' | b'\'' | b'"' => out.push(c),
            b'b' => out.push(0x08),
            b'f' => out.push(0x0C),
            b't' => out.push(0x09),
            b'n' => out.push(0x0A),
            b'r' => out.push(0x0D),
            b'v' => out.push(0x0B),
            b'a' => out.push(0x07),
            b'0'..=b'7' => {
                let mut x = (c - b'0') as u32;
                for _ in 0..2 {
                    match data.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            x = x * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(x as u8);
            }
            b'x' => {
                let pair = (data.get(i).and_then(|&d| hex_value(d)))
                    .zip(data.get(i + 1).and_then(|&d| hex_value(d)));
                if let Some((hi, lo)) = pair {
                    out.push((hi * 16 + lo) as u8);
                    i += 2;
                    continue;
                }
                match errors {
                    Errors::Strict => return Err(StrError::value("invalid \\x escape")),
                    Errors::Replace => out.push(b'?'),
                    Errors::Ignore => {}
                    other => {
                        return Err(StrError::value(format!(
                            "decoding error; unknown error handling code: {}",
                            other.name()
                        )))
                    }
                }
                if data.get(i).and_then(|&d| hex_value(d)).is_some() {
                    i += 1;
                }
            }
            _ => {
                out.push(b'\\');
                i -= 1;
            }
        }
    }
    Ok(out)
}

/// `str.encode('string_escape')`: `repr` of the str without its quotes (`'` is escaped).
pub fn string_escape_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    for &b in data {
        match b {
            b'\'' | b'\\' => out.extend_from_slice(&[b'\\', b]),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7E => out.push(b),
            _ => out.extend_from_slice(format!("\\x{:02x}", b).as_bytes()),
        }
    }
    out
}
