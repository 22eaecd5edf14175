//! The slots and methods of `str`.

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{NbOp, Slots};
use super::tuple_methods::seq_index;
use super::{int, iter, list, parse_args, slice, str as pystr, tuple, unicode, Arity, MethodDef};
use crate::compile::ir::CmpOp;

fn repr(s: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::bytes_repr(pystr::bytes(s)))
}

fn str_(s: Obj) -> PyResult<Obj> {
    if s.class() == rt().types.str {
        return Ok(s);
    }
    pystr::new(pystr::bytes(s))
}

fn hash(s: Obj) -> PyResult<i64> {
    Ok(pystr::hash(s))
}

fn len(s: Obj) -> PyResult<i64> {
    Ok(pystr::len(s) as i64)
}

fn getitem(s: Obj, k: Obj) -> PyResult<Obj> {
    let b = pystr::bytes(s);
    if slice::is_slice(k) {
        let (start, _stop, step, n) = slice::indices(k, b.len() as i64)?;
        let mut out = Vec::with_capacity(n as usize);
        let mut i = start;
        for _ in 0..n {
            out.push(b[i as usize]);
            i += step;
        }
        return pystr::new(&out);
    }
    if !ops::is_index(k) {
        return Err(exc::type_error(&format!(
            "string indices must be integers, not {}",
            ops::type_name_of(k)
        )));
    }
    let i = seq_index(k, b.len(), "string index out of range")?;
    Ok(rt().chars[b[i] as usize])
}

fn getslice(s: Obj, lo: i64, hi: i64) -> PyResult<Obj> {
    let b = pystr::bytes(s);
    let n = b.len() as i64;
    let lo = lo.clamp(0, n) as usize;
    let hi = (hi.clamp(0, n) as usize).max(lo);
    if lo == 0 && hi == b.len() && s.class() == rt().types.str {
        return Ok(s);
    }
    pystr::new(&b[lo..hi])
}

fn contains(s: Obj, k: Obj) -> PyResult<bool> {
    if unicode::is_unicode(k) {
        let u = unicode::decode_default(s)?;
        return ops::contains(u, k);
    }
    if !pystr::is_str(k) {
        return Err(exc::type_error(&format!(
            "'in <string>' requires string as left operand, not {}",
            ops::type_name_of(k)
        )));
    }
    Ok(find_sub(pystr::bytes(s), pystr::bytes(k)).is_some())
}

pub fn find_sub(h: &[u8], n: &[u8]) -> Option<usize> {
    if n.is_empty() {
        return Some(0);
    }
    h.windows(n.len()).position(|w| w == n)
}

fn concat(a: Obj, b: Obj) -> PyResult<Obj> {
    if unicode::is_unicode(b) {
        let u = unicode::decode_default(a)?;
        return ops::binary_op(u, b, NbOp::Add);
    }
    if !pystr::is_str(b) {
        return Err(exc::type_error(&format!(
            "cannot concatenate 'str' and '{}' objects",
            ops::type_name_of(b)
        )));
    }
    let (x, y) = (pystr::bytes(a), pystr::bytes(b));
    let mut v = Vec::new();
    v.try_reserve(x.len() + y.len())
        .map_err(|_| exc::memory_error())?;
    v.extend_from_slice(x);
    v.extend_from_slice(y);
    pystr::new(&v)
}

fn repeat(s: Obj, n: i64) -> PyResult<Obj> {
    let b = pystr::bytes(s);
    if n <= 0 || b.is_empty() {
        return pystr::new(b"");
    }
    let total = b
        .len()
        .checked_mul(n as usize)
        .filter(|t| *t < (1usize << 40));
    let Some(total) = total else {
        return Err(exc::overflow_error("repeated string is too long"));
    };
    let mut v = Vec::new();
    v.try_reserve(total).map_err(|_| exc::memory_error())?;
    for _ in 0..n {
        v.extend_from_slice(b);
    }
    pystr::new(&v)
}

fn richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    if !pystr::is_str(b) {
        return Ok(rt().not_implemented);
    }
    let o = pystr::bytes(a).cmp(pystr::bytes(b));
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

fn iter_(s: Obj) -> PyResult<Obj> {
    iter::new_iter(rt().types.str_iter, s, 0, None)
}

fn modulo(a: Obj, b: Obj) -> PyResult<Obj> {
    if !pystr::is_str(a) {
        return Ok(rt().not_implemented);
    }
    super::super::printf::percent(a, b)
}

fn str_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("str", args, kw, &["object"], 0)?;
    let s = match a[0] {
        None => pystr::new(b"")?,
        Some(o) => ops::str(o)?,
    };
    if t == rt().types.str {
        return Ok(s);
    }
    pystr::new_of(t, pystr::bytes(s))
}

pub fn slots() -> Slots {
    let mut nb = [None; super::super::typeobj::NB_COUNT];
    nb[NbOp::Mod as usize] = Some(modulo as super::super::typeobj::BinaryFn);
    Slots {
        repr: Some(repr),
        str: Some(str_),
        hash: Some(hash),
        len: Some(len),
        getitem: Some(getitem),
        getslice: Some(getslice),
        contains: Some(contains),
        concat: Some(concat),
        repeat: Some(repeat),
        richcmp: Some(richcmp),
        iter: Some(iter_),
        nb,
        new: Some(str_new),
        ..Default::default()
    }
}

// --- methods ----------------------------------------------------------------------------------

fn arg_bytes(o: Obj, what: &str) -> PyResult<&'static [u8]> {
    if pystr::is_str(o) {
        return Ok(pystr::bytes(o));
    }
    Err(exc::type_error(&format!(
        "{what} arg must be None, str or unicode"
    )))
}

/// Methods given a unicode argument are delegated to unicode (Python 2 coercion).
fn has_unicode_arg(a: &[Obj]) -> bool {
    a.iter().any(|&x| unicode::is_unicode(x))
}

fn delegate(s: Obj, name: &str, a: &[Obj]) -> PyResult<Obj> {
    let u = unicode::decode_default(s)?;
    ops::call_method(u, name, a)
}

fn join(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let items = ops::iterate_to_list(a[0])?;
    let its = list::items(items);
    if its.iter().any(|&x| unicode::is_unicode(x)) {
        return delegate(s, "join", &[items]);
    }
    let sep = pystr::bytes(s);
    let mut out = Vec::new();
    for (i, &it) in its.iter().enumerate() {
        if !pystr::is_str(it) {
            return Err(exc::type_error(&format!(
                "sequence item {i}: expected string, {} found",
                ops::type_name_of(it)
            )));
        }
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(pystr::bytes(it));
    }
    pystr::new(&out)
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn split(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if has_unicode_arg(a) {
        return delegate(s, "split", a);
    }
    let b = pystr::bytes(s);
    let none = rt().none;
    let sep = a.first().copied().filter(|x| *x != none);
    let maxsplit = match a.get(1) {
        Some(&m) => ops::index_value(m)?,
        None => -1,
    };
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        None => {
            let mut i = 0;
            let mut splits = 0;
            while i < b.len() {
                while i < b.len() && is_space(b[i]) {
                    i += 1;
                }
                if i >= b.len() {
                    break;
                }
                if maxsplit >= 0 && splits >= maxsplit {
                    let mut end = b.len();
                    while end > i && is_space(b[end - 1]) {
                        end -= 1;
                    }
                    parts.push(&b[i..end]);
                    break;
                }
                let start = i;
                while i < b.len() && !is_space(b[i]) {
                    i += 1;
                }
                parts.push(&b[start..i]);
                splits += 1;
            }
        }
        Some(sep) => {
            let sb = arg_bytes(sep, "split")?;
            if sb.is_empty() {
                return Err(exc::value_error("empty separator"));
            }
            let mut rest = b;
            let mut splits = 0;
            loop {
                if maxsplit >= 0 && splits >= maxsplit {
                    parts.push(rest);
                    break;
                }
                match find_sub(rest, sb) {
                    Some(p) => {
                        parts.push(&rest[..p]);
                        rest = &rest[p + sb.len()..];
                        splits += 1;
                    }
                    None => {
                        parts.push(rest);
                        break;
                    }
                }
            }
        }
    }
    let l = list::new(&[])?;
    for p in parts {
        list::append(l, pystr::new(p)?)?;
    }
    Ok(l)
}

fn strip_impl(s: Obj, a: &[Obj], left: bool, right: bool, name: &str) -> PyResult<Obj> {
    if has_unicode_arg(a) {
        return delegate(s, name, a);
    }
    let b = pystr::bytes(s);
    let none = rt().none;
    let chars: Option<&[u8]> = match a.first().copied().filter(|x| *x != none) {
        Some(c) => Some(arg_bytes(c, name)?),
        None => None,
    };
    let strip_it = |c: u8| match chars {
        Some(cs) => cs.contains(&c),
        None => is_space(c),
    };
    let mut lo = 0;
    let mut hi = b.len();
    if left {
        while lo < hi && strip_it(b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && strip_it(b[hi - 1]) {
            hi -= 1;
        }
    }
    pystr::new(&b[lo..hi])
}

fn strip(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    strip_impl(s, a, true, true, "strip")
}
fn lstrip(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    strip_impl(s, a, true, false, "lstrip")
}
fn rstrip(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    strip_impl(s, a, false, true, "rstrip")
}

fn replace(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if has_unicode_arg(a) {
        return delegate(s, "replace", a);
    }
    let b = pystr::bytes(s);
    let old = arg_bytes(a[0], "replace")?;
    let new = arg_bytes(a[1], "replace")?;
    let mut count = match a.get(2) {
        Some(&c) => ops::index_value(c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    if old.is_empty() {
        for (i, &c) in b.iter().enumerate() {
            if count != 0 {
                out.extend_from_slice(new);
                count -= 1;
            }
            out.push(c);
            let _ = i;
        }
        if count != 0 {
            out.extend_from_slice(new);
        }
        return pystr::new(&out);
    }
    let mut i = 0;
    while i < b.len() {
        if count != 0 && b[i..].starts_with(old) {
            out.extend_from_slice(new);
            i += old.len();
            count -= 1;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    pystr::new(&out)
}

/// Start/end arguments of find-like methods, clipped as slices are.
fn bounds(a: &[Obj], from: usize, n: usize) -> PyResult<(usize, usize)> {
    let none = rt().none;
    let norm = |o: Option<&Obj>, def: i64| -> PyResult<i64> {
        match o.copied().filter(|x| *x != none) {
            None => Ok(def),
            Some(x) => {
                let mut v = ops::index_value_clamped(x)?;
                if v < 0 {
                    v = (v + n as i64).max(0);
                }
                Ok(v)
            }
        }
    };
    let start = norm(a.get(from), 0)?;
    let end = norm(a.get(from + 1), n as i64)?.min(n as i64);
    Ok((start as usize, end.max(0) as usize))
}

fn find_impl(s: Obj, a: &[Obj], rev: bool) -> PyResult<i64> {
    let b = pystr::bytes(s);
    let sub = arg_bytes(a[0], "find")?;
    let (start, end) = bounds(a, 1, b.len())?;
    if start > end || start > b.len() {
        return Ok(-1);
    }
    let hay = &b[start..end];
    if sub.len() > hay.len() {
        return Ok(-1);
    }
    let pos = if rev {
        (0..=hay.len() - sub.len())
            .rev()
            .find(|&i| &hay[i..i + sub.len()] == sub)
    } else {
        find_sub(hay, sub)
    };
    Ok(pos.map(|p| (p + start) as i64).unwrap_or(-1))
}

fn find(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if has_unicode_arg(&a[..1]) {
        return delegate(s, "find", a);
    }
    int::new(find_impl(s, a, false)?)
}
fn rfind(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if has_unicode_arg(&a[..1]) {
        return delegate(s, "rfind", a);
    }
    int::new(find_impl(s, a, true)?)
}
fn index(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if has_unicode_arg(&a[..1]) {
        return delegate(s, "index", a);
    }
    match find_impl(s, a, false)? {
        -1 => Err(exc::value_error("substring not found")),
        i => int::new(i),
    }
}
fn rindex(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if has_unicode_arg(&a[..1]) {
        return delegate(s, "rindex", a);
    }
    match find_impl(s, a, true)? {
        -1 => Err(exc::value_error("substring not found")),
        i => int::new(i),
    }
}

fn count(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if has_unicode_arg(&a[..1]) {
        return delegate(s, "count", a);
    }
    let b = pystr::bytes(s);
    let sub = arg_bytes(a[0], "count")?;
    let (start, end) = bounds(a, 1, b.len())?;
    if start > end || start > b.len() {
        return int::new(0);
    }
    let hay = &b[start..end];
    if sub.is_empty() {
        return int::new(hay.len() as i64 + 1);
    }
    let mut n = 0;
    let mut i = 0;
    while i + sub.len() <= hay.len() {
        if &hay[i..i + sub.len()] == sub {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    int::new(n)
}

fn starts_ends(s: Obj, a: &[Obj], ends: bool) -> PyResult<Obj> {
    let b = pystr::bytes(s);
    let (start, end) = bounds(a, 1, b.len())?;
    let candidates: Vec<Obj> = if tuple::is_tuple(a[0]) {
        tuple::items(a[0]).to_vec()
    } else {
        vec![a[0]]
    };
    for c in candidates {
        if unicode::is_unicode(c) {
            let name = if ends { "endswith" } else { "startswith" };
            let mut args = a.to_vec();
            args[0] = c;
            if ops::truthy(delegate(s, name, &args)?)? {
                return Ok(rt().true_);
            }
            continue;
        }
        if !pystr::is_str(c) {
            return Err(exc::type_error(&format!(
                "{} first arg must be str, unicode, or tuple, not {}",
                if ends { "endswith" } else { "startswith" },
                ops::type_name_of(c)
            )));
        }
        let p = pystr::bytes(c);
        if start > b.len() || start > end {
            continue;
        }
        let hay = &b[start..end];
        let ok = if ends {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        };
        if ok {
            return Ok(rt().true_);
        }
    }
    Ok(rt().false_)
}

fn startswith(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    starts_ends(s, a, false)
}
fn endswith(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    starts_ends(s, a, true)
}

fn map_bytes(s: Obj, f: impl Fn(u8) -> u8) -> PyResult<Obj> {
    let v: Vec<u8> = pystr::bytes(s).iter().map(|&c| f(c)).collect();
    pystr::new(&v)
}

fn upper(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    map_bytes(s, |c| c.to_ascii_uppercase())
}
fn lower(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    map_bytes(s, |c| c.to_ascii_lowercase())
}

fn format_m(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    super::super::strformat::format(s, a, k)
}

fn encode(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let u = unicode::decode_default(s)?;
    ops::call_method(u, "encode", a).and_then(|v| {
        let _ = k;
        Ok(v)
    })
}

fn decode(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let p = parse_args("decode", a, k, &["encoding", "errors"], 0)?;
    unicode::decode_bytes_obj(s, p[0], p[1])
}

fn format_spec(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let spec = if unicode::is_unicode(a[0]) {
        unicode::encode_default(a[0])?
    } else {
        a[0]
    };
    let text = String::from_utf8_lossy(pystr::bytes(s)).into_owned();
    let spec = String::from_utf8_lossy(pystr::bytes(spec)).into_owned();
    match crate::pyfmt::format_str(&text, &spec, "str") {
        Ok(r) => pystr::from_str(&r),
        Err(e) => Err(super::super::printf::format_error(e)),
    }
}

fn getnewargs(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let c = pystr::new(pystr::bytes(s))?;
    tuple::new(&[c])
}

pub static METHODS: &[MethodDef] = &[
    super::m("join", join, Arity::One),
    super::m("split", split, Arity::Range(0, 2)),
    super::m("strip", strip, Arity::Range(0, 1)),
    super::m("lstrip", lstrip, Arity::Range(0, 1)),
    super::m("rstrip", rstrip, Arity::Range(0, 1)),
    super::m("replace", replace, Arity::Range(2, 3)),
    super::m("find", find, Arity::Range(1, 3)),
    super::m("rfind", rfind, Arity::Range(1, 3)),
    super::m("index", index, Arity::Range(1, 3)),
    super::m("rindex", rindex, Arity::Range(1, 3)),
    super::m("count", count, Arity::Range(1, 3)),
    super::m("startswith", startswith, Arity::Range(1, 3)),
    super::m("endswith", endswith, Arity::Range(1, 3)),
    super::m("upper", upper, Arity::None),
    super::m("lower", lower, Arity::None),
    super::m("format", format_m, Arity::Any),
    super::m("encode", encode, Arity::Any),
    super::m("decode", decode, Arity::Any),
    super::m("__format__", format_spec, Arity::One),
    super::m("__getnewargs__", getnewargs, Arity::None),
];
