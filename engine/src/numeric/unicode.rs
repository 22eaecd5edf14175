//! `PyUnicode_EncodeDecimal`: how CPython 2.7 turns a `unicode` argument of `int()`, `long()`,
//! `float()` and `complex()` into the byte string their parsers read.
//!
//! In: code points. Out: one byte per code point: a Unicode white space character becomes
//! `' '`, a Unicode decimal digit (any script, Unicode 5.2 as in 2.7.18) its ASCII digit, any
//! other code point in 1..=255 itself; anything else (including NUL) is a
//! [`NumError::UnicodeEncode`] covering the run of consecutive unencodable code points.
//! The caller then parses the bytes as for a `str` (`parse_int(&bytes, base)`, ...), so an
//! encoding error comes before a bad base, as in CPython.

use super::unicode_tables::{DECIMAL_RUNS, SPACES};
use super::NumError;

/// The decimal value of `c`, if it is a Unicode decimal digit.
pub fn decimal_value(c: u32) -> Option<u8> {
    let i = DECIMAL_RUNS.partition_point(|&(_, last, _)| last < c);
    match DECIMAL_RUNS.get(i) {
        Some(&(first, _, value)) if first <= c => Some(value + (c - first) as u8),
        _ => None,
    }
}

/// `unicode.isspace()` of one code point.
pub fn is_unicode_space(c: u32) -> bool {
    SPACES.binary_search(&c).is_ok()
}

fn encodable(c: u32) -> Option<u8> {
    if is_unicode_space(c) {
        Some(b' ')
    } else if let Some(d) = decimal_value(c) {
        Some(b'0' + d)
    } else if (1..256).contains(&c) {
        Some(c as u8)
    } else {
        None
    }
}

fn escaped(c: u32) -> String {
    if c < 0x100 {
        format!("\\x{:02x}", c)
    } else if c < 0x10000 {
        format!("\\u{:04x}", c)
    } else {
        format!("\\U{:08x}", c)
    }
}

/// `PyUnicode_EncodeDecimal(s, ..., errors=NULL)`.
pub fn unicode_to_decimal(chars: &[u32]) -> Result<Vec<u8>, NumError> {
    let mut out = Vec::with_capacity(chars.len());
    for (i, &c) in chars.iter().enumerate() {
        match encodable(c) {
            Some(b) => out.push(b),
            None => {
                let end = (i + 1..chars.len())
                    .find(|&j| encodable(chars[j]).is_some())
                    .unwrap_or(chars.len());
                let what = if end - i == 1 {
                    format!("character u'{}' in position {}", escaped(c), i)
                } else {
                    format!("characters in position {}-{}", i, end - 1)
                };
                return Err(NumError::UnicodeEncode {
                    start: i,
                    end,
                    message: format!(
                        "'decimal' codec can't encode {}: invalid decimal Unicode string",
                        what
                    ),
                });
            }
        }
    }
    Ok(out)
}
