//! The slots and methods of `str`: the slots here, the methods shared with `unicode` in
//! `text_methods` (over `crate::strops`), instantiated for bytes.

use super::super::codecs::lift;
use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{NbOp, Slots};
use super::tuple_methods::seq_index;
use super::unicode::text_methods::{self as tm, S};
use super::{parse_args, slice, str as pystr, unicode, Arity, MethodDef};
use crate::compile::ir::CmpOp;
use crate::strops;

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
        let n = n.max(0) as usize;
        if step == 1 {
            if n == b.len() && s.class() == rt().types.str {
                return Ok(s);
            }
            let start = start as usize;
            return pystr::new(&b[start..start + n]);
        }
        // `s` (an argument, so on the caller's stack) keeps `b` alive across the allocation.
        return pystr::build(n, |out| {
            let mut i = start;
            for o in out.iter_mut() {
                *o = b[i as usize];
                i += step;
            }
        });
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
    tm::contains::<S>(s, k)
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
    pystr::concat(&[pystr::bytes(a), pystr::bytes(b)])
}

fn repeat(s: Obj, n: i64) -> PyResult<Obj> {
    if n == 1 && s.class() == rt().types.str {
        return Ok(s);
    }
    pystr::new(&lift(strops::repeat(pystr::bytes(s), n))?)
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

fn modulo(a: Obj, b: Obj) -> PyResult<Obj> {
    if !pystr::is_str(a) {
        return Ok(rt().not_implemented);
    }
    super::super::printf::percent(a, b)
}

fn str_new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    if let ([o], None) = (args, kw) {
        if t == rt().types.str {
            // `str(x)`: no keyword parsing needed; an int's digits go straight into the str.
            if o.class() == rt().types.int {
                return super::int::decimal_str(super::int::value(*o));
            }
            return ops::str(*o);
        }
    }
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
        nb,
        new: Some(str_new),
        ..Default::default()
    }
}

// --- methods ----------------------------------------------------------------------------------

pub static METHODS: &[MethodDef] = &[
    super::m("join", tm::join::<S>, Arity::One),
    super::m("split", tm::split::<S>, Arity::Range(0, 2)),
    super::m("rsplit", tm::rsplit::<S>, Arity::Range(0, 2)),
    super::m("splitlines", tm::splitlines::<S>, Arity::Range(0, 1)),
    super::m("partition", tm::partition::<S>, Arity::One),
    super::m("rpartition", tm::rpartition::<S>, Arity::One),
    super::m("strip", tm::strip::<S>, Arity::Range(0, 1)),
    super::m("lstrip", tm::lstrip::<S>, Arity::Range(0, 1)),
    super::m("rstrip", tm::rstrip::<S>, Arity::Range(0, 1)),
    super::m("replace", tm::replace::<S>, Arity::Range(2, 3)),
    super::m("find", tm::find::<S>, Arity::Any),
    super::m("rfind", tm::rfind::<S>, Arity::Any),
    super::m("index", tm::index::<S>, Arity::Any),
    super::m("rindex", tm::rindex::<S>, Arity::Any),
    super::m("count", tm::count::<S>, Arity::Range(1, 3)),
    super::m("startswith", tm::startswith::<S>, Arity::Range(1, 3)),
    super::m("endswith", tm::endswith::<S>, Arity::Range(1, 3)),
    super::m("upper", tm::upper::<S>, Arity::None),
    super::m("lower", tm::lower::<S>, Arity::None),
    super::m("swapcase", tm::swapcase::<S>, Arity::None),
    super::m("title", tm::title::<S>, Arity::None),
    super::m("capitalize", tm::capitalize::<S>, Arity::None),
    super::m("isalnum", tm::isalnum::<S>, Arity::None),
    super::m("isalpha", tm::isalpha::<S>, Arity::None),
    super::m("isdigit", tm::isdigit::<S>, Arity::None),
    super::m("islower", tm::islower::<S>, Arity::None),
    super::m("isupper", tm::isupper::<S>, Arity::None),
    super::m("isspace", tm::isspace::<S>, Arity::None),
    super::m("istitle", tm::istitle::<S>, Arity::None),
    super::m("center", tm::center::<S>, Arity::Range(1, 2)),
    super::m("ljust", tm::ljust::<S>, Arity::Range(1, 2)),
    super::m("rjust", tm::rjust::<S>, Arity::Range(1, 2)),
    super::m("zfill", tm::zfill::<S>, Arity::Range(1, 1)),
    super::m("expandtabs", tm::expandtabs::<S>, Arity::Range(0, 1)),
    super::m("translate", tm::translate_str, Arity::Any),
    super::m("format", tm::format::<S>, Arity::Any),
    super::m("encode", tm::encode::<S>, Arity::Any),
    super::m("decode", tm::decode::<S>, Arity::Any),
    super::m("__format__", tm::format_spec::<S>, Arity::Range(1, 1)),
    super::m("__getnewargs__", tm::getnewargs::<S>, Arity::None),
    super::m("__sizeof__", tm::sizeof::<S>, Arity::None),
    super::m("_formatter_parser", tm::formatter_parser::<S>, Arity::None),
    super::m(
        "_formatter_field_name_split",
        tm::formatter_field_name_split::<S>,
        Arity::None,
    ),
];
