//! The `_codecs` module: the codec registry, error handlers and codec functions under codecs.py
//! and the encodings package. The registry and most codec functions are Python
//! (`py/_codecs.py`, run in the module's namespace at import; see the comment at the top of that
//! file); the UTF-8/16/32, ASCII, Latin-1, escape codecs and table-driven charmap decoding
//! functions are native (defined here over `crate::strops::codecs`, before the Python part
//! runs): they decode streams (`final` false leaves a cut-off sequence for the next call, as the
//! incremental decoders and stream readers need) and call custom error handlers.
//!
//! Each function returns CPython's tuple: `(output, length consumed)`, and `utf_16_ex_decode`/
//! `utf_32_ex_decode` the byte order found as a third item (-1 little, 1 big, 0 none yet).

use super::super::codecs::{lift, with_errors};
use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::types::descr;
use super::super::types::{bytearray, dict, int, parse_args, str as pystr, tuple, unicode, Arity};
use crate::strops::codecs::{decode_charmap_table, encode_charmap_pairs, ByteOrder, Codec, Errors};

pub fn init(d: Obj) -> PyResult<()> {
    // The native functions first: the Python part uses them, and `from _codecs import *`
    // takes the public names there are when it has run.
    for &(name, f) in FUNCS {
        let o = descr::new_builtin(descr::Native::Func(f, name, Arity::Any), None, None)?;
        dict::set_str(d, name, o)?;
    }
    for &(key, name, f) in HANDLERS {
        let o = descr::new_builtin(descr::Native::Func(f, name, Arity::Any), None, None)?;
        dict::set_str(d, key, o)?;
    }
    super::run_source(d, "_codecs", include_str!("py/_codecs.py"))
}

type NativeFn = fn(&[Obj], Option<Obj>) -> PyResult<Obj>;

const FUNCS: &[(&str, NativeFn)] = &[
    ("utf_8_decode", utf_8_decode),
    ("utf_8_encode", utf_8_encode),
    ("utf_16_decode", utf_16_decode),
    ("utf_16_le_decode", utf_16_le_decode),
    ("utf_16_be_decode", utf_16_be_decode),
    ("utf_16_ex_decode", utf_16_ex_decode),
    ("utf_16_encode", utf_16_encode),
    ("utf_16_le_encode", utf_16_le_encode),
    ("utf_16_be_encode", utf_16_be_encode),
    ("utf_32_decode", utf_32_decode),
    ("utf_32_le_decode", utf_32_le_decode),
    ("utf_32_be_decode", utf_32_be_decode),
    ("utf_32_ex_decode", utf_32_ex_decode),
    ("utf_32_encode", utf_32_encode),
    ("utf_32_le_encode", utf_32_le_encode),
    ("utf_32_be_encode", utf_32_be_encode),
    ("ascii_decode", ascii_decode),
    ("ascii_encode", ascii_encode),
    ("latin_1_decode", latin_1_decode),
    ("latin_1_encode", latin_1_encode),
    ("charmap_decode", charmap_decode),
    ("charmap_encode", charmap_encode),
    ("unicode_escape_decode", unicode_escape_decode),
    ("unicode_escape_encode", unicode_escape_encode),
    ("raw_unicode_escape_decode", raw_unicode_escape_decode),
    ("raw_unicode_escape_encode", raw_unicode_escape_encode),
    ("unicode_internal_decode", unicode_internal_decode),
    ("unicode_internal_encode", unicode_internal_encode),
    ("escape_decode", escape_decode),
    ("escape_encode", escape_encode),
];

/// The built-in error handlers: in the module as `_NAME` (CPython's `_codecs` does not export
/// them; the Python part puts them in the handler registry), named `NAME`.
const HANDLERS: &[(&str, &str, NativeFn)] = &[
    ("_strict_errors", "strict_errors", strict_errors),
    ("_ignore_errors", "ignore_errors", ignore_errors),
    ("_replace_errors", "replace_errors", replace_errors),
    (
        "_xmlcharrefreplace_errors",
        "xmlcharrefreplace_errors",
        xmlcharrefreplace_errors,
    ),
    (
        "_backslashreplace_errors",
        "backslashreplace_errors",
        backslashreplace_errors,
    ),
];

// --- arguments -----------------------------------------------------------------------------------

/// A `s*` argument: the bytes of a str, buffer or bytearray; a unicode is default-encoded.
fn data_arg(fname: &str, o: Obj) -> PyResult<Vec<u8>> {
    if pystr::is_str(o) {
        return Ok(pystr::bytes(o).to_vec());
    }
    if unicode::is_unicode(o) {
        return Ok(pystr::bytes(unicode::encode_default(o)?).to_vec());
    }
    if bytearray::is_bytearray(o) {
        return Ok(bytearray::data(o).clone());
    }
    if o.class() == rt().types.buffer {
        return Ok(pystr::bytes(ops::str(o)?).to_vec());
    }
    Err(exc::type_error(&format!(
        "{fname}() argument 1 must be string or buffer, not {}",
        type_name(o)
    )))
}

fn type_name(o: Obj) -> String {
    if o == rt().none {
        "None".to_string()
    } else {
        ops::type_name_of(o)
    }
}

/// An `O` argument read as unicode (`PyUnicode_FromObject`): a str is decoded as ASCII.
fn text_arg(o: Obj) -> PyResult<Vec<u32>> {
    if unicode::is_unicode(o) {
        return Ok(unicode::code_points(o).to_vec());
    }
    if pystr::is_str(o) {
        return super::super::codecs::ascii_decode(pystr::bytes(o));
    }
    Err(exc::type_error(&format!(
        "coercing to Unicode: need string or buffer, {} found",
        type_name(o)
    )))
}

/// A `z` argument: the error handler name, `strict` for None or omitted.
fn errors_arg(fname: &str, pos: usize, o: Option<Obj>) -> PyResult<String> {
    match o {
        None => Ok("strict".to_string()),
        Some(x) if x == rt().none => Ok("strict".to_string()),
        Some(x) if pystr::is_str(x) => Ok(pystr::bytes(x).iter().map(|&b| b as char).collect()),
        Some(x) => Err(exc::type_error(&format!(
            "{fname}() argument {pos} must be string or None, not {}",
            type_name(x)
        ))),
    }
}

fn int_arg(o: Option<Obj>) -> PyResult<i64> {
    match o {
        None => Ok(0),
        Some(x) => ops::index_value(x),
    }
}

fn bool_arg(o: Option<Obj>) -> PyResult<bool> {
    match o {
        None => Ok(false),
        Some(x) => ops::truthy(x),
    }
}

fn pair(first: Obj, n: usize) -> PyResult<Obj> {
    tuple::new(&[first, int::new(n as i64)?])
}

// --- decoders ------------------------------------------------------------------------------------

/// `NAME_decode(data, errors=None, final=False)`.
fn decode_stream(fname: &str, codec: Codec, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let p = parse_args(fname, args, kw, &["data", "errors", "final"], 1)?;
    let data = data_arg(fname, p[0].unwrap_or(rt().none))?;
    let errors = errors_arg(fname, 2, p[1])?;
    let last = bool_arg(p[2])?;
    let r = with_errors(&errors, |e| codec.decode_partial(&data, e, last))?;
    pair(unicode::new(&r.text)?, r.consumed)
}

/// `utf_16_ex_decode(data, errors=None, byteorder=0, final=False)`.
fn decode_ex(fname: &str, utf32: bool, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let p = parse_args(
        fname,
        args,
        kw,
        &["data", "errors", "byteorder", "final"],
        1,
    )?;
    let data = data_arg(fname, p[0].unwrap_or(rt().none))?;
    let errors = errors_arg(fname, 2, p[1])?;
    let order = order_of(int_arg(p[2])?);
    let last = bool_arg(p[3])?;
    let codec = if utf32 {
        Codec::Utf32(order)
    } else {
        Codec::Utf16(order)
    };
    let r = with_errors(&errors, |e| codec.decode_partial(&data, e, last))?;
    let found = match r.byte_order {
        ByteOrder::Bom => 0,
        ByteOrder::Little => -1,
        ByteOrder::Big => 1,
    };
    tuple::new(&[
        unicode::new(&r.text)?,
        int::new(r.consumed as i64)?,
        int::new(found)?,
    ])
}

fn order_of(n: i64) -> ByteOrder {
    match n {
        0 => ByteOrder::Bom,
        n if n < 0 => ByteOrder::Little,
        _ => ByteOrder::Big,
    }
}

fn utf_8_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_stream("utf_8_decode", Codec::Utf8, a, k)
}
fn utf_16_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_stream("utf_16_decode", Codec::Utf16(ByteOrder::Bom), a, k)
}
fn utf_16_le_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_stream("utf_16_le_decode", Codec::Utf16(ByteOrder::Little), a, k)
}
fn utf_16_be_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_stream("utf_16_be_decode", Codec::Utf16(ByteOrder::Big), a, k)
}
fn utf_16_ex_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_ex("utf_16_ex_decode", false, a, k)
}
fn utf_32_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_stream("utf_32_decode", Codec::Utf32(ByteOrder::Bom), a, k)
}
fn utf_32_le_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_stream("utf_32_le_decode", Codec::Utf32(ByteOrder::Little), a, k)
}
fn utf_32_be_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_stream("utf_32_be_decode", Codec::Utf32(ByteOrder::Big), a, k)
}
fn utf_32_ex_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_ex("utf_32_ex_decode", true, a, k)
}

/// `ascii_decode(data, errors=None)` / `latin_1_decode`: no `final` (nothing is cut off).
fn decode_whole(fname: &str, codec: Codec, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let p = parse_args(fname, args, kw, &["data", "errors"], 1)?;
    let data = data_arg(fname, p[0].unwrap_or(rt().none))?;
    let errors = errors_arg(fname, 2, p[1])?;
    let text = with_errors(&errors, |e| codec.decode(&data, e))?;
    pair(unicode::new(&text)?, data.len())
}

fn ascii_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_whole("ascii_decode", Codec::Ascii, a, k)
}
fn latin_1_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_whole("latin_1_decode", Codec::Latin1, a, k)
}
fn unicode_escape_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_whole("unicode_escape_decode", Codec::UnicodeEscape, a, k)
}
fn raw_unicode_escape_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    decode_whole("raw_unicode_escape_decode", Codec::RawUnicodeEscape, a, k)
}
fn unicode_internal_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    // A unicode argument is returned as it is.
    if let Some(&u) = a.first() {
        if unicode::is_unicode(u) {
            return pair(u, unicode::code_points(u).len());
        }
    }
    decode_whole("unicode_internal_decode", Codec::UnicodeInternal, a, k)
}

/// `escape_decode(data, errors=None)`: `string_escape`, bytes to bytes.
fn escape_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let fname = "escape_decode";
    let p = parse_args(fname, a, k, &["data", "errors"], 1)?;
    let data = data_arg(fname, p[0].unwrap_or(rt().none))?;
    let errors = errors_arg(fname, 2, p[1])?;
    let out = with_errors(&errors, |e| Codec::StringEscape.decode(&data, e))?;
    let bytes: Vec<u8> = out.iter().map(|&c| c as u8).collect();
    pair(pystr::new(&bytes)?, data.len())
}

/// `escape_encode(data, errors=None)`: `string_escape`; takes only a str.
fn escape_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let fname = "escape_encode";
    let p = parse_args(fname, a, k, &["data", "errors"], 1)?;
    let data = p[0].unwrap_or(rt().none);
    if !pystr::is_str(data) {
        return Err(exc::type_error(&format!(
            "escape_encode() argument 1 must be string, not {}",
            type_name(data)
        )));
    }
    errors_arg(fname, 2, p[1])?;
    let wide: Vec<u32> = pystr::bytes(data).iter().map(|&b| b as u32).collect();
    let out = lift(Codec::StringEscape.encode(&wide, &mut Errors::Strict))?;
    pair(pystr::new(&out)?, wide.len())
}

/// `charmap_decode(data, errors=None, mapping=None)`: natively for no mapping (Latin-1) and a
/// decoding table given as unicode; other mappings go to the Python version.
fn charmap_decode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let fname = "charmap_decode";
    let p = parse_args(fname, a, k, &["data", "errors", "mapping"], 1)?;
    let table = match p[2] {
        None => None,
        Some(m) if m == rt().none => None,
        Some(m) if unicode::is_unicode(m) => Some(unicode::code_points(m)),
        Some(_) => {
            let m = super::super::import::import_module_str("_codecs")?;
            let f = ops::getattr_str(m, "_charmap_decode_mapping")?;
            return super::super::call::call(f, a, k);
        }
    };
    let data = data_arg(fname, p[0].unwrap_or(rt().none))?;
    let errors = errors_arg(fname, 2, p[1])?;
    let text = match table {
        None => lift(Codec::Latin1.decode(&data, &mut Errors::Strict))?,
        Some(t) => with_errors(&errors, |e| decode_charmap_table(&data, t, e))?,
    };
    pair(unicode::new(&text)?, data.len())
}

// --- encoders ------------------------------------------------------------------------------------

/// `NAME_encode(obj, errors=None)`; `byteorder` (UTF-16/32 with a BOM only): 0 writes a BOM
/// and little-endian, negative little-endian, positive big-endian.
fn encode_with(
    fname: &str,
    codec: Codec,
    has_order: bool,
    a: &[Obj],
    k: Option<Obj>,
) -> PyResult<Obj> {
    let names: &[&str] = if has_order {
        &["obj", "errors", "byteorder"]
    } else {
        &["obj", "errors"]
    };
    let p = parse_args(fname, a, k, names, 1)?;
    let text = text_arg(p[0].unwrap_or(rt().none))?;
    let errors = errors_arg(fname, 2, p[1])?;
    let codec = match (codec, has_order) {
        (Codec::Utf16(_), true) => Codec::Utf16(order_of(int_arg(p[2])?)),
        (Codec::Utf32(_), true) => Codec::Utf32(order_of(int_arg(p[2])?)),
        (c, _) => c,
    };
    let out = with_errors(&errors, |e| codec.encode(&text, e))?;
    pair(pystr::new(&out)?, text.len())
}

fn utf_8_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with("utf_8_encode", Codec::Utf8, false, a, k)
}
fn utf_16_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with("utf_16_encode", Codec::Utf16(ByteOrder::Bom), true, a, k)
}
fn utf_16_le_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with(
        "utf_16_le_encode",
        Codec::Utf16(ByteOrder::Little),
        false,
        a,
        k,
    )
}
fn utf_16_be_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with(
        "utf_16_be_encode",
        Codec::Utf16(ByteOrder::Big),
        false,
        a,
        k,
    )
}
fn utf_32_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with("utf_32_encode", Codec::Utf32(ByteOrder::Bom), true, a, k)
}
fn utf_32_le_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with(
        "utf_32_le_encode",
        Codec::Utf32(ByteOrder::Little),
        false,
        a,
        k,
    )
}
fn utf_32_be_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with(
        "utf_32_be_encode",
        Codec::Utf32(ByteOrder::Big),
        false,
        a,
        k,
    )
}
fn ascii_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with("ascii_encode", Codec::Ascii, false, a, k)
}
fn latin_1_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with("latin_1_encode", Codec::Latin1, false, a, k)
}
fn unicode_escape_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with("unicode_escape_encode", Codec::UnicodeEscape, false, a, k)
}
fn raw_unicode_escape_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    encode_with(
        "raw_unicode_escape_encode",
        Codec::RawUnicodeEscape,
        false,
        a,
        k,
    )
}
fn unicode_internal_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    // A str argument is returned as it is.
    if let Some(&s) = a.first() {
        if pystr::is_str(s) {
            return pair(s, pystr::bytes(s).len());
        }
    }
    encode_with(
        "unicode_internal_encode",
        Codec::UnicodeInternal,
        false,
        a,
        k,
    )
}

// --- the built-in error handlers (what `codecs.lookup_error` gives for their names) -------------

/// Which Unicode error an error handler was handed.
#[derive(PartialEq)]
enum UnicodeErrorKind {
    Encode,
    Decode,
    Translate,
}

/// The single argument of a handler.
fn handler_arg(fname: &str, a: &[Obj]) -> PyResult<Obj> {
    match a {
        [x] => Ok(*x),
        _ => Err(exc::type_error(&format!(
            "{fname}() takes exactly one argument ({} given)",
            a.len()
        ))),
    }
}

/// The exception's kind, its `object`, and its `start`/`end` clamped to the object as
/// CPython's `PyUnicodeEncodeError_GetStart`/`GetEnd` do. TypeError "don't know how to handle"
/// for an exception no handler knows, or one the handler does not take (`accepts`).
fn unicode_error(
    x: Obj,
    accepts: &[UnicodeErrorKind],
) -> PyResult<(UnicodeErrorKind, Obj, usize, usize)> {
    let r = rt();
    let c = x.class();
    let is = |cls: Obj| c == cls || super::super::typeobj::is_subtype(c, cls);
    let kind = if is(r.exc.UnicodeEncodeError) {
        Some(UnicodeErrorKind::Encode)
    } else if is(r.exc.UnicodeDecodeError) {
        Some(UnicodeErrorKind::Decode)
    } else if is(r.exc.UnicodeTranslateError) {
        Some(UnicodeErrorKind::Translate)
    } else {
        None
    };
    let kind = match kind {
        Some(k) if accepts.contains(&k) => k,
        _ => {
            return Err(exc::type_error(&format!(
                "don't know how to handle {} in error callback",
                type_name(x)
            )))
        }
    };
    let field = |name: &str, i: usize| -> PyResult<Obj> {
        // The runtime's UnicodeTranslateError keeps its fields only in `args`.
        if kind == UnicodeErrorKind::Translate {
            let args = ops::getattr_str(x, "args")?;
            if tuple::is_tuple(args) && tuple::len(args) == 4 {
                return Ok(tuple::items(args)[i]);
            }
        }
        ops::getattr_str(x, name)
    };
    let object = field("object", 0)?;
    let size = ops::len(object)? as i64;
    let start = ops::index_value(field("start", 1)?)?;
    let end = ops::index_value(field("end", 2)?)?;
    let start = start.clamp(0, (size - 1).max(0));
    let end = end.clamp(1, size.max(1));
    Ok((kind, object, start as usize, end as usize))
}

fn replacement(text: &[u32], end: usize) -> PyResult<Obj> {
    pair(unicode::new(text)?, end)
}

/// The code points of `object[start..end]` (an encode error's object is unicode).
fn bad_chars(object: Obj, start: usize, end: usize) -> Vec<u32> {
    if unicode::is_unicode(object) {
        let cps = unicode::code_points(object);
        cps[start.min(cps.len())..end.min(cps.len())].to_vec()
    } else {
        Vec::new()
    }
}

fn strict_errors(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let x = handler_arg("strict_errors", a)?;
    let base = rt().exc.BaseException;
    if x.class() == base || super::super::typeobj::is_subtype(x.class(), base) {
        return Err(exc::set_pending(exc::ExcState {
            ty: x.class(),
            value: x,
            tb: None,
        }));
    }
    Err(exc::type_error("codec must pass exception instance"))
}

fn ignore_errors(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    use UnicodeErrorKind::*;
    let x = handler_arg("ignore_errors", a)?;
    let (_, _, _, end) = unicode_error(x, &[Encode, Decode, Translate])?;
    replacement(&[], end)
}

fn replace_errors(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    use UnicodeErrorKind::*;
    let x = handler_arg("replace_errors", a)?;
    let (kind, _, start, end) = unicode_error(x, &[Encode, Decode, Translate])?;
    let n = end.saturating_sub(start);
    match kind {
        Encode => replacement(&vec!['?' as u32; n], end),
        Decode => replacement(&[0xFFFD], end),
        Translate => replacement(&vec![0xFFFD; n], end),
    }
}

fn xmlcharrefreplace_errors(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let x = handler_arg("xmlcharrefreplace_errors", a)?;
    let (_, object, start, end) = unicode_error(x, &[UnicodeErrorKind::Encode])?;
    let mut out = String::new();
    for c in bad_chars(object, start, end) {
        out.push_str(&format!("&#{c};"));
    }
    let text: Vec<u32> = out.bytes().map(u32::from).collect();
    replacement(&text, end)
}

fn backslashreplace_errors(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let x = handler_arg("backslashreplace_errors", a)?;
    let (_, object, start, end) = unicode_error(x, &[UnicodeErrorKind::Encode])?;
    let mut out = String::new();
    for c in bad_chars(object, start, end) {
        out.push_str(&if c >= 0x10000 {
            format!("\\U{c:08x}")
        } else if c >= 0x100 {
            format!("\\u{c:04x}")
        } else {
            format!("\\x{c:02x}")
        });
    }
    let text: Vec<u32> = out.bytes().map(u32::from).collect();
    replacement(&text, end)
}

/// `charmap_encode(obj, errors=None, mapping=None)`: natively for no mapping (Latin-1) and a dict
/// of int code points to int bytes (what `charmap_build` makes); other mappings go to the
/// Python version, which also raises CPython's errors for bad mapping values.
fn charmap_encode(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let fname = "charmap_encode";
    let p = parse_args(fname, a, k, &["obj", "errors", "mapping"], 1)?;
    let pairs = match p[2] {
        None => None,
        Some(m) if m == rt().none => None,
        Some(m) => match byte_map(m) {
            Some(pairs) => Some(pairs),
            None => {
                let m = super::super::import::import_module_str("_codecs")?;
                let f = ops::getattr_str(m, "_charmap_encode_mapping")?;
                return super::super::call::call(f, a, k);
            }
        },
    };
    let text = text_arg(p[0].unwrap_or(rt().none))?;
    let errors = errors_arg(fname, 2, p[1])?;
    let out = match pairs {
        None => with_errors(&errors, |e| Codec::Latin1.encode(&text, e))?,
        Some(pairs) => with_errors(&errors, |e| encode_charmap_pairs(&text, pairs, e))?,
    };
    pair(pystr::new(&out)?, text.len())
}

/// A dict whose keys are all code points (ints) and values all bytes (ints below 256), as
/// pairs; None for any other mapping.
fn byte_map(m: Obj) -> Option<Vec<(u32, u8)>> {
    if m.class() != rt().types.dict {
        return None;
    }
    let mut pairs = Vec::new();
    for (key, value) in dict::items_vec(m) {
        if key.class() != rt().types.int || value.class() != rt().types.int {
            return None;
        }
        let (c, b) = (int::value(key), int::value(value));
        if !(0..=0x10FFFF).contains(&c) || !(0..256).contains(&b) {
            return None;
        }
        pairs.push((c as u32, b as u8));
    }
    Some(pairs)
}
