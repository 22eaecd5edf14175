//! `unicode`: immutable code-point strings (UCS4: lone surrogates allowed). Layout: header,
//! cached hash, length, then the code points inline. The default encoding is ASCII, as in
//! CPython 2.7: mixing str and unicode decodes the str as ASCII. The slots are here; the methods
//! (shared with `str`) are in `text_methods`, over `crate::strops`.

use std::cell::Cell;

use super::super::exc;
use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{NbOp, Slots};
use super::tuple_methods::seq_index;
use super::{int, parse_args, slice, str as pystr, Arity, MethodDef};
use crate::compile::ir::CmpOp;
use crate::gc;
use crate::strops;

#[path = "text_methods.rs"]
pub mod text_methods;
use text_methods::{self as tm, U};

#[repr(C)]
pub struct UnicodeObj {
    pub head: Header,
    pub hash: Cell<i64>,
    pub len: usize,
    // code points follow
}

const DATA: usize = std::mem::size_of::<UnicodeObj>();

pub static UNICODE_KIND: gc::Kind = gc::Kind {
    name: "unicode",
    trace: None,
    drop: None,
};

fn unicode_tail_offset(p: *mut u8) -> usize {
    // SAFETY: a unicode object.
    let len = unsafe { (*(p as *const UnicodeObj)).len };
    (DATA + 4 * len).next_multiple_of(8)
}

crate::sub_kind!(
    UNICODE_SUB_KIND,
    "unicode subclass instance",
    None,
    None,
    unicode_tail_offset
);

pub fn tail_offset(o: Obj) -> usize {
    unicode_tail_offset(o.as_ptr())
}

pub fn new_of(cls: Obj, cps: &[u32]) -> PyResult<Obj> {
    let data = cps
        .len()
        .checked_mul(4)
        .and_then(|n| n.checked_add(DATA))
        .ok_or_else(exc::memory_error)?;
    let (kind, size, extra) = if cls == rt().types.unicode {
        (&UNICODE_KIND, data, 0)
    } else {
        let e = super::super::class::tail_size(cls);
        (&UNICODE_SUB_KIND, data.next_multiple_of(8) + e, e)
    };
    let o = alloc(kind, size, cls)?;
    // SAFETY: fresh object with room for the code points.
    unsafe {
        let u = o.cast::<UnicodeObj>();
        u.hash.set(-1);
        u.len = cps.len();
        std::ptr::copy_nonoverlapping(cps.as_ptr(), o.as_ptr().add(DATA) as *mut u32, cps.len());
    }
    if extra > 0 {
        super::super::class::init_tail(o, cls, data.next_multiple_of(8));
    }
    Ok(o)
}

pub fn new(cps: &[u32]) -> PyResult<Obj> {
    let r = rt();
    if cps.is_empty() && r.chars.len() == 256 {
        return Ok(r.empty_unicode);
    }
    new_of(r.types.unicode, cps)
}

pub fn from_str(s: &str) -> PyResult<Obj> {
    let v: Vec<u32> = s.chars().map(|c| c as u32).collect();
    new(&v)
}

#[inline]
pub fn is_unicode(o: Obj) -> bool {
    let c = o.class();
    let r = rt();
    c == r.types.unicode || super::super::typeobj::is_subtype(c, r.types.unicode)
}

#[inline]
pub fn code_points(o: Obj) -> &'static [u32] {
    // SAFETY: the caller knows `o` is a unicode object.
    unsafe {
        let u = o.cast::<UnicodeObj>();
        std::slice::from_raw_parts(o.as_ptr().add(DATA) as *const u32, u.len)
    }
}

pub fn hash(o: Obj) -> i64 {
    // SAFETY: as above.
    let u = unsafe { o.cast::<UnicodeObj>() };
    let h = u.hash.get();
    if h != -1 {
        return h;
    }
    let h = crate::pyhash::unicode_hash(code_points(o));
    u.hash.set(h);
    h
}

pub fn to_rust_lossy(o: Obj) -> String {
    code_points(o)
        .iter()
        .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
        .collect()
}

/// Encodes with the default encoding (ASCII, strict).
pub fn encode_default(o: Obj) -> PyResult<Obj> {
    let cps = code_points(o);
    if cps.iter().all(|&c| c < 0x80) {
        let b: Vec<u8> = cps.iter().map(|&c| c as u8).collect();
        return pystr::new(&b);
    }
    super::super::codecs::encode(o, "ascii", "strict")
}

pub fn encode_ascii(o: Obj) -> PyResult<Obj> {
    encode_default(o)
}

/// Decodes a str with the default encoding (ASCII, strict).
pub fn decode_default(s: Obj) -> PyResult<Obj> {
    new(&super::super::codecs::ascii_decode(pystr::bytes(s))?)
}

/// UnicodeEncodeError(encoding, object, start, end, reason).
pub fn encode_error(
    enc: &str,
    o: Obj,
    start: usize,
    end: usize,
    reason: &str,
) -> super::super::object::Raised {
    let r = rt();
    let res = (|| -> PyResult<super::super::object::Raised> {
        let args = [
            pystr::from_str(enc)?,
            o,
            int::new(start as i64)?,
            int::new(end as i64)?,
            pystr::from_str(reason)?,
        ];
        let v = super::super::call::call(r.exc.UnicodeEncodeError, &args, None)?;
        Ok(exc::set_pending(exc::ExcState {
            ty: r.exc.UnicodeEncodeError,
            value: v,
            tb: None,
        }))
    })();
    match res {
        Ok(x) | Err(x) => x,
    }
}

/// UnicodeDecodeError(encoding, object, start, end, reason).
pub fn decode_error(
    enc: &str,
    o: Obj,
    start: usize,
    end: usize,
    reason: &str,
) -> super::super::object::Raised {
    let r = rt();
    let res = (|| -> PyResult<super::super::object::Raised> {
        let args = [
            pystr::from_str(enc)?,
            o,
            int::new(start as i64)?,
            int::new(end as i64)?,
            pystr::from_str(reason)?,
        ];
        let v = super::super::call::call(r.exc.UnicodeDecodeError, &args, None)?;
        Ok(exc::set_pending(exc::ExcState {
            ty: r.exc.UnicodeDecodeError,
            value: v,
            tb: None,
        }))
    })();
    match res {
        Ok(x) | Err(x) => x,
    }
}

/// `unicode(o)`: unicode stays, str decodes as ASCII, others through `__unicode__` or `str()`.
pub fn from_object(o: Obj) -> PyResult<Obj> {
    if o.class() == rt().types.unicode {
        return Ok(o);
    }
    if is_unicode(o) {
        return new(code_points(o));
    }
    if pystr::is_str(o) {
        return decode_default(o);
    }
    if let Some(v) = super::super::class::call_special(o, rt().names.__unicode__, &[])? {
        if is_unicode(v) {
            return Ok(v);
        }
        if pystr::is_str(v) {
            return decode_default(v);
        }
        return Err(exc::type_error(&format!(
            "coercing to Unicode: need string or buffer, {} found",
            ops::type_name_of(v)
        )));
    }
    let s = ops::str_or_unicode(o)?;
    if is_unicode(s) {
        Ok(s)
    } else {
        decode_default(s)
    }
}

/// `str.decode(encoding, errors)` / `unicode(s, encoding, errors)`.
pub fn decode_bytes_obj(s: Obj, encoding: Option<Obj>, errors: Option<Obj>) -> PyResult<Obj> {
    let enc = match encoding {
        Some(e) => ops::str_text(e)?,
        None => "ascii".into(),
    };
    let errs = match errors {
        Some(e) => ops::str_text(e)?,
        None => "strict".into(),
    };
    super::super::codecs::decode_to_unicode(s, &enc, &errs)
}

// --- slots ------------------------------------------------------------------------------------

fn repr(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::unicode_repr(code_points(o)))
}

fn str_(o: Obj) -> PyResult<Obj> {
    encode_default(o)
}

fn hash_slot(o: Obj) -> PyResult<i64> {
    Ok(hash(o))
}

fn len(o: Obj) -> PyResult<i64> {
    Ok(code_points(o).len() as i64)
}

fn getitem(o: Obj, k: Obj) -> PyResult<Obj> {
    let c = code_points(o);
    if slice::is_slice(k) {
        let (start, _stop, step, n) = slice::indices(k, c.len() as i64)?;
        let mut out = Vec::with_capacity(n as usize);
        let mut i = start;
        for _ in 0..n {
            out.push(c[i as usize]);
            i += step;
        }
        return new(&out);
    }
    if !ops::is_index(k) {
        return Err(exc::type_error("string indices must be integers"));
    }
    let i = seq_index(k, c.len(), "string index out of range")?;
    new(&c[i..i + 1])
}

fn getslice(o: Obj, lo: i64, hi: i64) -> PyResult<Obj> {
    let c = code_points(o);
    let n = c.len() as i64;
    let lo = lo.clamp(0, n) as usize;
    let hi = (hi.clamp(0, n) as usize).max(lo);
    new(&c[lo..hi])
}

/// Coerces a str or unicode operand to unicode (TypeError for others).
pub fn coerce_arg(o: Obj) -> PyResult<Obj> {
    if is_unicode(o) {
        Ok(o)
    } else if pystr::is_str(o) {
        decode_default(o)
    } else {
        Err(exc::type_error(&format!(
            "coercing to Unicode: need string or buffer, {} found",
            ops::type_name_of(o)
        )))
    }
}

fn contains(o: Obj, k: Obj) -> PyResult<bool> {
    tm::contains::<U>(o, k)
}

fn concat(a: Obj, b: Obj) -> PyResult<Obj> {
    let a = coerce_arg(a)?;
    let b = coerce_arg(b)?;
    let mut v = code_points(a).to_vec();
    v.extend_from_slice(code_points(b));
    new(&v)
}

fn repeat(o: Obj, n: i64) -> PyResult<Obj> {
    if n == 1 && o.class() == rt().types.unicode {
        return Ok(o);
    }
    new(&super::super::codecs::lift(strops::repeat(
        code_points(o),
        n,
    ))?)
}

fn richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let b = if is_unicode(b) {
        b
    } else if pystr::is_str(b) {
        match decode_default(b) {
            Ok(u) => u,
            Err(e) => {
                // CPython warns (UnicodeWarning) and treats them as unequal; ordering raises.
                return match op {
                    CmpOp::Eq | CmpOp::Ne => {
                        exc::clear_pending();
                        Ok(ops::bool_obj(op == CmpOp::Ne))
                    }
                    _ => Err(e),
                };
            }
        }
    } else {
        return Ok(rt().not_implemented);
    };
    let o = code_points(a).cmp(code_points(b));
    use std::cmp::Ordering::*;
    Ok(ops::bool_obj(match op {
        CmpOp::Lt => o == Less,
        CmpOp::Le => o != Greater,
        CmpOp::Eq => o == Equal,
        CmpOp::Ne => o != Equal,
        CmpOp::Gt => o == Greater,
        CmpOp::Ge => o != Less,
        _ => return Ok(rt().not_implemented),
    }))
}

fn modulo(a: Obj, b: Obj) -> PyResult<Obj> {
    if !is_unicode(a) {
        return Ok(rt().not_implemented);
    }
    super::super::printf::percent(a, b)
}

fn unicode_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("unicode", args, kw, &["string", "encoding", "errors"], 0)?;
    let u = match a[0] {
        None => new(&[])?,
        Some(o) => {
            if a[1].is_some() || a[2].is_some() {
                if is_unicode(o) {
                    return Err(exc::type_error("decoding Unicode is not supported"));
                }
                if super::bytearray::is_bytearray(o) {
                    return Err(exc::type_error("decoding bytearray is not supported"));
                }
                // A buffer object decodes the bytes it stands for.
                let o = if o.class() == rt().types.buffer {
                    ops::str(o)?
                } else {
                    o
                };
                if !pystr::is_str(o) {
                    return Err(exc::type_error(&format!(
                        "coercing to Unicode: need string or buffer, {} found",
                        ops::type_name_of(o)
                    )));
                }
                let u = decode_bytes_obj(o, a[1], a[2])?;
                if !is_unicode(u) {
                    return Err(exc::type_error(&format!(
                        "decoder did not return an unicode object (type={})",
                        ops::type_name_of(u)
                    )));
                }
                u
            } else {
                from_object(o)?
            }
        }
    };
    if t == rt().types.unicode {
        return Ok(u);
    }
    new_of(t, code_points(u))
}

pub fn slots() -> Slots {
    let mut nb = [None; super::super::typeobj::NB_COUNT];
    nb[NbOp::Mod as usize] = Some(modulo as super::super::typeobj::BinaryFn);
    Slots {
        repr: Some(repr),
        str: Some(str_),
        hash: Some(hash_slot),
        len: Some(len),
        getitem: Some(getitem),
        getslice: Some(getslice),
        contains: Some(contains),
        concat: Some(concat),
        repeat: Some(repeat),
        richcmp: Some(richcmp),
        nb,
        new: Some(unicode_new),
        ..Default::default()
    }
}

pub static METHODS: &[MethodDef] = &[
    super::m("join", tm::join::<U>, Arity::One),
    super::m("split", tm::split::<U>, Arity::Range(0, 2)),
    super::m("rsplit", tm::rsplit::<U>, Arity::Range(0, 2)),
    super::m("splitlines", tm::splitlines::<U>, Arity::Range(0, 1)),
    super::m("partition", tm::partition::<U>, Arity::One),
    super::m("rpartition", tm::rpartition::<U>, Arity::One),
    super::m("strip", tm::strip::<U>, Arity::Range(0, 1)),
    super::m("lstrip", tm::lstrip::<U>, Arity::Range(0, 1)),
    super::m("rstrip", tm::rstrip::<U>, Arity::Range(0, 1)),
    super::m("replace", tm::replace::<U>, Arity::Range(2, 3)),
    super::m("find", tm::find::<U>, Arity::Any),
    super::m("rfind", tm::rfind::<U>, Arity::Any),
    super::m("index", tm::index::<U>, Arity::Any),
    super::m("rindex", tm::rindex::<U>, Arity::Any),
    super::m("count", tm::count::<U>, Arity::Range(1, 3)),
    super::m("startswith", tm::startswith::<U>, Arity::Range(1, 3)),
    super::m("endswith", tm::endswith::<U>, Arity::Range(1, 3)),
    super::m("upper", tm::upper::<U>, Arity::None),
    super::m("lower", tm::lower::<U>, Arity::None),
    super::m("swapcase", tm::swapcase::<U>, Arity::None),
    super::m("title", tm::title::<U>, Arity::None),
    super::m("capitalize", tm::capitalize::<U>, Arity::None),
    super::m("isalnum", tm::isalnum::<U>, Arity::None),
    super::m("isalpha", tm::isalpha::<U>, Arity::None),
    super::m("isdigit", tm::isdigit::<U>, Arity::None),
    super::m("islower", tm::islower::<U>, Arity::None),
    super::m("isupper", tm::isupper::<U>, Arity::None),
    super::m("isspace", tm::isspace::<U>, Arity::None),
    super::m("istitle", tm::istitle::<U>, Arity::None),
    super::m("isdecimal", tm::isdecimal::<U>, Arity::None),
    super::m("isnumeric", tm::isnumeric::<U>, Arity::None),
    super::m("center", tm::center::<U>, Arity::Range(1, 2)),
    super::m("ljust", tm::ljust::<U>, Arity::Range(1, 2)),
    super::m("rjust", tm::rjust::<U>, Arity::Range(1, 2)),
    super::m("zfill", tm::zfill::<U>, Arity::Range(1, 1)),
    super::m("expandtabs", tm::expandtabs::<U>, Arity::Range(0, 1)),
    super::m("translate", tm::translate_unicode, Arity::One),
    super::m("format", tm::format::<U>, Arity::Any),
    super::m("encode", tm::encode::<U>, Arity::Any),
    super::m("decode", tm::decode::<U>, Arity::Any),
    super::m("__format__", tm::format_spec::<U>, Arity::Range(1, 1)),
    super::m("__getnewargs__", tm::getnewargs::<U>, Arity::None),
    super::m("__sizeof__", tm::sizeof::<U>, Arity::None),
    super::m("_formatter_parser", tm::formatter_parser::<U>, Arity::None),
    super::m(
        "_formatter_field_name_split",
        tm::formatter_field_name_split::<U>,
        Arity::None,
    ),
];
