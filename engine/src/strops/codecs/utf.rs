//! The UTF codecs of CPython 2.7 (UCS4 build): UTF-8, UTF-16, UTF-32 and `unicode_internal`.
//!
//! In: bytes to decode (with an error handler) or code points to encode. Out: CPython's result;
//! decode errors carry CPython's positions and reasons, and decoding resumes where CPython's
//! does (after the reported range, or where a custom handler says).
//!
//! CPython 2.7 quirks kept: UTF-8 decodes encoded surrogates (`\xed\xa0\x80` is U+D800) and
//! encodes lone surrogates as 3 bytes, but a high surrogate followed by a low one is encoded as
//! the 4-byte sequence of the pair; UTF-16 encodes lone surrogates as themselves; UTF-32 neither
//! checks nor pairs surrogates. The encoders never fail.

use super::{ByteOrder, Errors};
use crate::strops::error::StrResult;

const UTF8: &str = "utf8";

/// CPython 2.7's UTF-8 decoder.
pub(super) fn decode_utf8(data: &[u8], errors: &mut Errors<'_>) -> StrResult<Vec<u32>> {
    decode_utf8_partial(data, errors, true).map(|(text, _)| text)
}

/// The UTF-8 decoder on a stream: unless `last`, a sequence the end of `data` cuts off is left
/// for later. Returns the text and how many bytes it used.
pub(super) fn decode_utf8_partial(
    data: &[u8],
    errors: &mut Errors<'_>,
    last: bool,
) -> StrResult<(Vec<u32>, usize)> {
    let is_cont = |b: u8| b & 0xC0 == 0x80;
    let mut out = crate::strops::try_vec(data.len())?;
    let mut i = 0;
    while i < data.len() {
        let b = data[i];
        if b < 0x80 {
            out.push(b as u32);
            i += 1;
            continue;
        }
        let n = match b {
            0xC2..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF4 => 4,
            _ => 0,
        };
        if n == 0 {
            i = errors.on_decode_error(UTF8, data, i, i + 1, "invalid start byte", &mut out)?;
            continue;
        }
        if i + n > data.len() {
            if !last {
                break;
            }
            // Cut off by the end: the error spans the start byte and the continuation bytes.
            let mut end = i + 1;
            while end < data.len() && is_cont(data[end]) {
                end += 1;
            }
            i = errors.on_decode_error(UTF8, data, i, end, "unexpected end of data", &mut out)?;
            continue;
        }
        let s = &data[i..i + n];
        let bad = match n {
            2 => !is_cont(s[1]),
            3 => !is_cont(s[1]) || !is_cont(s[2]) || (s[0] == 0xE0 && s[1] < 0xA0),
            _ => {
                !is_cont(s[1])
                    || !is_cont(s[2])
                    || !is_cont(s[3])
                    || (s[0] == 0xF0 && s[1] < 0x90)
                    || (s[0] == 0xF4 && s[1] > 0x8F)
            }
        };
        if bad {
            // The error spans the start byte and the continuation bytes before the bad one.
            let mut end = i + 1;
            if n >= 3 && is_cont(s[1]) {
                end += 1;
                if n == 4 && is_cont(s[2]) {
                    end += 1;
                }
            }
            i = errors.on_decode_error(
                UTF8,
                data,
                i,
                end,
                "invalid continuation byte",
                &mut out,
            )?;
            continue;
        }
        let c = match n {
            2 => ((s[0] as u32 & 0x1F) << 6) | (s[1] as u32 & 0x3F),
            3 => ((s[0] as u32 & 0x0F) << 12) | ((s[1] as u32 & 0x3F) << 6) | (s[2] as u32 & 0x3F),
            _ => {
                ((s[0] as u32 & 0x07) << 18)
                    | ((s[1] as u32 & 0x3F) << 12)
                    | ((s[2] as u32 & 0x3F) << 6)
                    | (s[3] as u32 & 0x3F)
            }
        };
        out.push(c);
        i += n;
    }
    Ok((out, i))
}

/// CPython 2.7's UTF-8 encoder (see the module comment for surrogates).
pub fn encode_utf8(text: &[u32]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let mut c = text[i];
        i += 1;
        if (0xD800..=0xDBFF).contains(&c) {
            if let Some(&low) = text.get(i) {
                if (0xDC00..=0xDFFF).contains(&low) {
                    c = ((c - 0xD800) << 10 | (low - 0xDC00)) + 0x10000;
                    i += 1;
                }
            }
        }
        match c {
            0..=0x7F => out.push(c as u8),
            0x80..=0x7FF => {
                out.extend_from_slice(&[0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8])
            }
            0x800..=0xFFFF => out.extend_from_slice(&[
                0xE0 | (c >> 12) as u8,
                0x80 | ((c >> 6) & 0x3F) as u8,
                0x80 | (c & 0x3F) as u8,
            ]),
            _ => out.extend_from_slice(&[
                0xF0 | ((c >> 18) & 0x07) as u8,
                0x80 | ((c >> 12) & 0x3F) as u8,
                0x80 | ((c >> 6) & 0x3F) as u8,
                0x80 | (c & 0x3F) as u8,
            ]),
        }
    }
    out
}

/// The byte order to decode with (a BOM at the start of `data` decides for `Bom` codecs, and is
/// skipped), and the BOM's length.
fn detect(data: &[u8], order: ByteOrder, width: usize) -> (ByteOrder, usize) {
    match order {
        ByteOrder::Little | ByteOrder::Big => (order, 0),
        ByteOrder::Bom => {
            let (le, be): (&[u8], &[u8]) = if width == 2 {
                (b"\xff\xfe", b"\xfe\xff")
            } else {
                (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
            };
            if data.starts_with(le) {
                (ByteOrder::Little, width)
            } else if data.starts_with(be) {
                (ByteOrder::Big, width)
            } else {
                (ByteOrder::Bom, 0)
            }
        }
    }
}

const UTF16: &str = "utf16";

/// The decoded text, the bytes it used, and the byte order in force at the end (`Bom` when a
/// `Bom` codec has seen no BOM: CPython's `byteorder` result 0, little-endian decoding).
pub(super) type Partial = (Vec<u32>, usize, ByteOrder);

/// UTF-16; unless `last`, a code unit or surrogate pair cut off by the end is left for later.
pub(super) fn decode_utf16(
    data: &[u8],
    order: ByteOrder,
    errors: &mut Errors<'_>,
    last: bool,
) -> StrResult<Partial> {
    let (found, mut i) = detect(data, order, 2);
    let le = found != ByteOrder::Big;
    let unit = |at: usize| -> u32 {
        let (a, b) = (data[at] as u32, data[at + 1] as u32);
        if le {
            a | b << 8
        } else {
            a << 8 | b
        }
    };
    let n = data.len();
    let mut out = crate::strops::try_vec(n / 2)?;
    while i < n {
        if n - i < 2 {
            if !last {
                break;
            }
            i = errors.on_decode_error(UTF16, data, i, n, "truncated data", &mut out)?;
            continue;
        }
        let c = unit(i);
        if !(0xD800..=0xDFFF).contains(&c) {
            out.push(c);
            i += 2;
            continue;
        }
        if n - (i + 2) < 2 {
            if !last {
                break;
            }
            i = errors.on_decode_error(UTF16, data, i, n, "unexpected end of data", &mut out)?;
            continue;
        }
        if c <= 0xDBFF {
            let c2 = unit(i + 2);
            if (0xDC00..=0xDFFF).contains(&c2) {
                out.push((((c & 0x3FF) << 10) | (c2 & 0x3FF)) + 0x10000);
                i += 4;
            } else {
                i = errors.on_decode_error(
                    UTF16,
                    data,
                    i,
                    i + 2,
                    "illegal UTF-16 surrogate",
                    &mut out,
                )?;
            }
        } else {
            i = errors.on_decode_error(UTF16, data, i, i + 2, "illegal encoding", &mut out)?;
        }
    }
    Ok((out, i.min(n), found))
}

pub(super) fn encode_utf16(text: &[u32], order: ByteOrder) -> Vec<u8> {
    let le = order != ByteOrder::Big;
    let mut out = Vec::with_capacity(2 * text.len() + 2);
    let mut push = |u: u32| {
        let u = u as u16;
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    };
    if order == ByteOrder::Bom {
        push(0xFEFF);
    }
    for &c in text {
        if c >= 0x10000 {
            let v = c - 0x10000;
            push(0xD800 | (v >> 10));
            push(0xDC00 | (v & 0x3FF));
        } else {
            push(c);
        }
    }
    out
}

const UTF32: &str = "utf32";

/// UTF-32; unless `last`, a code unit cut off by the end is left for later.
pub(super) fn decode_utf32(
    data: &[u8],
    order: ByteOrder,
    errors: &mut Errors<'_>,
    last: bool,
) -> StrResult<Partial> {
    let (found, mut i) = detect(data, order, 4);
    let le = found != ByteOrder::Big;
    let n = data.len();
    let mut out = crate::strops::try_vec(n / 4)?;
    while i < n {
        if n - i < 4 {
            if !last {
                break;
            }
            i = errors.on_decode_error(UTF32, data, i, n, "truncated data", &mut out)?;
            continue;
        }
        let bytes = [data[i], data[i + 1], data[i + 2], data[i + 3]];
        let c = if le {
            u32::from_le_bytes(bytes)
        } else {
            u32::from_be_bytes(bytes)
        };
        if c >= 0x110000 {
            i = errors.on_decode_error(
                UTF32,
                data,
                i,
                i + 4,
                "code point not in range(0x110000)",
                &mut out,
            )?;
            continue;
        }
        out.push(c);
        i += 4;
    }
    Ok((out, i.min(n), found))
}

pub(super) fn encode_utf32(text: &[u32], order: ByteOrder) -> Vec<u8> {
    let le = order != ByteOrder::Big;
    let mut out = Vec::with_capacity(4 * text.len() + 4);
    let mut push =
        |c: u32| out.extend_from_slice(&if le { c.to_le_bytes() } else { c.to_be_bytes() });
    if order == ByteOrder::Bom {
        push(0xFEFF);
    }
    for &c in text {
        push(c);
    }
    out
}

/// `unicode_internal`: 4-byte little-endian code units.
pub(super) fn decode_unicode_internal(data: &[u8], errors: &mut Errors<'_>) -> StrResult<Vec<u32>> {
    const NAME: &str = "unicode_internal";
    let n = data.len();
    let mut out = crate::strops::try_vec(n / 4)?;
    let mut i = 0;
    while i < n {
        if n - i < 4 {
            i = errors.on_decode_error(NAME, data, i, n, "truncated input", &mut out)?;
            continue;
        }
        let c = u32::from_le_bytes([data[i], data[i + 1], data[i + 2], data[i + 3]]);
        if c > 0x10FFFF {
            i = errors.on_decode_error(
                NAME,
                data,
                i,
                i + 4,
                "illegal code point (> 0x10FFFF)",
                &mut out,
            )?;
            continue;
        }
        out.push(c);
        i += 4;
    }
    Ok(out)
}
