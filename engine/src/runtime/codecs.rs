//! `str.decode` / `unicode.encode` / `unicode(s, encoding, errors)`: the runtime side of
//! `crate::strops::codecs`. Looks a codec up (strops' codecs, then the single-byte charmap
//! codecs whose tables live in `syntax::source::codec_tables`), runs it, wraps the result
//! (text codecs: `str` <-> `unicode`; bytes codecs such as `hex`, `base64`, `string_escape`:
//! `str` -> `str`), and turns a [`StrError`] into the Python exception CPython raises
//! ([`raise`]; `UnicodeDecodeError`/`UnicodeEncodeError` carry CPython's fields).
//!
//! Invariant: every strops string error reaching Python code goes through [`raise`].

use super::exc;
use super::object::{Obj, PyResult, Raised};
use super::rt::rt;
use super::types::{str as pystr, unicode};
use crate::strops::codecs::{self as sc, Codec, Errors};
use crate::strops::{ExcKind, StrError, UnicodeObject};

/// The Python exception for a strops error.
pub fn raise(e: StrError) -> Raised {
    let r = rt();
    match e {
        StrError::Unicode(info) => {
            let object = match &info.object {
                UnicodeObject::Bytes(b) => pystr::new(b),
                UnicodeObject::Text(t) => unicode::new(t),
            };
            let object = match object {
                Ok(o) => o,
                Err(x) => return x,
            };
            match info.object {
                UnicodeObject::Bytes(_) => {
                    unicode::decode_error(info.encoding, object, info.start, info.end, &info.reason)
                }
                UnicodeObject::Text(_) => {
                    unicode::encode_error(info.encoding, object, info.start, info.end, &info.reason)
                }
            }
        }
        StrError::Plain { kind, message } => {
            let cls = match kind {
                ExcKind::ValueError => r.exc.ValueError,
                ExcKind::TypeError => r.exc.TypeError,
                ExcKind::OverflowError => r.exc.OverflowError,
                ExcKind::MemoryError => return exc::memory_error(),
                ExcKind::LookupError => r.exc.LookupError,
                ExcKind::IndexError => r.exc.IndexError,
                ExcKind::AssertionError => r.exc.AssertionError,
                ExcKind::BinasciiError => binascii_error(),
                ExcKind::UnicodeDecodeError | ExcKind::UnicodeEncodeError => r.exc.UnicodeError,
            };
            raise_text(cls, &message)
        }
    }
}

/// Raises `cls(message)`, the message standing for a byte string: a char below 256 is that byte
/// (so a quoted byte such as an encoding name comes out as CPython prints it).
fn raise_text(cls: Obj, message: &str) -> Raised {
    if message.chars().all(|c| (c as u32) < 0x100) {
        let bytes: Vec<u8> = message.chars().map(|c| c as u8).collect();
        match pystr::new(&bytes) {
            Ok(m) => exc::raise_args(cls, &[m]),
            Err(e) => e,
        }
    } else {
        exc::raise_msg(cls, message)
    }
}

/// `binascii.Error` when a `binascii` module can be imported, else its base class `Exception`.
fn binascii_error() -> Obj {
    let found = super::import::import_module_str("binascii")
        .and_then(|m| super::ops::getattr_str(m, "Error"));
    match found {
        Ok(e) => e,
        Err(_) => {
            exc::clear_pending();
            rt().exc.Exception
        }
    }
}

/// Lifts a strops result into a runtime one.
pub fn lift<T>(r: Result<T, StrError>) -> PyResult<T> {
    r.map_err(raise)
}

/// `codecs.lookup(name)`: strops' codecs, then the charmap codecs.
pub fn lookup(name: &str) -> PyResult<Codec> {
    match sc::lookup(name) {
        Ok(c) => Ok(c),
        Err(e) => charmap_lookup(name).ok_or_else(|| raise(e)),
    }
}

fn charmap_lookup(name: &str) -> Option<Codec> {
    use crate::syntax::source::codec_tables::{ALIASES, CHARMAPS};
    let lower = name.to_ascii_lowercase();
    let norm = lower
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("_");
    let alias = |key: &str| {
        ALIASES
            .binary_search_by(|(a, _)| (*a).cmp(key))
            .ok()
            .map(|i| ALIASES[i].1)
    };
    let aliased = alias(&norm).or_else(|| alias(&norm.replace('.', "_")));
    for module in aliased.into_iter().chain(std::iter::once(norm.as_str())) {
        if let Ok(i) = CHARMAPS.binary_search_by(|(m, _)| (*m).cmp(module)) {
            return Some(Codec::Charmap(&CHARMAPS[i].1));
        }
    }
    None
}

/// Encodes code points: `unicode.encode` (and `str.encode`, whose str was decoded as ASCII).
pub fn encode_text(text: &[u32], enc: &str, errors: &str) -> PyResult<Obj> {
    let codec = lookup(enc)?;
    let mut errs = Errors::from_name(errors);
    if codec.is_bytes_codec() {
        // The bytes codecs read a unicode argument through its default-encoded buffer.
        let ascii = lift(Codec::Ascii.encode(text, &mut Errors::Strict))?;
        let wide: Vec<u32> = ascii.iter().map(|&b| b as u32).collect();
        return pystr::new(&lift(codec.encode(&wide, &mut errs))?);
    }
    pystr::new(&lift(codec.encode(text, &mut errs))?)
}

/// `unicode.encode(enc, errors)`.
pub fn encode(u: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    if lookup(enc)? == Codec::StringEscape {
        // `escape_encode` takes only a str.
        return Err(exc::type_error(
            "escape_encode() argument 1 must be string, not unicode",
        ));
    }
    encode_text(unicode::code_points(u), enc, errors)
}

/// `str.encode(enc, errors)`: bytes codecs work on the bytes; text codecs see the str decoded
/// with the default encoding (ASCII).
pub fn encode_bytes(s: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    let codec = lookup(enc)?;
    let b = pystr::bytes(s);
    if codec.is_bytes_codec() {
        let wide: Vec<u32> = b.iter().map(|&c| c as u32).collect();
        let mut errs = Errors::from_name(errors);
        return pystr::new(&lift(codec.encode(&wide, &mut errs))?);
    }
    let text = lift(Codec::Ascii.decode(b, &mut Errors::Strict))?;
    let mut errs = Errors::from_name(errors);
    pystr::new(&lift(codec.encode(&text, &mut errs))?)
}

/// Decodes bytes: `str.decode`, `unicode(s, enc, errors)`. Bytes codecs give a str.
pub fn decode_data(b: &[u8], enc: &str, errors: &str) -> PyResult<Obj> {
    let codec = lookup(enc)?;
    let mut errs = Errors::from_name(errors);
    let out = lift(codec.decode(b, &mut errs))?;
    if codec.is_bytes_codec() {
        let bytes: Vec<u8> = out.iter().map(|&c| c as u8).collect();
        return pystr::new(&bytes);
    }
    unicode::new(&out)
}

/// `str.decode(enc, errors)`.
pub fn decode(s: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    decode_data(pystr::bytes(s), enc, errors)
}

/// `unicode.decode(enc, errors)`: the default encoding first, then the codec.
pub fn decode_unicode(u: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    lookup(enc)?;
    let b = lift(Codec::Ascii.encode(unicode::code_points(u), &mut Errors::Strict))?;
    decode_data(&b, enc, errors)
}

/// Decodes with the default encoding (ASCII, strict) into code points.
pub fn ascii_decode(b: &[u8]) -> PyResult<Vec<u32>> {
    if b.is_ascii() {
        return Ok(b.iter().map(|&c| c as u32).collect());
    }
    lift(Codec::Ascii.decode(b, &mut Errors::Strict))
}

/// UTF-8 of one code point, as CPython 2.7 writes it (a lone surrogate is 3 bytes).
pub fn encode_utf8(c: u32, out: &mut Vec<u8>) {
    out.extend_from_slice(&sc::encode_utf8(&[c]));
}
