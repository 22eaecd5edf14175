//! `str.encode/decode`, `unicode.encode/decode`, `unicode(s, encoding, errors)`: the runtime
//! side of `crate::strops::codecs` and of the codec registry (`_codecs`, whose registry is
//! Python code in modules/py/_codecs.py).
//!
//! A codec name is looked up in strops' codecs, then in the single-byte charmap codecs whose
//! tables live in `syntax::source::codec_tables` (the fast path: the encodings modules CPython
//! would find for those names implement the same codecs); any other name goes to the registry
//! (`_codecs.lookup`: the search functions registered with `codecs.register`, the `encodings`
//! package's one imported on the first miss), whose encoder/decoder is called as
//! `PyCodec_Encode`/`PyCodec_Decode` do, with CPython's checks of the results. A Rust codec's
//! output is wrapped (text codecs: `str` <-> `unicode`; bytes codecs such as `hex`, `base64`,
//! `string_escape`: `str` -> `str`); an error handler name other than the built-in ones calls
//! the handler registered with `codecs.register_error`; a [`StrError`] becomes the Python
//! exception CPython raises ([`raise`]; `UnicodeDecodeError`/`UnicodeEncodeError` carry
//! CPython's fields).
//!
//! Invariant: every strops string error reaching Python code goes through [`raise`]; a Python
//! exception raised inside an error handler is the one that propagates.

use super::call;
use super::exc;
use super::object::{Obj, PyResult, Raised};
use super::rt::rt;
use super::types::{int, long, str as pystr, tuple, unicode};
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

// --- lookup --------------------------------------------------------------------------------------

/// Where a codec name leads: a codec implemented in Rust, or the `CodecInfo` 4-tuple the
/// registry's search functions gave (`_codecs.lookup`).
enum Found {
    Native(Codec),
    Registry(Obj),
}

/// The Rust codecs first (the encodings modules CPython would find for those names implement
/// the same codecs), then the registry (which imports `encodings` on its first use).
fn find(name: &str) -> PyResult<Found> {
    if let Ok(c) = sc::lookup(name) {
        return Ok(Found::Native(c));
    }
    if let Some(c) = charmap_lookup(name) {
        return Ok(Found::Native(c));
    }
    registry_lookup(name).map(Found::Registry)
}

/// `codecs.lookup(name)` for the codecs implemented in Rust; LookupError for the others.
pub fn lookup(name: &str) -> PyResult<Codec> {
    match sc::lookup(name) {
        Ok(c) => Ok(c),
        Err(e) => charmap_lookup(name).ok_or_else(|| raise(e)),
    }
}

/// A name as a str (a char per byte, as `name_arg` made it).
fn name_obj(name: &str) -> PyResult<Obj> {
    if name.chars().all(|c| (c as u32) < 0x100) {
        let bytes: Vec<u8> = name.chars().map(|c| c as u8).collect();
        pystr::new(&bytes)
    } else {
        pystr::from_str(name)
    }
}

/// A function of the `_codecs` module (its registry is Python code there).
fn codecs_fn(name: &str) -> PyResult<Obj> {
    let m = super::import::import_module_str("_codecs")?;
    super::ops::getattr_str(m, name)
}

/// `_codecs.lookup(name)`: the search functions' `CodecInfo`, LookupError "unknown encoding".
pub fn registry_lookup(name: &str) -> PyResult<Obj> {
    call::call(codecs_fn("lookup")?, &[name_obj(name)?], None)
}

/// Calls the encoder (`which` 0) or decoder (1) of a registry codec as `PyCodec_Encode` does:
/// `errors` is passed unless it is the default, and the result must be an `(object, length)`
/// tuple; gives the object.
fn registry_call(info: Obj, which: usize, obj: Obj, errors: &str) -> PyResult<Obj> {
    let what = if which == 0 { "encoder" } else { "decoder" };
    let f = if tuple::is_tuple(info) && tuple::len(info) > which {
        tuple::items(info)[which]
    } else {
        super::ops::getitem(info, int::new(which as i64)?)?
    };
    let r = if errors == "strict" {
        call::call(f, &[obj], None)?
    } else {
        call::call(f, &[obj, name_obj(errors)?], None)?
    };
    if !(tuple::is_tuple(r) && tuple::len(r) == 2) {
        return Err(exc::type_error(&format!(
            "{what} must return a tuple (object,integer)"
        )));
    }
    Ok(tuple::items(r)[0])
}

/// TypeError unless a registry codec's result is a str or unicode.
fn check_text(r: Obj, what: &str) -> PyResult<Obj> {
    if pystr::is_str(r) || unicode::is_unicode(r) {
        return Ok(r);
    }
    Err(exc::type_error(&format!(
        "{what} did not return a string/unicode object (type={})",
        super::ops::type_name_of(r)
    )))
}

// --- error handlers ------------------------------------------------------------------------------

/// Runs a codec with the error handler named `errors`: the built-in ones directly, any other
/// name through `codecs.register_error`'s registry, looked up when the first error occurs (an
/// unknown name on clean input passes, as in CPython). A Python exception raised by the
/// handler (or its lookup) wins over the codec's own result.
pub fn with_errors<T>(
    errors: &str,
    run: impl FnOnce(&mut Errors<'_>) -> Result<T, StrError>,
) -> PyResult<T> {
    let mut failure: Option<Raised> = None;
    let result = match Errors::from_name(errors) {
        Errors::Unknown(name) => {
            let mut handler: Option<Obj> = None;
            let mut call_handler = |e: &StrError| -> Result<(Vec<u32>, i64), StrError> {
                match call_error_handler(name, &mut handler, e) {
                    Ok(x) => Ok(x),
                    Err(x) => {
                        failure = Some(x);
                        Err(StrError::value(""))
                    }
                }
            };
            let mut errs = Errors::Custom(name, &mut call_handler);
            run(&mut errs)
        }
        mut errs => run(&mut errs),
    };
    match (result, failure) {
        (_, Some(e)) => Err(e),
        (Ok(v), None) => Ok(v),
        (Err(e), None) => Err(raise(e)),
    }
}

/// Calls the handler registered under `name` with the exception for `e`; checks that it gave
/// `(unicode, int)` as CPython does.
fn call_error_handler(
    name: &str,
    handler: &mut Option<Obj>,
    e: &StrError,
) -> PyResult<(Vec<u32>, i64)> {
    let f = match *handler {
        Some(f) => f,
        None => {
            let f = call::call(codecs_fn("lookup_error")?, &[name_obj(name)?], None)?;
            *handler = Some(f);
            f
        }
    };
    let (exc_obj, decoding) = exception_object(e)?;
    let r = call::call(f, &[exc_obj], None)?;
    let bad = || {
        exc::type_error(if decoding {
            "decoding error handler must return (unicode, int) tuple"
        } else {
            "encoding error handler must return (unicode, int) tuple"
        })
    };
    if !(tuple::is_tuple(r) && tuple::len(r) == 2) {
        return Err(bad());
    }
    let (text, pos) = (tuple::items(r)[0], tuple::items(r)[1]);
    if !unicode::is_unicode(text) {
        return Err(bad());
    }
    // The position converts as PyArg_ParseTuple's "n" does.
    if super::types::float::is_float(pos) {
        return Err(exc::type_error("integer argument expected, got float"));
    }
    if !(int::is_int(pos) || long::is_long(pos)) {
        return Err(exc::type_error("an integer is required"));
    }
    let pos = super::ops::index_value(pos)?;
    Ok((unicode::code_points(text).to_vec(), pos))
}

/// The `UnicodeEncodeError`/`UnicodeDecodeError` instance for a strops error (and whether it is
/// a decoding one).
fn exception_object(e: &StrError) -> PyResult<(Obj, bool)> {
    let r = rt();
    let StrError::Unicode(info) = e else {
        return Err(raise(e.clone()));
    };
    let (cls, object, decoding) = match &info.object {
        UnicodeObject::Bytes(b) => (r.exc.UnicodeDecodeError, pystr::new(b)?, true),
        UnicodeObject::Text(t) => (r.exc.UnicodeEncodeError, unicode::new(t)?, false),
    };
    let args = [
        pystr::from_str(info.encoding)?,
        object,
        int::new(info.start as i64)?,
        int::new(info.end as i64)?,
        pystr::from_str(&info.reason)?,
    ];
    Ok((call::call(cls, &args, None)?, decoding))
}

// --- encode / decode -----------------------------------------------------------------------------

/// Encodes code points with a Rust codec: `unicode.encode` (and `str.encode`, whose str was
/// decoded as ASCII).
fn encode_native(codec: Codec, text: &[u32], errors: &str) -> PyResult<Obj> {
    if codec.is_bytes_codec() {
        // The bytes codecs read a unicode argument through its default-encoded buffer.
        let ascii = lift(Codec::Ascii.encode(text, &mut Errors::Strict))?;
        let wide: Vec<u32> = ascii.iter().map(|&b| b as u32).collect();
        return pystr::new(&with_errors(errors, |e| codec.encode(&wide, e))?);
    }
    pystr::new(&with_errors(errors, |e| codec.encode(text, e))?)
}

/// Encodes code points (a unicode's text): `unicode.encode` without the object.
pub fn encode_text(text: &[u32], enc: &str, errors: &str) -> PyResult<Obj> {
    match find(enc)? {
        Found::Native(codec) => encode_native(codec, text, errors),
        Found::Registry(info) => {
            let u = unicode::new(text)?;
            check_text(registry_call(info, 0, u, errors)?, "encoder")
        }
    }
}

/// `unicode.encode(enc, errors)`.
pub fn encode(u: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    match find(enc)? {
        Found::Native(Codec::StringEscape) => {
            // `escape_encode` takes only a str.
            Err(exc::type_error(
                "escape_encode() argument 1 must be string, not unicode",
            ))
        }
        Found::Native(codec) => encode_native(codec, unicode::code_points(u), errors),
        Found::Registry(info) => check_text(registry_call(info, 0, u, errors)?, "encoder"),
    }
}

/// `str.encode(enc, errors)`: bytes codecs work on the bytes; text codecs see the str decoded
/// with the default encoding (ASCII); a registry codec gets the str itself.
pub fn encode_bytes(s: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    let codec = match find(enc)? {
        Found::Native(codec) => codec,
        Found::Registry(info) => {
            return check_text(registry_call(info, 0, s, errors)?, "encoder");
        }
    };
    let b = pystr::bytes(s);
    if codec.is_bytes_codec() {
        let wide: Vec<u32> = b.iter().map(|&c| c as u32).collect();
        return pystr::new(&with_errors(errors, |e| codec.encode(&wide, e))?);
    }
    let text = lift(Codec::Ascii.decode(b, &mut Errors::Strict))?;
    pystr::new(&with_errors(errors, |e| codec.encode(&text, e))?)
}

/// Decodes bytes with a Rust codec. Bytes codecs give a str.
fn decode_native(codec: Codec, b: &[u8], errors: &str) -> PyResult<Obj> {
    let out = with_errors(errors, |e| codec.decode(b, e))?;
    if codec.is_bytes_codec() {
        let bytes: Vec<u8> = out.iter().map(|&c| c as u8).collect();
        return pystr::new(&bytes);
    }
    unicode::new(&out)
}

/// Decodes bytes (`str.decode` without the object). Bytes codecs give a str.
pub fn decode_data(b: &[u8], enc: &str, errors: &str) -> PyResult<Obj> {
    match find(enc)? {
        Found::Native(codec) => decode_native(codec, b, errors),
        Found::Registry(info) => {
            let s = pystr::new(b)?;
            check_text(registry_call(info, 1, s, errors)?, "decoder")
        }
    }
}

/// `str.decode(enc, errors)`.
pub fn decode(s: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    match find(enc)? {
        Found::Native(codec) => decode_native(codec, pystr::bytes(s), errors),
        Found::Registry(info) => check_text(registry_call(info, 1, s, errors)?, "decoder"),
    }
}

/// `unicode(s, enc, errors)`: as `str.decode`, but a registry codec is handed a buffer over the
/// bytes (as `PyUnicode_Decode` does) and the result must be unicode.
pub fn decode_to_unicode(s: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    let r = match find(enc)? {
        Found::Native(codec) => decode_native(codec, pystr::bytes(s), errors)?,
        Found::Registry(info) => {
            let buf = call::call(rt().types.buffer, &[s], None)?;
            registry_call(info, 1, buf, errors)?
        }
    };
    if unicode::is_unicode(r) {
        return Ok(r);
    }
    Err(exc::type_error(&format!(
        "decoder did not return an unicode object (type={})",
        super::ops::type_name_of(r)
    )))
}

/// `unicode.decode(enc, errors)`: a Rust codec decodes the default-encoded text; a registry
/// codec gets the unicode itself.
pub fn decode_unicode(u: Obj, enc: &str, errors: &str) -> PyResult<Obj> {
    match find(enc)? {
        Found::Native(codec) => {
            let b = lift(Codec::Ascii.encode(unicode::code_points(u), &mut Errors::Strict))?;
            decode_native(codec, &b, errors)
        }
        Found::Registry(info) => check_text(registry_call(info, 1, u, errors)?, "decoder"),
    }
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
