//! The methods `str` and `unicode` share, written once over [`Kind`] (`S`: bytes, `U`: code
//! points) on top of `crate::strops`. In: `self` and the Python arguments; out: the result object
//! or CPython's exception (strops errors go through `codecs::raise`).
//!
//! Coercion (Python 2): a `str` method given a `unicode` string argument decodes `self` with the
//! default encoding (ASCII) and runs the `unicode` method instead (`promote!`), so
//! `'a'.split(u',')` is a list of unicode. A `unicode` method accepts `str` arguments, decoded as
//! ASCII. Argument conversions follow CPython's `PyArg_ParseTuple` formats (`i`, `n`, slice
//! indices), with its messages, which differ between the two types where CPython's do.

use std::borrow::Cow;

use crate::runtime::codecs::{self, lift};
use crate::runtime::exc;
use crate::runtime::object::{Obj, PyResult};
use crate::runtime::ops;
use crate::runtime::rt::rt;
use crate::runtime::types::{float, int, list, long, parse_args, str as pystr, tuple, unicode};
use crate::strops::{self, Elem, StripSide, Translation};

/// One of the two string types.
pub trait Kind: 'static {
    type E: Elem;
    const UNICODE: bool;
    const NAME: &'static str;
    fn elems(o: Obj) -> &'static [Self::E];
    fn make(v: &[Self::E]) -> PyResult<Obj>;
    /// A string argument (`sub`, `sep`, ...). For `S` a unicode argument was promoted before.
    fn arg(o: Obj) -> PyResult<Cow<'static, [Self::E]>>;
    fn from_code(c: u32) -> Option<Self::E>;
    /// `s` (of this kind, or the other) as an object of this kind.
    fn coerce(o: Obj) -> PyResult<Obj>;
}

/// `str`.
pub struct S;
/// `unicode`.
pub struct U;

fn buffer_error() -> crate::runtime::object::Raised {
    exc::type_error("expected a string or other character buffer object")
}

impl Kind for S {
    type E = u8;
    const UNICODE: bool = false;
    const NAME: &'static str = "str";
    fn elems(o: Obj) -> &'static [u8] {
        pystr::bytes(o)
    }
    fn make(v: &[u8]) -> PyResult<Obj> {
        pystr::new(v)
    }
    fn arg(o: Obj) -> PyResult<Cow<'static, [u8]>> {
        if pystr::is_str(o) {
            Ok(Cow::Borrowed(pystr::bytes(o)))
        } else {
            Err(buffer_error())
        }
    }
    fn from_code(c: u32) -> Option<u8> {
        u8::try_from(c).ok()
    }
    fn coerce(o: Obj) -> PyResult<Obj> {
        if pystr::is_str(o) {
            Ok(o)
        } else {
            unicode::encode_default(o)
        }
    }
}

impl Kind for U {
    type E = u32;
    const UNICODE: bool = true;
    const NAME: &'static str = "unicode";
    fn elems(o: Obj) -> &'static [u32] {
        unicode::code_points(o)
    }
    fn make(v: &[u32]) -> PyResult<Obj> {
        unicode::new(v)
    }
    fn arg(o: Obj) -> PyResult<Cow<'static, [u32]>> {
        if unicode::is_unicode(o) {
            Ok(Cow::Borrowed(unicode::code_points(o)))
        } else if pystr::is_str(o) {
            Ok(Cow::Owned(codecs::ascii_decode(pystr::bytes(o))?))
        } else {
            Err(exc::type_error(&format!(
                "coercing to Unicode: need string or buffer, {} found",
                ops::type_name_of(o)
            )))
        }
    }
    fn from_code(c: u32) -> Option<u32> {
        Some(c)
    }
    fn coerce(o: Obj) -> PyResult<Obj> {
        if unicode::is_unicode(o) {
            Ok(o)
        } else {
            unicode::decode_default(o)
        }
    }
}

/// Runs the unicode flavour of a `str` method when one of `$args` is unicode.
macro_rules! promote {
    ($K:ty, $s:expr, $args:expr, $f:ident, $a:expr, $k:expr) => {
        if !<$K>::UNICODE && first_string_is_unicode(&$args) {
            // The decoded text is fresh and the unicode method may keep only borrowed
            // slices of it (in Rust heap memory, e.g. `split`'s parts) while it allocates:
            // hold it on our stack until the method returns (GC rule).
            let u = unicode::decode_default($s)?;
            let r = $f::<U>(u, $a, $k);
            std::hint::black_box(u);
            return r;
        }
    };
}

/// Whether, scanning string arguments in order (None skipped), a unicode one comes before any
/// argument that is not a string (which makes the str method fail first, as CPython's does).
fn first_string_is_unicode(args: &[Obj]) -> bool {
    for &x in args {
        if unicode::is_unicode(x) {
            return true;
        }
        if !pystr::is_str(x) && x != rt().none {
            return false;
        }
    }
    false
}

fn opt(a: &[Obj], i: usize) -> Option<Obj> {
    a.get(i).copied()
}

fn opt_not_none(a: &[Obj], i: usize) -> Option<Obj> {
    a.get(i).copied().filter(|&x| x != rt().none)
}

/// A slice index argument (`_PyEval_SliceIndex`): None, or an index clipped to i64.
fn slice_index(o: Option<Obj>) -> PyResult<Option<i64>> {
    match o {
        None => Ok(None),
        Some(x) if x == rt().none => Ok(None),
        Some(x) if ops::is_index(x) => Ok(Some(ops::index_value_clamped(x)?)),
        Some(_) => Err(exc::type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// A `PyArg_ParseTuple` `i` argument (C int).
pub fn int_arg(o: Obj) -> PyResult<i64> {
    if float::is_float(o) {
        return Err(exc::type_error("integer argument expected, got float"));
    }
    let v = if int::is_int(o) {
        int::value(o)
    } else if long::is_long(o) {
        use num_traits::ToPrimitive;
        long::value(o)
            .to_i64()
            .ok_or_else(|| exc::overflow_error("Python int too large to convert to C long"))?
    } else if ops::is_index(o) {
        ops::index_value(o)?
    } else {
        return Err(exc::type_error("an integer is required"));
    };
    if v > i32::MAX as i64 {
        return Err(exc::overflow_error(
            "signed integer is greater than maximum",
        ));
    }
    if v < i32::MIN as i64 {
        return Err(exc::overflow_error("signed integer is less than minimum"));
    }
    Ok(v)
}

/// A `PyArg_ParseTuple` `n` argument (Py_ssize_t).
pub fn ssize_arg(o: Obj) -> PyResult<i64> {
    if float::is_float(o) {
        return Err(exc::type_error("integer argument expected, got float"));
    }
    if !ops::is_index(o) {
        return Err(exc::type_error("an integer is required"));
    }
    match ops::index_value(o) {
        Err(_) if exc::pending_is(rt().exc.IndexError) => {
            exc::clear_pending();
            Err(exc::overflow_error(
                "Python int too large to convert to C long",
            ))
        }
        r => r,
    }
}

fn list_of<K: Kind>(parts: &[&[K::E]]) -> PyResult<Obj> {
    let l = list::new(&[])?;
    // One storage block of the final size instead of a chain of grown ones.
    list::vec(l).reserve(parts.len())?;
    for p in parts {
        list::append(l, K::make(p)?)?;
    }
    Ok(l)
}

fn bool_obj(b: bool) -> PyResult<Obj> {
    Ok(ops::bool_obj(b))
}

// --- searching ---------------------------------------------------------------------------------

#[derive(Clone, Copy)]
enum Find {
    Find,
    RFind,
    Index,
    RIndex,
    Count,
}

fn search<K: Kind>(s: Obj, a: &[Obj], how: Find) -> PyResult<Obj> {
    // PyArg_ParseTuple converts the indices before the method looks at `sub`.
    let (start, end) = (slice_index(opt(a, 1))?, slice_index(opt(a, 2))?);
    let sub = K::arg(a[0])?;
    let h = K::elems(s);
    let v = match how {
        Find::Find => strops::find(h, &sub, start, end),
        Find::RFind => strops::rfind(h, &sub, start, end),
        Find::Index => lift(strops::index(h, &sub, start, end))? as i64,
        Find::RIndex => lift(strops::rindex(h, &sub, start, end))? as i64,
        Find::Count => strops::count(h, &sub, start, end) as i64,
    };
    int::new(v)
}

pub fn find<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    find_arity::<K>("find", a, k)?;
    promote!(K, s, a[..1], find, a, k);
    search::<K>(s, a, Find::Find)
}
pub fn rfind<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    find_arity::<K>("rfind", a, k)?;
    promote!(K, s, a[..1], rfind, a, k);
    search::<K>(s, a, Find::RFind)
}
pub fn index<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    find_arity::<K>("index", a, k)?;
    promote!(K, s, a[..1], index, a, k);
    search::<K>(s, a, Find::Index)
}
pub fn rindex<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    find_arity::<K>("rindex", a, k)?;
    promote!(K, s, a[..1], rindex, a, k);
    search::<K>(s, a, Find::RIndex)
}
/// str's find family shares one argument format, whose name CPython's messages show.
fn find_arity<K: Kind>(name: &str, a: &[Obj], k: Option<Obj>) -> PyResult<()> {
    let name = if K::UNICODE {
        name
    } else {
        "find/rfind/index/rindex"
    };
    crate::runtime::types::check_arity(name, crate::runtime::types::Arity::Range(1, 3), a.len(), k)
}

pub fn count<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    promote!(K, s, a[..1], count, a, k);
    search::<K>(s, a, Find::Count)
}

fn tailmatch<K: Kind>(s: Obj, a: &[Obj], ends: bool) -> PyResult<Obj> {
    let (start, end) = (slice_index(opt(a, 1))?, slice_index(opt(a, 2))?);
    let one = |c: Obj| -> PyResult<bool> {
        if !K::UNICODE && unicode::is_unicode(c) {
            let u = unicode::decode_default(s)?;
            let h = U::elems(u);
            let p = U::elems(c);
            return Ok(if ends {
                strops::endswith(h, p, start, end)
            } else {
                strops::startswith(h, p, start, end)
            });
        }
        let p = K::arg(c)?;
        let h = K::elems(s);
        Ok(if ends {
            strops::endswith(h, &p, start, end)
        } else {
            strops::startswith(h, &p, start, end)
        })
    };
    if tuple::is_tuple(a[0]) {
        for &c in tuple::items(a[0]) {
            if one(c)? {
                return bool_obj(true);
            }
        }
        return bool_obj(false);
    }
    if !pystr::is_str(a[0]) && !unicode::is_unicode(a[0]) {
        return Err(exc::type_error(&format!(
            "{} first arg must be str, unicode, or tuple, not {}",
            if ends { "endswith" } else { "startswith" },
            ops::type_name_of(a[0])
        )));
    }
    bool_obj(one(a[0])?)
}

pub fn startswith<K: Kind>(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    tailmatch::<K>(s, a, false)
}
pub fn endswith<K: Kind>(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    tailmatch::<K>(s, a, true)
}

pub fn contains<K: Kind>(s: Obj, k: Obj) -> PyResult<bool> {
    if !K::UNICODE && !pystr::is_str(k) && !unicode::is_unicode(k) {
        return Err(exc::type_error(&format!(
            "'in <string>' requires string as left operand, not {}",
            ops::type_name_of(k)
        )));
    }
    if !K::UNICODE && unicode::is_unicode(k) {
        let u = unicode::decode_default(s)?;
        let r = contains::<U>(u, k);
        std::hint::black_box(u);
        return r;
    }
    let sub = K::arg(k)?;
    Ok(strops::contains(K::elems(s), &sub))
}

// --- splitting ---------------------------------------------------------------------------------

fn split_impl<K: Kind>(s: Obj, a: &[Obj], right: bool) -> PyResult<Obj> {
    let maxsplit = match opt(a, 1) {
        Some(m) => ssize_arg(m)?,
        None => -1,
    };
    let sep = match opt_not_none(a, 0) {
        Some(x) => Some(K::arg(x)?),
        None => None,
    };
    let h = K::elems(s);
    let parts = if right {
        lift(strops::rsplit(h, sep.as_deref(), maxsplit))?
    } else {
        lift(strops::split(h, sep.as_deref(), maxsplit))?
    };
    list_of::<K>(&parts)
}

pub fn split<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    promote!(K, s, a[..a.len().min(1)], split, a, k);
    split_impl::<K>(s, a, false)
}
pub fn rsplit<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    promote!(K, s, a[..a.len().min(1)], rsplit, a, k);
    split_impl::<K>(s, a, true)
}

pub fn splitlines<K: Kind>(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let keep = match opt(a, 0) {
        Some(x) => int_arg(x)? != 0,
        None => false,
    };
    list_of::<K>(&strops::splitlines(K::elems(s), keep))
}

fn partition_impl<K: Kind>(s: Obj, a: &[Obj], right: bool) -> PyResult<Obj> {
    let sep = K::arg(a[0])?;
    let h = K::elems(s);
    let (x, y, z) = if right {
        lift(strops::rpartition(h, &sep))?
    } else {
        lift(strops::partition(h, &sep))?
    };
    let found = !y.is_empty();
    let (x, y, z) = (K::make(x)?, K::make(y)?, K::make(z)?);
    if K::UNICODE {
        return tuple::new(&[x, y, z]);
    }
    // str's partition hands back the separator object, or `self` when it is not found.
    match (found, right) {
        (true, _) => tuple::new(&[x, a[0], z]),
        (false, false) => tuple::new(&[s, y, z]),
        (false, true) => tuple::new(&[x, y, s]),
    }
}

pub fn partition<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    promote!(K, s, a, partition, a, k);
    partition_impl::<K>(s, a, false)
}
pub fn rpartition<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    promote!(K, s, a, rpartition, a, k);
    partition_impl::<K>(s, a, true)
}

pub fn replace<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    promote!(K, s, a[..2], replace, a, k);
    let old = K::arg(a[0])?;
    let new = K::arg(a[1])?;
    let count = match opt(a, 2) {
        Some(c) => ssize_arg(c)?,
        None => -1,
    };
    let r = lift(strops::replace(K::elems(s), &old, &new, count))?;
    if matches!(r, Cow::Borrowed(_)) && is_exact::<K>(s) {
        // Nothing replaced: CPython hands back an exact string itself.
        return Ok(s);
    }
    K::make(&r)
}

pub fn join<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let items = if list::is_list(a[0]) {
        a[0]
    } else {
        match ops::iter(a[0]) {
            Ok(_) => ops::iterate_to_list(a[0])?,
            Err(e) => {
                if !exc::pending_is(rt().exc.TypeError) {
                    return Err(e);
                }
                exc::clear_pending();
                return Err(exc::type_error("can only join an iterable"));
            }
        }
    };
    let its = list::items(items);
    if its.len() == 1 {
        // CPython returns a lone exact string item itself, before any coercion.
        let c = its[0].class();
        if c == rt().types.unicode || (!K::UNICODE && c == rt().types.str) {
            return Ok(its[0]);
        }
    }
    if !K::UNICODE && its.iter().all(|&it| pystr::is_str(it)) {
        return join_bytes(s, items);
    }
    let mut pieces: Vec<Cow<'static, [K::E]>> = Vec::with_capacity(its.len());
    for (i, &it) in its.iter().enumerate() {
        if !K::UNICODE && unicode::is_unicode(it) {
            if its.len() == 1 {
                // unicode.join converts its separator only for two items or more.
                return unicode::new(unicode::code_points(it));
            }
            let u = unicode::decode_default(s)?;
            let r = join::<U>(u, &[items], k);
            std::hint::black_box(u);
            return r;
        }
        if !pystr::is_str(it) && !unicode::is_unicode(it) {
            return Err(exc::type_error(&format!(
                "sequence item {i}: expected string{}, {} found",
                if K::UNICODE { " or Unicode" } else { "" },
                ops::type_name_of(it)
            )));
        }
        pieces.push(K::arg(it)?);
    }
    let r = lift(strops::join(K::elems(s), &pieces))?;
    drop(pieces);
    // The pieces borrowed from the list's items: keep it alive until they are copied.
    std::hint::black_box(items);
    K::make(&r)
}

/// `sep.join(items)` for a str `sep` and a list of strs only: the result is written in place.
fn join_bytes(sep: Obj, items: Obj) -> PyResult<Obj> {
    let its = list::items(items);
    let sep_b = pystr::bytes(sep);
    let too_long = || exc::overflow_error("join() result is too long for a Python string");
    let mut size = sep_b
        .len()
        .checked_mul(its.len().saturating_sub(1))
        .ok_or_else(too_long)?;
    for &it in its {
        size = size.checked_add(pystr::len(it)).ok_or_else(too_long)?;
    }
    if size > isize::MAX as usize {
        return Err(too_long());
    }
    // `sep` and `items` are our arguments (on the caller's stack): the slices stay valid.
    pystr::build(size, |out| {
        let mut at = 0;
        for (i, &it) in its.iter().enumerate() {
            if i > 0 {
                out[at..at + sep_b.len()].copy_from_slice(sep_b);
                at += sep_b.len();
            }
            let b = pystr::bytes(it);
            out[at..at + b.len()].copy_from_slice(b);
            at += b.len();
        }
    })
}

// --- stripping and padding ---------------------------------------------------------------------

fn strip_impl<K: Kind>(s: Obj, a: &[Obj], side: StripSide, name: &str) -> PyResult<Obj> {
    let chars = match opt_not_none(a, 0) {
        None => None,
        Some(c) if pystr::is_str(c) || unicode::is_unicode(c) => Some(K::arg(c)?),
        Some(_) => {
            return Err(exc::type_error(&format!(
                "{name} arg must be None, {}",
                if K::UNICODE {
                    "unicode or str"
                } else {
                    "str or unicode"
                }
            )))
        }
    };
    let h = K::elems(s);
    let r = strops::strip(h, chars.as_deref(), side);
    if r.len() == h.len() && is_exact::<K>(s) {
        return Ok(s);
    }
    K::make(r)
}

fn is_exact<K: Kind>(s: Obj) -> bool {
    s.class()
        == if K::UNICODE {
            rt().types.unicode
        } else {
            rt().types.str
        }
}

pub fn strip<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    promote!(K, s, a, strip, a, k);
    strip_impl::<K>(s, a, StripSide::Both, "strip")
}
pub fn lstrip<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    promote!(K, s, a, lstrip, a, k);
    strip_impl::<K>(s, a, StripSide::Left, "lstrip")
}
pub fn rstrip<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    promote!(K, s, a, rstrip, a, k);
    strip_impl::<K>(s, a, StripSide::Right, "rstrip")
}

fn fill_arg<K: Kind>(a: &[Obj], name: &str) -> PyResult<K::E> {
    let Some(f) = opt(a, 1) else {
        return Ok(K::E::ascii(b' '));
    };
    if K::UNICODE {
        let text = match K::arg(f) {
            Ok(t) => t,
            Err(_) => {
                exc::clear_pending();
                return Err(exc::type_error(
                    "The fill character cannot be converted to Unicode",
                ));
            }
        };
        if text.len() != 1 {
            return Err(exc::type_error(
                "The fill character must be exactly one character long",
            ));
        }
        return Ok(text[0]);
    }
    if pystr::is_str(f) && pystr::len(f) == 1 {
        return Ok(K::elems(f)[0]);
    }
    Err(exc::type_error(&format!(
        "{name}() argument 2 must be char, not {}",
        ops::type_name_of(f)
    )))
}

fn pad<K: Kind>(s: Obj, a: &[Obj], name: &str) -> PyResult<Obj> {
    let width = ssize_arg(a[0])?;
    let fill = fill_arg::<K>(a, name)?;
    let h = K::elems(s);
    let r = match name {
        "center" => strops::center(h, width, fill),
        "ljust" => strops::ljust(h, width, fill),
        _ => strops::rjust(h, width, fill),
    };
    let r = lift(r)?;
    if r.len() == h.len() && is_exact::<K>(s) {
        return Ok(s);
    }
    K::make(&r)
}

pub fn center<K: Kind>(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    pad::<K>(s, a, "center")
}
pub fn ljust<K: Kind>(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    pad::<K>(s, a, "ljust")
}
pub fn rjust<K: Kind>(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    pad::<K>(s, a, "rjust")
}

pub fn zfill<K: Kind>(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let width = ssize_arg(a[0])?;
    let h = K::elems(s);
    let r = lift(strops::zfill(h, width))?;
    if r.len() == h.len() && is_exact::<K>(s) {
        return Ok(s);
    }
    K::make(&r)
}

pub fn expandtabs<K: Kind>(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let tab = match opt(a, 0) {
        Some(t) => int_arg(t)?,
        None => 8,
    };
    K::make(&lift(strops::expandtabs(K::elems(s), tab))?)
}

// --- case and predicates -----------------------------------------------------------------------

macro_rules! case_method {
    ($name:ident) => {
        pub fn $name<K: Kind>(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
            K::make(&strops::$name(K::elems(s)))
        }
    };
}
case_method!(lower);
case_method!(upper);
case_method!(swapcase);
case_method!(title);
case_method!(capitalize);

macro_rules! predicate {
    ($name:ident) => {
        pub fn $name<K: Kind>(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
            bool_obj(strops::$name(K::elems(s)))
        }
    };
}
predicate!(isalnum);
predicate!(isalpha);
predicate!(isdigit);
predicate!(islower);
predicate!(isupper);
predicate!(isspace);
predicate!(istitle);
predicate!(isdecimal);
predicate!(isnumeric);

// --- translate ---------------------------------------------------------------------------------

pub fn translate_str(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    // PyArg_UnpackTuple's messages.
    if k.is_some_and(|k| crate::runtime::types::dict::len(k) > 0) {
        return Err(exc::type_error("translate() takes no keyword arguments"));
    }
    if a.is_empty() || a.len() > 2 {
        return Err(exc::type_error(&format!(
            "translate expected at {} arguments, got {}",
            if a.is_empty() { "least 1" } else { "most 2" },
            a.len()
        )));
    }
    let table = a[0];
    let del = opt(a, 1);
    if unicode::is_unicode(table) {
        if del.is_some() {
            return Err(exc::type_error(
                "deletions are implemented differently for unicode",
            ));
        }
        let u = unicode::decode_default(s)?;
        let r = translate_unicode(u, a, None);
        std::hint::black_box(u);
        return r;
    }
    if let Some(d) = del {
        if unicode::is_unicode(d) {
            return Err(exc::type_error(
                "deletions are implemented differently for unicode",
            ));
        }
    }
    let table = if table == rt().none {
        None
    } else {
        Some(S::arg(table)?)
    };
    let del = match del {
        Some(d) => S::arg(d)?,
        None => Cow::Borrowed(&b""[..]),
    };
    let r = lift(strops::translate_bytes(
        pystr::bytes(s),
        table.as_deref(),
        &del,
    ))?;
    pystr::new(&r)
}

pub fn translate_unicode(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let table = a[0];
    let mut failure = None;
    let r = strops::translate_unicode(unicode::code_points(s), |c| {
        let res = (|| -> PyResult<Translation> {
            let key = int::new(c as i64)?;
            let v = match ops::getitem(table, key) {
                Ok(v) => v,
                Err(e) => {
                    if exc::pending_is(rt().exc.LookupError) {
                        exc::clear_pending();
                        return Ok(Translation::Keep);
                    }
                    return Err(e);
                }
            };
            if v == rt().none {
                return Ok(Translation::Delete);
            }
            if int::is_int(v) || long::is_long(v) {
                let n = ops::index_value_clamped(v)?;
                if !(0..=0x10FFFF).contains(&n) {
                    return Err(exc::type_error("character mapping must be in range(0x%lx)"));
                }
                return Ok(Translation::Replace(vec![n as u32]));
            }
            if unicode::is_unicode(v) {
                return Ok(Translation::Replace(unicode::code_points(v).to_vec()));
            }
            Err(exc::type_error(
                "character mapping must return integer, None or unicode",
            ))
        })();
        res.map_err(|e| {
            failure = Some(e);
            crate::strops::StrError::value("")
        })
    });
    match (r, failure) {
        (_, Some(e)) => Err(e),
        (Ok(v), None) => unicode::new(&v),
        (Err(e), None) => Err(codecs::raise(e)),
    }
}

// --- codecs ------------------------------------------------------------------------------------

/// An `encoding`/`errors` argument: a str (unicode is default-encoded).
fn name_arg(o: Option<Obj>, fname: &str, pos: usize, default: &str) -> PyResult<String> {
    match o {
        None => Ok(default.to_string()),
        Some(x) if pystr::is_str(x) => Ok(latin1_text(pystr::bytes(x))),
        Some(x) if unicode::is_unicode(x) => {
            Ok(latin1_text(pystr::bytes(unicode::encode_default(x)?)))
        }
        Some(x) => Err(exc::type_error(&format!(
            "{fname}() argument {pos} must be string, not {}",
            if x == rt().none {
                "None".to_string()
            } else {
                ops::type_name_of(x)
            }
        ))),
    }
}

/// Bytes as Rust text, a char per byte (how strops' messages stand for byte strings).
fn latin1_text(b: &[u8]) -> String {
    b.iter().map(|&c| c as char).collect()
}

fn codec_args(fname: &str, a: &[Obj], k: Option<Obj>) -> PyResult<(String, String)> {
    let p = parse_args(fname, a, k, &["encoding", "errors"], 0)?;
    Ok((
        name_arg(p[0], fname, 1, "ascii")?,
        name_arg(p[1], fname, 2, "strict")?,
    ))
}

pub fn encode<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let (enc, errors) = codec_args("encode", a, k)?;
    if K::UNICODE {
        codecs::encode(s, &enc, &errors)
    } else {
        codecs::encode_bytes(s, &enc, &errors)
    }
}

pub fn decode<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let (enc, errors) = codec_args("decode", a, k)?;
    if K::UNICODE {
        codecs::decode_unicode(s, &enc, &errors)
    } else {
        codecs::decode(s, &enc, &errors)
    }
}

// --- formatting and the rest -------------------------------------------------------------------

pub fn format<K: Kind>(s: Obj, a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    crate::runtime::strformat::format(s, a, k)
}

/// `s.__format__(spec)`.
pub fn format_spec<K: Kind>(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let spec = a[0];
    if !pystr::is_str(spec) && !unicode::is_unicode(spec) {
        return Err(exc::type_error(&format!(
            "__format__ arg must be str or unicode, not {}",
            ops::type_name_of(spec)
        )));
    }
    let spec = K::coerce(spec)?;
    let spec_text: String = K::elems(spec)
        .iter()
        .map(|c| char::from_u32(c.code()).unwrap_or('\u{fffd}'))
        .collect();
    let parsed = crate::pyfmt::parse_spec(&spec_text, Some('s'))
        .map_err(crate::runtime::printf::format_error)?;
    let h = K::elems(s);
    let lay = crate::pyfmt::str_layout(h.len(), &parsed, K::NAME)
        .map_err(crate::runtime::printf::format_error)?;
    let Some(fill) = K::from_code(lay.fill as u32) else {
        return Err(exc::value_error("fill character out of range"));
    };
    let mut out = Vec::with_capacity(lay.left + lay.keep + lay.right);
    out.extend(std::iter::repeat_n(fill, lay.left));
    out.extend_from_slice(&h[..lay.keep]);
    out.extend(std::iter::repeat_n(fill, lay.right));
    K::make(&out)
}

pub fn getnewargs<K: Kind>(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let c = K::make(K::elems(s))?;
    tuple::new(&[c])
}

pub fn sizeof<K: Kind>(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = K::elems(s).len() as i64;
    int::new(if K::UNICODE { 48 + 4 * (n + 1) } else { 37 + n })
}

/// `s._formatter_parser()`: (literal, field_name, format_spec, conversion) tuples.
pub fn formatter_parser<K: Kind>(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let out = list::new(&[])?;
    for chunk in strops::format::parse(K::elems(s)) {
        let chunk = lift(chunk)?;
        let lit = K::make(chunk.literal)?;
        let t = match chunk.field {
            None => {
                let n = rt().none;
                tuple::new(&[lit, n, n, n])?
            }
            Some(f) => {
                let name = K::make(f.name)?;
                let spec = K::make(f.spec)?;
                let conv = match f.conversion {
                    Some(c) => K::make(&[c])?,
                    None => rt().none,
                };
                tuple::new(&[lit, name, spec, conv])?
            }
        };
        list::append(out, t)?;
    }
    ops::iter(out)
}

/// `s._formatter_field_name_split()`: (first, iterator of (is_attribute, key)).
pub fn formatter_field_name_split<K: Kind>(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    use strops::format::{Accessor, FieldKey};
    let (first, rest) = lift(strops::format::split_field_name(K::elems(s), None))?;
    let first = match first {
        FieldKey::Index(i) => long::new((i as u64).into())?,
        FieldKey::Name(n) => K::make(n)?,
    };
    let out = list::new(&[])?;
    for acc in rest {
        let (is_attr, key) = match lift(acc)? {
            Accessor::Attr(n) => (true, K::make(n)?),
            Accessor::Index(i) => (false, long::new((i as u64).into())?),
            Accessor::Key(n) => (false, K::make(n)?),
        };
        let t = tuple::new(&[ops::bool_obj(is_attr), key])?;
        list::append(out, t)?;
    }
    let it = ops::iter(out)?;
    tuple::new(&[first, it])
}
