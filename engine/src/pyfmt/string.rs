//! `repr` of `str` (bytes) and `unicode` (code points) as CPython 2.7 prints them.
//!
//! Quote choice: single quotes, unless the text holds a `'` and no `"`. Escapes: the quote and the
//! backslash, `\t \n \r`, `\xNN` for other bytes/code points below 0x20 or from 0x7f to 0xff;
//! unicode adds `\uNNNN` below 0x10000 and `\UNNNNNNNN` above (a UCS4 build: surrogates are never
//! paired up, a lone one prints as `\udNNN`). Hex digits are lower case.

use std::fmt::Write;

/// `repr(str)`.
pub fn bytes_repr(bytes: &[u8]) -> String {
    let quote = choose_quote(bytes.iter().map(|&b| b as u32));
    let mut out = String::with_capacity(bytes.len() + 2);
    out.push(quote as char);
    for &b in bytes {
        push_escaped(&mut out, b as u32, quote);
    }
    out.push(quote as char);
    out
}

/// `repr(unicode)`: `u'...'`.
pub fn unicode_repr(chars: &[u32]) -> String {
    let quote = choose_quote(chars.iter().copied());
    let mut out = String::with_capacity(chars.len() + 3);
    out.push('u');
    out.push(quote as char);
    for &c in chars {
        push_escaped(&mut out, c, quote);
    }
    out.push(quote as char);
    out
}

/// `'`, unless the text holds a `'` and no `"`.
fn choose_quote(chars: impl Iterator<Item = u32>) -> u8 {
    let (mut single, mut double) = (false, false);
    for c in chars {
        single |= c == '\'' as u32;
        double |= c == '"' as u32;
    }
    if single && !double {
        b'"'
    } else {
        b'\''
    }
}

fn push_escaped(out: &mut String, c: u32, quote: u8) {
    if c == quote as u32 || c == '\\' as u32 {
        out.push('\\');
        out.push(c as u8 as char);
        return;
    }
    match c {
        0x09 => out.push_str("\\t"),
        0x0a => out.push_str("\\n"),
        0x0d => out.push_str("\\r"),
        0x20..=0x7e => out.push(c as u8 as char),
        0..=0xff => {
            let _ = write!(out, "\\x{:02x}", c);
        }
        0x100..=0xffff => {
            let _ = write!(out, "\\u{:04x}", c);
        }
        _ => {
            let _ = write!(out, "\\U{:08x}", c);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bytes_reprs_match_cpython() {
        // (input, CPython 2.7.18 repr(input))
        let cases: &[(&[u8], &str)] = &[
            (b"", "''"),
            (b"abc", "'abc'"),
            (b"a'b", "\"a'b\""),
            (b"a\"b", "'a\"b'"),
            (b"a'b\"", "'a\\'b\"'"),
            (b"\\", "'\\\\'"),
            (
                b"\t\n\r\x00\x1f\x7f\x80\xff",
                "'\\t\\n\\r\\x00\\x1f\\x7f\\x80\\xff'",
            ),
            (b"\x0b\x0c\x07\x08", "'\\x0b\\x0c\\x07\\x08'"),
        ];
        for (input, expected) in cases {
            assert_eq!(bytes_repr(input), *expected, "{:?}", input);
        }
    }

    #[test]
    fn unicode_reprs_match_cpython() {
        let cases: &[(&[u32], &str)] = &[
            (&[], "u''"),
            (&[0x61, 0x27], "u\"a'\""),
            (&[0x20ac], "u'\\u20ac'"),
            (&[0xe9, 0x7f, 0x0], "u'\\xe9\\x7f\\x00'"),
            (&[0x1f600], "u'\\U0001f600'"),
            (&[0xd800, 0xdc00], "u'\\ud800\\udc00'"),
            (&[0x10ffff, 0x100], "u'\\U0010ffff\\u0100'"),
            (&[0x5c, 0x27, 0x22], "u'\\\\\\'\"'"),
        ];
        for (input, expected) in cases {
            assert_eq!(unicode_repr(input), *expected, "{:?}", input);
        }
    }
}
