//! `str.decode`/`unicode.encode` entry points: codec lookup and error handlers.
//! The codecs implemented here: ascii, latin-1, utf-8 (with CPython 2.7's surrogate rules).

use super::exc;
use super::object::{Obj, PyResult};
use super::types::{str as pystr, unicode};

fn normalize(enc: &str) -> String {
    enc.trim().to_ascii_lowercase().replace(['-', ' '], "_")
}

enum Codec {
    Ascii,
    Latin1,
    Utf8,
}

fn lookup(enc: &str) -> PyResult<Codec> {
    match normalize(enc).as_str() {
        "ascii" | "us_ascii" | "646" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" | "latin" | "8859" | "cp819" => {
            Ok(Codec::Latin1)
        }
        "utf_8" | "utf8" | "u8" | "utf" => Ok(Codec::Utf8),
        _ => Err(exc::lookup_error(&format!("unknown encoding: {enc}"))),
    }
}

fn check_errors(errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "xmlcharrefreplace" | "backslashreplace" => Ok(()),
        other => Err(exc::lookup_error(&format!(
            "unknown error handler name '{other}'"
        ))),
    }
}

pub fn encode(u: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    let codec = lookup(enc)?;
    check_errors(errors)?;
    let cps = unicode::code_points(u);
    let (limit, name) = match codec {
        Codec::Ascii => (128, "ascii"),
        Codec::Latin1 => (256, "latin-1"),
        Codec::Utf8 => {
            let mut out = Vec::with_capacity(cps.len());
            for &c in cps {
                encode_utf8(c, &mut out);
            }
            return pystr::new(&out);
        }
    };
    let mut out = Vec::with_capacity(cps.len());
    let mut i = 0;
    while i < cps.len() {
        let c = cps[i];
        if c < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let end = i + cps[i..].iter().take_while(|&&x| x >= limit).count();
        match errors {
            "strict" => {
                return Err(unicode::encode_error(
                    name,
                    u,
                    i,
                    end,
                    &format!("ordinal not in range({limit})"),
                ))
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "xmlcharrefreplace" => {
                for &c in &cps[i..end] {
                    out.extend_from_slice(format!("&#{c};").as_bytes());
                }
            }
            _ => {
                for &c in &cps[i..end] {
                    let s = if c < 0x100 {
                        format!("\\x{c:02x}")
                    } else if c < 0x10000 {
                        format!("\\u{c:04x}")
                    } else {
                        format!("\\U{c:08x}")
                    };
                    out.extend_from_slice(s.as_bytes());
                }
            }
        }
        i = end;
    }
    pystr::new(&out)
}

/// UTF-8 as CPython 2.7 writes it: surrogates are encoded like any code point.
pub fn encode_utf8(c: u32, out: &mut Vec<u8>) {
    if c < 0x80 {
        out.push(c as u8);
    } else if c < 0x800 {
        out.push(0xc0 | (c >> 6) as u8);
        out.push(0x80 | (c & 0x3f) as u8);
    } else if c < 0x10000 {
        out.push(0xe0 | (c >> 12) as u8);
        out.push(0x80 | ((c >> 6) & 0x3f) as u8);
        out.push(0x80 | (c & 0x3f) as u8);
    } else {
        out.push(0xf0 | (c >> 18) as u8);
        out.push(0x80 | ((c >> 12) & 0x3f) as u8);
        out.push(0x80 | ((c >> 6) & 0x3f) as u8);
        out.push(0x80 | (c & 0x3f) as u8);
    }
}

pub fn decode(s: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    let codec = lookup(enc)?;
    check_errors(errors)?;
    let b = pystr::bytes(s);
    match codec {
        Codec::Latin1 => {
            let v: Vec<u32> = b.iter().map(|&c| c as u32).collect();
            unicode::new(&v)
        }
        Codec::Ascii => {
            let mut v = Vec::with_capacity(b.len());
            for (i, &c) in b.iter().enumerate() {
                if c < 128 {
                    v.push(c as u32);
                } else {
                    match errors {
                        "strict" => {
                            return Err(unicode::decode_error(
                                "ascii",
                                s,
                                i,
                                i + 1,
                                "ordinal not in range(128)",
                            ))
                        }
                        "ignore" => {}
                        _ => v.push(0xfffd),
                    }
                }
            }
            unicode::new(&v)
        }
        Codec::Utf8 => {
            let mut v = Vec::with_capacity(b.len());
            let mut i = 0;
            while i < b.len() {
                match utf8_step(&b[i..]) {
                    Ok((c, n)) => {
                        v.push(c);
                        i += n;
                    }
                    Err((n, reason)) => match errors {
                        "strict" => {
                            return Err(unicode::decode_error("utf8", s, i, i + n.max(1), reason))
                        }
                        "ignore" => i += n.max(1),
                        _ => {
                            v.push(0xfffd);
                            i += n.max(1);
                        }
                    },
                }
            }
            unicode::new(&v)
        }
    }
}

/// One UTF-8 sequence at the start of `b` (CPython 2.7's decoder: surrogates accepted, overlong
/// forms and code points past U+10FFFF rejected). Err: (bytes in the bad sequence, reason).
fn utf8_step(b: &[u8]) -> Result<(u32, usize), (usize, &'static str)> {
    let c0 = b[0];
    let n = match c0 {
        0x00..=0x7f => return Ok((c0 as u32, 1)),
        0xc2..=0xdf => 2,
        0xe0..=0xef => 3,
        0xf0..=0xf4 => 4,
        _ => return Err((1, "invalid start byte")),
    };
    let mut cp = (c0 as u32) & (0x7f >> n);
    for k in 1..n {
        let Some(&c) = b.get(k) else {
            return Err((k, "unexpected end of data"));
        };
        let ok = c & 0xc0 == 0x80
            && !(k == 1
                && ((c0 == 0xe0 && c < 0xa0)
                    || (c0 == 0xf0 && c < 0x90)
                    || (c0 == 0xf4 && c > 0x8f)));
        if !ok {
            return Err((k, "invalid continuation byte"));
        }
        cp = (cp << 6) | (c & 0x3f) as u32;
    }
    Ok((cp, n))
}
