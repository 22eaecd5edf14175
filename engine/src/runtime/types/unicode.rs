//! `unicode`: immutable code-point strings (UCS4: lone surrogates allowed). Layout: header,
//! cached hash, length, then the code points inline. The default encoding is ASCII, as in
//! CPython 2.7: mixing str and unicode decodes the str as ASCII.

use std::cell::Cell;

use super::super::exc;
use super::super::object::{alloc, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{NbOp, Slots};
use super::tuple_methods::seq_index;
use super::{int, list, parse_args, slice, str as pystr, tuple, Arity, MethodDef};
use crate::compile::ir::CmpOp;
use crate::gc;

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
    let mut out = Vec::with_capacity(cps.len());
    for (i, &c) in cps.iter().enumerate() {
        if c >= 128 {
            let end = cps[i..].iter().take_while(|&&x| x >= 128).count() + i;
            return Err(encode_error(
                "ascii",
                o,
                i,
                end,
                "ordinal not in range(128)",
            ));
        }
        out.push(c as u8);
    }
    pystr::new(&out)
}

pub fn encode_ascii(o: Obj) -> PyResult<Obj> {
    encode_default(o)
}

/// Decodes a str with the default encoding (ASCII, strict).
pub fn decode_default(s: Obj) -> PyResult<Obj> {
    let b = pystr::bytes(s);
    let mut out = Vec::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        if c >= 128 {
            return Err(decode_error(
                "ascii",
                s,
                i,
                i + 1,
                "ordinal not in range(128)",
            ));
        }
        out.push(c as u32);
    }
    new(&out)
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
    super::super::codecs::decode(s, &enc, &errs)
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
        return Err(exc::type_error(&format!(
            "string indices must be integers, not {}",
            ops::type_name_of(k)
        )));
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
    if !is_unicode(k) && !pystr::is_str(k) {
        return Err(exc::type_error(&format!(
            "'in <string>' requires string as left operand, not {}",
            ops::type_name_of(k)
        )));
    }
    let k = coerce_arg(k)?;
    let (h, n) = (code_points(o), code_points(k));
    Ok(n.is_empty() || h.windows(n.len()).any(|w| w == n))
}

fn concat(a: Obj, b: Obj) -> PyResult<Obj> {
    let a = coerce_arg(a)?;
    let b = coerce_arg(b)?;
    let mut v = code_points(a).to_vec();
    v.extend_from_slice(code_points(b));
    new(&v)
}

fn add(a: Obj, b: Obj) -> PyResult<Obj> {
    if (is_unicode(a) || pystr::is_str(a)) && (is_unicode(b) || pystr::is_str(b)) {
        return concat(a, b);
    }
    Ok(rt().not_implemented)
}

fn repeat(o: Obj, n: i64) -> PyResult<Obj> {
    let c = code_points(o);
    if n <= 0 || c.is_empty() {
        return new(&[]);
    }
    let total = c
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t < (1usize << 38))
        .ok_or_else(exc::memory_error)?;
    let mut v = Vec::new();
    v.try_reserve(total).map_err(|_| exc::memory_error())?;
    for _ in 0..n {
        v.extend_from_slice(c);
    }
    new(&v)
}

fn richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let b = if is_unicode(b) {
        b
    } else if pystr::is_str(b) {
        match decode_default(b) {
            Ok(u) => u,
            Err(_) => {
                // CPython warns and treats them as unequal.
                exc::clear_pending();
                return Ok(match op {
                    CmpOp::Eq => rt().false_,
                    CmpOp::Ne => rt().true_,
                    _ => rt().not_implemented,
                });
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
                if !pystr::is_str(o) {
                    return Err(exc::type_error(&format!(
                        "coercing to Unicode: need string or buffer, {} found",
                        ops::type_name_of(o)
                    )));
                }
                decode_bytes_obj(o, a[1], a[2])?
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

fn iter_(o: Obj) -> PyResult<Obj> {
    super::iter::new_seq_iter(o)
}

pub fn slots() -> Slots {
    let mut nb = [None; super::super::typeobj::NB_COUNT];
    nb[NbOp::Mod as usize] = Some(modulo as super::super::typeobj::BinaryFn);
    nb[NbOp::Add as usize] = Some(add as super::super::typeobj::BinaryFn);
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
        iter: Some(iter_),
        nb,
        new: Some(unicode_new),
        ..Default::default()
    }
}

fn encode(o: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let p = parse_args("encode", a, k, &["encoding", "errors"], 0)?;
    let enc = match p[0] {
        Some(e) => ops::str_text(e)?,
        None => "ascii".into(),
    };
    let errs = match p[1] {
        Some(e) => ops::str_text(e)?,
        None => "strict".into(),
    };
    super::super::codecs::encode(o, &enc, &errs)
}

fn join(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let items = ops::iterate_to_list(a[0])?;
    let sep = code_points(o);
    let mut out = Vec::new();
    for (i, &it) in list::items(items).iter().enumerate() {
        if !is_unicode(it) && !pystr::is_str(it) {
            return Err(exc::type_error(&format!(
                "sequence item {i}: expected string or Unicode, {} found",
                ops::type_name_of(it)
            )));
        }
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(code_points(coerce_arg(it)?));
    }
    new(&out)
}

fn format_spec(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let spec = coerce_arg(a[0])?;
    let text = to_rust_lossy(o);
    let spec = to_rust_lossy(spec);
    match crate::pyfmt::format_str(&text, &spec, "unicode") {
        Ok(r) => from_str(&r),
        Err(e) => Err(super::super::printf::format_error(e)),
    }
}

fn format_m(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    super::super::strformat::format(s, a, k)
}

fn getnewargs(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let c = new(code_points(s))?;
    tuple::new(&[c])
}

pub static METHODS: &[MethodDef] = &[
    super::m("encode", encode, Arity::Any),
    super::m("join", join, Arity::One),
    super::m("format", format_m, Arity::Any),
    super::m("__format__", format_spec, Arity::One),
    super::m("__getnewargs__", getnewargs, Arity::None),
];
