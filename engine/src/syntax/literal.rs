//! Literal values: a NUMBER or STRING token's text in, the Python value CPython 2.7 builds out
//! (`parsenumber` and `parsestr`/`parsestrplus` in CPython's `ast.c`).
//!
//! Numbers: an optional leading `-` (the parser folds `-<NUMBER>` into the literal, as CPython
//! does), then the token. `L` suffix → long; `j` suffix → complex `(0.0, ±value)`; an integer
//! (decimal, `0x`, `0o`, `0b`, or `0`-prefixed octal) → int when it fits `i64`, else long;
//! anything else → float, correctly rounded, overflowing to `inf`.
//!
//! Strings: prefix (`u`, `b`, `r` in CPython's combinations, any case) and quotes are stripped;
//! `str` bodies go through CPython's escape decoder, `unicode` bodies through its
//! `unicode_escape`/`raw_unicode_escape` codecs (see `literal/unicode.rs`). The token text is the
//! lexer's: raw source bytes when the file has no coding declaration, otherwise UTF-8 (and `str`
//! literals are then re-encoded to the declared encoding, as CPython does).
//!
//! Errors carry the exception class CPython raises: a bad `\x` in a `str` literal is a
//! `ValueError`; codec failures are SyntaxErrors reading `(unicode error) <codec message>`.

mod names;
mod names52;
pub(super) mod unicode;

use super::ast::{Number, StrValue};
use super::source::SourceEncoding;
use super::{ErrorKind, SyntaxError};
use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};
use unicode::{BodyText, DecodeError};

/// A literal CPython refuses: the exception class and its message (no position: the parser
/// supplies the literal's line; CPython gives these errors no column).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiteralError {
    pub kind: ErrorKind,
    pub msg: String,
}

impl LiteralError {
    fn syntax(msg: impl Into<String>) -> Self {
        LiteralError {
            kind: ErrorKind::SyntaxError,
            msg: msg.into(),
        }
    }

    /// CPython formats codec errors into a 128-byte buffer: `(unicode error) ` plus the
    /// exception's text, cut to 127 bytes.
    fn unicode(detail: &str) -> Self {
        let mut msg = format!("(unicode error) {}", detail);
        if msg.len() > 127 {
            let mut cut = 127;
            while !msg.is_char_boundary(cut) {
                cut -= 1;
            }
            msg.truncate(cut);
        }
        LiteralError::syntax(msg)
    }

    /// The error as the front end reports it, at line `lineno` (the string atom's line).
    pub fn into_syntax_error(self, lineno: u32) -> SyntaxError {
        SyntaxError::new(self.kind, self.msg, lineno, None)
    }
}

impl From<DecodeError> for LiteralError {
    fn from(e: DecodeError) -> Self {
        LiteralError::unicode(&e.message())
    }
}

impl From<LiteralError> for String {
    fn from(e: LiteralError) -> String {
        e.msg
    }
}

/// The value of a NUMBER token (`0777`, `0x1F`, `10L`, `1e-5`, `1.5J`, ...), possibly with a
/// leading `-` (CPython folds `-<number>` into the literal). Errors are SyntaxError messages;
/// the lexer only hands over well-formed numbers, so they mean a caller bug.
pub fn parse_number(text: &str) -> Result<Number, String> {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, text),
    };
    let invalid = || "invalid syntax".to_string();
    if let Some(digits) = body.strip_suffix(['l', 'L']) {
        let value = parse_integer(digits).ok_or_else(invalid)?;
        return Ok(Number::Long(if negative { -value } else { value }));
    }
    if let Some(digits) = body.strip_suffix(['j', 'J']) {
        let imag = parse_float(digits).ok_or_else(invalid)?;
        return Ok(Number::Complex {
            real: 0.0,
            imag: if negative { -imag } else { imag },
        });
    }
    if let Some(value) = parse_integer(body) {
        let value = if negative { -value } else { value };
        return Ok(match value.to_i64() {
            Some(i) => Number::Int(i),
            None => Number::Long(value),
        });
    }
    let value = parse_float(body).ok_or_else(invalid)?;
    Ok(Number::Float(if negative { -value } else { value }))
}

/// An integer literal with C's base-0 rules plus Python's `0o`/`0b`: `0x1F`, `0o17`, `0b101`,
/// `017` (octal), `0`, `123`. `None` if the whole text is not one.
fn parse_integer(text: &str) -> Option<BigInt> {
    let lower = |p: &str| text.len() > 2 && text[..2].eq_ignore_ascii_case(p);
    let (digits, radix) = if lower("0x") {
        (&text[2..], 16)
    } else if lower("0o") {
        (&text[2..], 8)
    } else if lower("0b") {
        (&text[2..], 2)
    } else if text.len() > 1 && text.starts_with('0') {
        (&text[1..], 8)
    } else {
        (text, 10)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    BigInt::from_str_radix(digits, radix).ok()
}

/// A float literal's value, correctly rounded (`1e400` → inf). Accepts exactly the tokenizer's
/// forms: digits with an optional fraction and exponent, or a leading `.`.
fn parse_float(text: &str) -> Option<f64> {
    let ok = !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'))
        && text.bytes().any(|b| b.is_ascii_digit());
    if !ok {
        return None;
    }
    text.parse::<f64>().ok()
}

/// A STRING token's prefix and body.
struct StringToken<'a> {
    unicode: bool,
    bytes: bool,
    raw: bool,
    body: &'a [u8],
}

fn split_token(token: &[u8]) -> Result<StringToken<'_>, LiteralError> {
    let malformed = || LiteralError::syntax("invalid syntax");
    let prefix_len = token
        .iter()
        .position(|&b| b == b'\'' || b == b'"')
        .ok_or_else(malformed)?;
    let prefix = &token[..prefix_len];
    let has = |c: u8| prefix.iter().any(|b| b.eq_ignore_ascii_case(&c));
    let rest = &token[prefix_len..];
    let quote = rest[0];
    let triple = rest.len() >= 6 && rest[..3].iter().all(|&b| b == quote);
    let q = if triple { 3 } else { 1 };
    if rest.len() < 2 * q || rest[rest.len() - q..].iter().any(|&b| b != quote) {
        return Err(malformed());
    }
    Ok(StringToken {
        unicode: has(b'u'),
        bytes: has(b'b'),
        raw: has(b'r'),
        body: &rest[q..rest.len() - q],
    })
}

/// The value of one STRING token (prefix and quotes included). `encoding` is the source's declared
/// encoding; `unicode_literals` is the `from __future__ import unicode_literals` state.
pub fn decode_string(
    token: &[u8],
    encoding: Option<&SourceEncoding>,
    unicode_literals: bool,
) -> Result<StrValue, LiteralError> {
    let tok = split_token(token)?;
    if tok.unicode || (unicode_literals && !tok.bytes) {
        let text = match encoding.map(|e| e.name.as_str()) {
            None => BodyText::Raw,
            Some("iso-8859-1") => BodyText::Raw,
            Some(_) => BodyText::Utf8,
        };
        let buf = unicode::escape_buffer(tok.body, text)?;
        let chars = if tok.raw {
            unicode::raw_unicode_escape(&buf)?
        } else {
            unicode::unicode_escape(&buf)?
        };
        return Ok(StrValue::Unicode(chars));
    }
    // CPython reads utf-8 and latin-1 sources byte for byte: their `str` bytes are the file's.
    let recode = encoding.filter(|e| e.name != "utf-8" && e.name != "iso-8859-1");
    Ok(StrValue::Bytes(decode_bytes(tok.body, tok.raw, recode)?))
}

/// Adjacent STRING tokens of one atom, decoded and joined in order as CPython's `parsestrplus`
/// does: `str` parts join as bytes; once a `unicode` part meets a `str` part, the `str` is
/// decoded as ASCII (a non-ASCII byte is a `(unicode error) 'ascii' codec ...`).
pub fn decode_strings(
    tokens: &[&[u8]],
    encoding: Option<&SourceEncoding>,
    unicode_literals: bool,
) -> Result<StrValue, LiteralError> {
    let mut acc: Option<StrValue> = None;
    for token in tokens {
        let part = decode_string(token, encoding, unicode_literals)?;
        acc = Some(match (acc, part) {
            (None, part) => part,
            (Some(StrValue::Bytes(mut a)), StrValue::Bytes(b)) => {
                a.extend_from_slice(&b);
                StrValue::Bytes(a)
            }
            (Some(a), b) => {
                let mut chars = ascii_to_unicode(a)?;
                chars.extend(ascii_to_unicode(b)?);
                StrValue::Unicode(chars)
            }
        });
    }
    acc.ok_or_else(|| LiteralError::syntax("invalid syntax"))
}

/// `unicode(s)` under the default ASCII codec.
fn ascii_to_unicode(value: StrValue) -> Result<Vec<u32>, LiteralError> {
    match value {
        StrValue::Unicode(chars) => Ok(chars),
        StrValue::Bytes(bytes) => match bytes.iter().position(|&b| b >= 0x80) {
            Some(pos) => Err(LiteralError::unicode(&format!(
                "'ascii' codec can't decode byte 0x{:02x} in position {}: ordinal not in range(128)",
                bytes[pos], pos
            ))),
            None => Ok(bytes.into_iter().map(u32::from).collect()),
        },
    }
}

/// A `str` literal's body: CPython's escape decoder, re-encoding non-ASCII text to `recode`.
fn decode_bytes(
    body: &[u8],
    raw: bool,
    recode: Option<&SourceEncoding>,
) -> Result<Vec<u8>, LiteralError> {
    if raw || !body.contains(&b'\\') {
        return match recode {
            Some(encoding) => recode_run(body, encoding),
            None => Ok(body.to_vec()),
        };
    }
    let n = body.len();
    let mut out = Vec::with_capacity(n);
    let mut i = 0;
    while i < n {
        let b = body[i];
        if b != b'\\' {
            i = copy_plain(body, i, recode, &mut out)?;
            continue;
        }
        let Some(&c) = body.get(i + 1) else {
            return Err(LiteralError {
                kind: ErrorKind::ValueError,
                msg: "Trailing \\ in string".into(),
            });
        };
        i += 2;
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
                    match body.get(i) {
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
                let hex = |k: usize| body.get(k).and_then(|&d| (d as char).to_digit(16));
                match (hex(i), hex(i + 1)) {
                    (Some(hi), Some(lo)) => {
                        out.push((hi * 16 + lo) as u8);
                        i += 2;
                    }
                    _ => {
                        return Err(LiteralError {
                            kind: ErrorKind::ValueError,
                            msg: "invalid \\x escape".into(),
                        })
                    }
                }
            }
            _ => {
                // Unknown escape: the backslash stays, and what follows is read as plain text.
                out.push(b'\\');
                i -= 1;
                i = copy_plain(body, i, recode, &mut out)?;
            }
        }
    }
    Ok(out)
}

/// Copies the plain byte at `i` (or, when re-encoding, the whole run of non-ASCII bytes there,
/// re-encoded); returns the index after it.
fn copy_plain(
    body: &[u8],
    i: usize,
    recode: Option<&SourceEncoding>,
    out: &mut Vec<u8>,
) -> Result<usize, LiteralError> {
    match recode {
        Some(encoding) if body[i] >= 0x80 => {
            let end = body[i..]
                .iter()
                .position(|&b| b < 0x80)
                .map_or(body.len(), |p| i + p);
            out.extend(recode_run(&body[i..end], encoding)?);
            Ok(end)
        }
        _ => {
            out.push(body[i]);
            Ok(i + 1)
        }
    }
}

/// UTF-8 text back to the declared encoding.
fn recode_run(text: &[u8], encoding: &SourceEncoding) -> Result<Vec<u8>, LiteralError> {
    let chars = unicode::decode_utf8(text)?;
    if encoding.name == "iso-8859-1" {
        // CPython never recodes a latin-1 file (it reads its bytes as they are); the lexer's
        // UTF-8 text maps back one character per byte.
        if chars.iter().all(|&c| c < 0x100) {
            return Ok(chars.into_iter().map(|c| c as u8).collect());
        }
    }
    let text: String = chars
        .iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{FFFD}'))
        .collect();
    encoding
        .encode(&text)
        .map_err(|e| LiteralError::unicode(&e))
}

#[cfg(test)]
mod tests;
