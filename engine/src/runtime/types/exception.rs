//! `BaseException` and the builtin exception classes: instances carry `args`, `message` and a
//! `__dict__`; a few classes add their own attributes and text (SystemExit's `code`,
//! EnvironmentError's `errno`/`strerror`/`filename`, SyntaxError's position, the Unicode
//! errors' fields, KeyError's repr).

use super::super::exc;
use super::super::object::{alloc, mark_opt, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{is_subtype, Slots};
use super::{dict, int, str as pystr, tuple, unicode, Arity, GetSetDef, MethodDef};
use crate::gc;

#[repr(C)]
pub struct ExcObj {
    pub head: Header,
    pub dict: Option<Obj>,
    pub args: Option<Obj>,
    pub message: Option<Obj>,
    /// Raised by the runtime with a message string (CPython's unnormalised string value).
    pub native: bool,
    /// Raised by the runtime from its args tuple as one value (CPython's `set_key_error`,
    /// which raises `KeyError` with the tuple `(key,)`).
    pub native_tuple: bool,
}

unsafe fn trace_exc(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: an exception instance.
    unsafe {
        let e = &*(p as *const ExcObj);
        mark_opt(m, e.dict);
        mark_opt(m, e.args);
        mark_opt(m, e.message);
    }
}

pub static EXC_KIND: gc::Kind = gc::Kind {
    name: "exception",
    trace: Some(trace_exc),
    drop: None,
};

fn exc_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<ExcObj>()
}

crate::sub_kind!(
    EXC_SUB_KIND,
    "exception subclass instance",
    Some(trace_exc),
    None,
    exc_tail_offset
);

#[inline]
fn eobj(o: Obj) -> &'static mut ExcObj {
    // SAFETY: the caller knows `o` has the exception layout.
    unsafe { o.cast::<ExcObj>() }
}

pub fn dict_slot(o: Obj) -> &'static mut Option<Obj> {
    &mut eobj(o).dict
}

/// Allocates an instance of exception class `ty` with `args` (no `__init__`).
pub fn new_instance(ty: Obj, args: Obj) -> PyResult<Obj> {
    let to = super::super::typeobj::tobj(ty);
    let base = std::mem::size_of::<ExcObj>();
    let o = if to.flags & super::super::typeobj::TF_HEAPTYPE != 0 {
        let o = alloc(&EXC_SUB_KIND, base + super::super::class::tail_size(ty), ty)?;
        super::super::class::init_tail(o, ty, base);
        o
    } else {
        alloc(&EXC_KIND, base, ty)?
    };
    set_args(o, args)?;
    Ok(o)
}

fn set_args(o: Obj, args: Obj) -> PyResult<()> {
    let e = eobj(o);
    e.args = Some(args);
    let items = tuple::items(args);
    e.message = Some(if items.len() == 1 {
        items[0]
    } else {
        pystr::new(b"")?
    });
    Ok(())
}

/// Marks an exception as raised by the runtime from a message (see `ExcObj::native`).
pub fn mark_native(o: Obj) {
    if super::super::typeobj::tobj(o.class()).layout == super::super::typeobj::Layout::Exception {
        eobj(o).native = true;
    }
}

/// Marks an exception as raised by the runtime with its args tuple as the raw value.
pub fn mark_native_tuple(o: Obj) {
    if super::super::typeobj::tobj(o.class()).layout == super::super::typeobj::Layout::Exception {
        eobj(o).native_tuple = true;
    }
}

/// What CPython would still hold as the unnormalised value of an exception the runtime
/// raised (what "Exception ... ignored" lines show): None for one raised by Python code or
/// with no value.
pub fn native_raw_value(o: Obj) -> Option<Obj> {
    if !is_native_message(o) {
        return None;
    }
    let args = args_of(o);
    if eobj(o).native_tuple {
        return Some(args);
    }
    match tuple::items(args) {
        [] => None,
        [one] => Some(*one),
        _ => Some(args),
    }
}

pub fn is_native_message(o: Obj) -> bool {
    o.class() != rt().types.instance
        && super::super::typeobj::tobj(o.class()).layout == super::super::typeobj::Layout::Exception
        && eobj(o).native
}

pub fn args_of(o: Obj) -> Obj {
    eobj(o).args.unwrap_or(rt().empty_tuple)
}

fn exc_new(t: Obj, args: &[Obj], _kw: Option<Obj>) -> PyResult<Obj> {
    let a = tuple::new(args)?;
    new_instance(t, a)
}

fn is_a(o: Obj, t: Obj) -> bool {
    o.class() == t || is_subtype(o.class(), t)
}

fn set_attr(o: Obj, name: &str, v: Obj) -> PyResult<()> {
    let d = super::super::class::instance_dict(o)?.expect("exceptions have a dict");
    dict::set_str(d, name, v)
}

fn get_attr(o: Obj, name: &str) -> Option<Obj> {
    eobj(o).dict.and_then(|d| dict::get_str(d, name))
}

/// `BaseException.__init__` and the builtin subclasses' attribute setup.
pub fn exc_init(o: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<()> {
    let r = rt();
    if kw.is_some_and(|k| dict::len(k) > 0) {
        return Err(exc::type_error(&format!(
            "{} does not take keyword arguments",
            super::super::typeobj::type_name(o.class())
        )));
    }
    let a = tuple::new(args)?;
    set_args(o, a)?;
    let e = &r.exc;
    if is_a(o, e.SystemExit) {
        let code = match args.len() {
            0 => r.none,
            1 => args[0],
            _ => a,
        };
        set_attr(o, "code", code)?;
    } else if is_a(o, e.EnvironmentError) {
        let none = r.none;
        let (mut errno, mut strerror, mut filename) = (none, none, none);
        if (2..=3).contains(&args.len()) {
            errno = args[0];
            strerror = args[1];
            if args.len() == 3 {
                filename = args[2];
                eobj(o).args = Some(tuple::new(&args[..2])?);
            }
        }
        set_attr(o, "errno", errno)?;
        set_attr(o, "strerror", strerror)?;
        set_attr(o, "filename", filename)?;
    } else if is_a(o, e.SyntaxError) {
        let none = r.none;
        set_attr(o, "msg", args.first().copied().unwrap_or(none))?;
        let (mut f, mut l, mut off, mut t) = (none, none, none, none);
        if args.len() == 2 {
            // A list, not a Vec: the items may be fresh (an iterator's) (GC rule).
            let info_l = ops::iterate_to_list(args[1])?;
            let info = super::list::items(info_l);
            if info.len() != 4 {
                return Err(exc::index_error("tuple index out of range"));
            }
            f = info[0];
            l = info[1];
            off = info[2];
            t = info[3];
        }
        set_attr(o, "filename", f)?;
        set_attr(o, "lineno", l)?;
        set_attr(o, "offset", off)?;
        set_attr(o, "text", t)?;
        set_attr(o, "print_file_and_line", none)?;
    } else if is_a(o, e.UnicodeEncodeError) || is_a(o, e.UnicodeDecodeError) {
        if args.len() != 5 {
            return Err(exc::type_error(&format!(
                "function takes exactly 5 arguments ({} given)",
                args.len()
            )));
        }
        set_attr(o, "encoding", args[0])?;
        set_attr(o, "object", args[1])?;
        set_attr(o, "start", args[2])?;
        set_attr(o, "end", args[3])?;
        set_attr(o, "reason", args[4])?;
    }
    Ok(())
}

/// `str(e)`.
fn exc_str(o: Obj) -> PyResult<Obj> {
    let r = rt();
    let e = &r.exc;
    let args = args_of(o);
    let items = tuple::items(args);
    if is_a(o, e.KeyError) && items.len() == 1 {
        return ops::repr(items[0]);
    }
    if is_a(o, e.EnvironmentError) {
        let errno = get_attr(o, "errno").unwrap_or(r.none);
        let strerror = get_attr(o, "strerror").unwrap_or(r.none);
        let filename = get_attr(o, "filename").unwrap_or(r.none);
        if filename != r.none {
            return pystr::from_str(&format!(
                "[Errno {}] {}: {}",
                ops::str_text(errno)?,
                ops::str_text(strerror)?,
                ops::repr_text(filename)?
            ));
        }
        if errno != r.none && strerror != r.none {
            return pystr::from_str(&format!(
                "[Errno {}] {}",
                ops::str_text(errno)?,
                ops::str_text(strerror)?
            ));
        }
    }
    if is_a(o, e.SyntaxError) {
        let msg = get_attr(o, "msg").unwrap_or(r.none);
        let filename = get_attr(o, "filename").filter(|f| pystr::is_str(*f));
        let lineno = get_attr(o, "lineno").filter(|l| int::is_int(*l));
        let m = ops::str_text(if msg == r.none && !items.is_empty() {
            items[0]
        } else {
            msg
        })?;
        let base = |p: &str| -> String {
            match p.rsplit('/').next() {
                Some(b) => b.to_string(),
                None => p.to_string(),
            }
        };
        return pystr::from_str(&match (filename, lineno) {
            (Some(f), Some(l)) => format!(
                "{} ({}, line {})",
                m,
                base(&pystr::to_string_lossy(f)),
                int::value(l)
            ),
            (Some(f), None) => format!("{} ({})", m, base(&pystr::to_string_lossy(f))),
            (None, Some(l)) => format!("{} (line {})", m, int::value(l)),
            (None, None) => m,
        });
    }
    if is_a(o, e.UnicodeEncodeError) || is_a(o, e.UnicodeDecodeError) {
        return unicode_error_str(o);
    }
    match items.len() {
        0 => pystr::new(b""),
        1 => ops::str(items[0]),
        _ => ops::str(args),
    }
}

fn unicode_error_str(o: Obj) -> PyResult<Obj> {
    let r = rt();
    let enc = ops::str_text(get_attr(o, "encoding").unwrap_or(r.none))?;
    let obj = get_attr(o, "object").unwrap_or(r.none);
    let start = get_attr(o, "start").map(int::value).unwrap_or(0);
    let end = get_attr(o, "end").map(int::value).unwrap_or(0);
    let reason = ops::str_text(get_attr(o, "reason").unwrap_or(r.none))?;
    let decode = is_a(o, r.exc.UnicodeDecodeError);
    let text = if end == start + 1 {
        if decode {
            let b = pystr::bytes(obj).get(start as usize).copied().unwrap_or(0);
            format!("'{enc}' codec can't decode byte 0x{b:02x} in position {start}: {reason}")
        } else {
            let c = unicode::code_points(obj)
                .get(start as usize)
                .copied()
                .unwrap_or(0);
            let shown = if c < 0x100 {
                format!("u'\\x{c:02x}'")
            } else if c < 0x10000 {
                format!("u'\\u{c:04x}'")
            } else {
                format!("u'\\U{c:08x}'")
            };
            format!("'{enc}' codec can't encode character {shown} in position {start}: {reason}")
        }
    } else {
        format!(
            "'{}' codec can't {} {} in position {}-{}: {}",
            enc,
            if decode { "decode" } else { "encode" },
            if decode { "bytes" } else { "characters" },
            start,
            end - 1,
            reason
        )
    };
    pystr::from_str(&text)
}

fn exc_repr(o: Obj) -> PyResult<Obj> {
    let name = super::super::typeobj::type_name(o.class());
    let args = args_of(o);
    let a = ops::repr_text(args)?;
    pystr::from_str(&format!("{name}{a}"))
}

pub fn slots() -> Slots {
    Slots {
        new: Some(exc_new),
        init: Some(exc_init),
        str: Some(exc_str),
        repr: Some(exc_repr),
        ..super::object::slots()
    }
}

fn g_args(o: Obj) -> PyResult<Obj> {
    Ok(args_of(o))
}
fn s_args(o: Obj, v: Option<Obj>) -> PyResult<()> {
    let v = v.ok_or_else(|| exc::type_error("args may not be deleted"))?;
    let t = ops::iterate_to_tuple(v)?;
    eobj(o).args = Some(t);
    Ok(())
}
fn g_message(o: Obj) -> PyResult<Obj> {
    Ok(eobj(o).message.unwrap_or(rt().none))
}
fn s_message(o: Obj, v: Option<Obj>) -> PyResult<()> {
    eobj(o).message = v;
    Ok(())
}
fn g_dict(o: Obj) -> PyResult<Obj> {
    Ok(super::super::class::instance_dict(o)?.expect("exceptions have a dict"))
}

pub static GETSETS: &[GetSetDef] = &[
    super::gs("args", g_args, Some(s_args)),
    super::gs("message", g_message, Some(s_message)),
    super::gs("__dict__", g_dict, None),
];

/// `e.__reduce__()`: `(type, args)` plus the instance dict when it has entries. The attributes
/// CPython keeps in C members (EnvironmentError's errno/strerror/filename) are rebuilt from the
/// args instead; a filename joins the args, as CPython's EnvironmentError_reduce does.
fn reduce(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let mut args = args_of(o);
    let mut d = eobj(o).dict;
    if is_a(o, r.exc.EnvironmentError) {
        if let Some(src) = d {
            let copy = dict::new()?;
            for (k, v) in dict::items_vec(src) {
                let name = super::str::to_string_lossy(k);
                if !matches!(name.as_str(), "errno" | "strerror" | "filename") {
                    dict::set_item(copy, k, v)?;
                }
            }
            d = Some(copy);
        }
        let filename = get_attr(o, "filename").unwrap_or(r.none);
        if filename != r.none && tuple::len(args) == 2 {
            let items = tuple::items(args);
            args = tuple::new(&[items[0], items[1], filename])?;
        }
    }
    match d {
        Some(d) if dict::len(d) > 0 => tuple::new(&[o.class(), args, d]),
        _ => tuple::new(&[o.class(), args]),
    }
}

fn unicode_m(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let items = tuple::items(args_of(o));
    match items.len() {
        0 => unicode::new(&[]),
        1 => unicode::from_object(items[0]),
        _ => unicode::from_object(args_of(o)),
    }
}

pub static METHODS: &[MethodDef] = &[
    super::m("__reduce__", reduce, Arity::None),
    super::m("__unicode__", unicode_m, Arity::None),
];

/// For uncaught SyntaxErrors: the `File "...", line N` block with the source line and caret,
/// and the message to print after the class name.
pub fn syntax_error_block(v: Obj) -> PyResult<Option<(Vec<u8>, Obj)>> {
    let r = rt();
    if v.class() == r.types.instance || !is_a(v, r.exc.SyntaxError) {
        return Ok(None);
    }
    let (Some(f), Some(l)) = (get_attr(v, "filename"), get_attr(v, "lineno")) else {
        return Ok(None);
    };
    if !pystr::is_str(f) || !int::is_int(l) {
        return Ok(None);
    }
    let mut out = format!(
        "  File \"{}\", line {}\n",
        pystr::to_string_lossy(f),
        int::value(l)
    )
    .into_bytes();
    if let Some(t) = get_attr(v, "text").filter(|t| pystr::is_str(*t)) {
        let text = pystr::bytes(t);
        let mut start = 0;
        while start < text.len() && matches!(text[start], b' ' | b'\t' | b'\x0c') {
            start += 1;
        }
        let line = &text[start..];
        let line = line.strip_suffix(b"\n").unwrap_or(line);
        out.extend_from_slice(b"    ");
        out.extend_from_slice(line);
        out.push(b'\n');
        if let Some(off) = get_attr(v, "offset").filter(|o| int::is_int(*o)) {
            let off = int::value(off) - start as i64;
            if off >= 1 {
                out.extend_from_slice(b"    ");
                out.extend(std::iter::repeat_n(b' ', (off - 1) as usize));
                out.extend_from_slice(b"^\n");
            }
        }
    }
    let msg = get_attr(v, "msg").unwrap_or(r.none);
    Ok(Some((out, msg)))
}
