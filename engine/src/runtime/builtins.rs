//! The `__builtin__` module: every builtin function of Python 2.7, and the module's other names
//! (the builtin types, exceptions, None/True/False/Ellipsis/NotImplemented, `__debug__`).
//!
//! Argument checking copies CPython's per-function parser: `Arity` (METH_O/METH_NOARGS/
//! `PyArg_ParseTuple`) where CPython uses those, [`unpack`] for `PyArg_UnpackTuple` builtins
//! (`cmp expected 2 arguments, got 1`; also used by dict methods), and `Required argument ...`
//! for keyword parsers. `isinstance`/`issubclass` follow `PyObject_IsInstance`/`IsSubclass`
//! (metaclass hooks, tuples, the `__class__`/`__bases__` protocols); `coerce` follows
//! `PyNumber_Coerce`.

use num_traits::ToPrimitive;

use super::call::call;
use super::exc;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::{rt, SMALL_INT_MAX, SMALL_INT_MIN};
use super::typeobj::{is_type, NbOp, UnOpSlot};
use super::types::{
    classobj, descr, dict, float, int, iter, list, list_methods, long, module, parse_args,
    str as pystr, tuple, unicode, Arity, NativeFn,
};
use crate::compile::ir::CmpOp;

fn none() -> Obj {
    rt().none
}

/// `PyArg_UnpackTuple`'s checks for a `METH_VARARGS` builtin: no keywords, `min..=max`
/// positional arguments, with CPython's messages (`cmp expected 2 arguments, got 1`).
pub fn unpack(
    fname: &str,
    uname: &str,
    a: &[Obj],
    k: Option<Obj>,
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_keywords(fname, k)?;
    let n = a.len();
    if n < min || n > max {
        let (word, lim) = if min == max {
            ("", min)
        } else if n < min {
            ("at least ", min)
        } else {
            ("at most ", max)
        };
        return Err(exc::type_error(&format!(
            "{uname} expected {word}{lim} arguments, got {n}"
        )));
    }
    Ok(())
}

/// `f() takes no keyword arguments` when `k` holds any.
pub fn no_keywords(fname: &str, k: Option<Obj>) -> PyResult<()> {
    if k.is_some_and(|k| dict::len(k) > 0) {
        return Err(exc::type_error(&format!(
            "{fname}() takes no keyword arguments"
        )));
    }
    Ok(())
}

/// `PyArg_ParseTupleAndKeywords`' message for a missing required argument.
fn require(p: &[Option<Obj>], names: &[&str], required: usize) -> PyResult<()> {
    for i in 0..required {
        if p[i].is_none() {
            return Err(exc::type_error(&format!(
                "Required argument '{}' (pos {}) not found",
                names[i],
                i + 1
            )));
        }
    }
    Ok(())
}

fn b_len(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (o, r) = (a[0], rt());
    let c = o.class();
    if c == r.types.list {
        return int::new(list::items(o).len() as i64);
    }
    if c == r.types.tuple {
        return int::new(tuple::len(o) as i64);
    }
    int::new(ops::len(o)?)
}
fn b_repr(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    ops::repr(a[0])
}
fn b_abs(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (o, r) = (a[0], rt());
    if o.class() == r.types.int {
        // CPython's int_abs: a non-negative exact int is its own absolute value.
        match int::value(o) {
            v if v >= 0 => return Ok(o),
            i64::MIN => {}
            v => return int::new(-v),
        }
    } else if o.class() == r.types.float {
        return float::new(float::value(o).abs());
    }
    ops::unary_slot(o, UnOpSlot::Abs)
}
fn b_hash(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int::new(ops::hash(a[0])?)
}
fn b_id(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    long::int_or_long((a[0].addr() as u64).into())
}
fn b_callable(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let o = a[0];
    let c = if classobj::is_instance(o) {
        ops::getattr_opt(o, rt().names.__call__)?.is_some()
    } else {
        super::typeobj::slots_of(o).call.is_some()
    };
    Ok(ops::bool_obj(c))
}

fn b_isinstance(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("isinstance", "isinstance", a, k, 2, 2)?;
    Ok(ops::bool_obj(object_isinstance(a[0], a[1])?))
}

pub fn b_issubclass(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("issubclass", "issubclass", a, k, 2, 2)?;
    Ok(ops::bool_obj(object_issubclass(a[0], a[1])?))
}

/// The metaclass hook `name` (`__instancecheck__`/`__subclasscheck__`) of `cls`, bound, unless
/// it is `type`'s own (whose answer is the plain check below).
fn user_check_hook(cls: Obj, name: Obj) -> PyResult<Option<Obj>> {
    if classobj::is_class(cls) || classobj::is_instance(cls) {
        return Ok(None);
    }
    let Some(f) = super::typeobj::lookup(cls.class(), name)? else {
        return Ok(None);
    };
    let own = dict::get_item(super::typeobj::class_dict(rt().types.type_), name)?;
    if own == Some(f) {
        return Ok(None);
    }
    Ok(Some(ops::bind(f, cls, cls.class())?))
}

/// `PyObject_IsInstance`: exact type, tuples (recursively), the metaclass's
/// `__instancecheck__`, then the class/type/`__bases__` protocols.
pub fn object_isinstance(inst: Obj, cls: Obj) -> PyResult<bool> {
    if inst.class() == cls {
        return Ok(true);
    }
    if tuple::is_tuple(cls) {
        exc::enter_recursive(" in __instancecheck__")?;
        let mut found = Ok(false);
        for &c in tuple::items(cls) {
            match object_isinstance(inst, c) {
                Ok(false) => {}
                other => {
                    found = other;
                    break;
                }
            }
        }
        exc::leave_call();
        return found;
    }
    if let Some(f) = user_check_hook(cls, rt().names.__instancecheck__)? {
        return ops::truthy(call(f, &[inst], None)?);
    }
    let r = rt();
    if classobj::is_class(cls) && classobj::is_instance(inst) {
        return Ok(classobj::issubclass_any(
            classobj::instance_class(inst),
            cls,
        ));
    }
    if is_type(cls) {
        return classobj::isinstance_any(inst, cls);
    }
    check_class(
        cls,
        "isinstance() arg 2 must be a class, type, or tuple of classes and types",
    )?;
    match ops::getattr(inst, r.names.__class__) {
        Ok(icls) => abstract_issubclass(icls, cls),
        Err(_) => {
            exc::clear_pending();
            Ok(false)
        }
    }
}

/// `PyObject_IsSubclass`.
pub fn object_issubclass(derived: Obj, cls: Obj) -> PyResult<bool> {
    if tuple::is_tuple(cls) {
        exc::enter_recursive(" in __subclasscheck__")?;
        let mut found = Ok(false);
        for &c in tuple::items(cls) {
            match object_issubclass(derived, c) {
                Ok(false) => {}
                other => {
                    found = other;
                    break;
                }
            }
        }
        exc::leave_call();
        return found;
    }
    if let Some(f) = user_check_hook(cls, rt().names.__subclasscheck__)? {
        return ops::truthy(call(f, &[derived], None)?);
    }
    if (is_type(cls) && is_type(derived))
        || (classobj::is_class(cls) && classobj::is_class(derived))
    {
        return Ok(classobj::issubclass_any(derived, cls));
    }
    check_class(derived, "issubclass() arg 1 must be a class")?;
    check_class(
        cls,
        "issubclass() arg 2 must be a class or tuple of classes",
    )?;
    abstract_issubclass(derived, cls)
}

/// `__bases__` of `o` when it is a tuple (`abstract_get_bases`).
fn abstract_bases(o: Obj) -> PyResult<Option<Obj>> {
    match ops::getattr(o, rt().names.__bases__) {
        Ok(b) if tuple::is_tuple(b) => Ok(Some(b)),
        Ok(_) => Ok(None),
        Err(e) => {
            if exc::pending_is(rt().exc.AttributeError) {
                exc::clear_pending();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

fn abstract_issubclass(mut derived: Obj, cls: Obj) -> PyResult<bool> {
    loop {
        if derived == cls {
            return Ok(true);
        }
        if is_type(derived) && is_type(cls) {
            return Ok(super::typeobj::is_subtype(derived, cls));
        }
        let Some(bases) = abstract_bases(derived)? else {
            return Ok(false);
        };
        let items = tuple::items(bases);
        match items.len() {
            0 => return Ok(false),
            1 => derived = items[0],
            _ => {
                for &b in items {
                    if abstract_issubclass(b, cls)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
        }
    }
}

fn check_class(o: Obj, msg: &str) -> PyResult<()> {
    if is_type(o) || classobj::is_class(o) {
        return Ok(());
    }
    if abstract_bases(o)?.is_some() {
        return Ok(());
    }
    Err(exc::type_error(msg))
}

fn attr_name(n: Obj) -> PyResult<Obj> {
    if pystr::is_str(n) {
        return pystr::intern_obj(n);
    }
    if unicode::is_unicode(n) {
        return unicode::encode_default(n);
    }
    Err(exc::type_error(&format!(
        "attribute name must be string, not '{}'",
        ops::type_name_of(n)
    )))
}

fn b_getattr(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("getattr", "getattr", a, k, 2, 3)?;
    if !pystr::is_str(a[1]) && !unicode::is_unicode(a[1]) {
        return Err(exc::type_error("getattr(): attribute name must be string"));
    }
    let n = attr_name(a[1])?;
    match a.get(2) {
        None => ops::getattr(a[0], n),
        Some(&d) => Ok(ops::getattr_opt(a[0], n)?.unwrap_or(d)),
    }
}
fn b_setattr(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("setattr", "setattr", a, k, 3, 3)?;
    let n = attr_name(a[1])?;
    ops::setattr(a[0], n, a[2])?;
    Ok(none())
}
fn b_delattr(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("delattr", "delattr", a, k, 2, 2)?;
    let n = attr_name(a[1])?;
    ops::delattr(a[0], n)?;
    Ok(none())
}
fn b_hasattr(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("hasattr", "hasattr", a, k, 2, 2)?;
    if !pystr::is_str(a[1]) && !unicode::is_unicode(a[1]) {
        return Err(exc::type_error("hasattr(): attribute name must be string"));
    }
    let n = attr_name(a[1])?;
    // Python 2's hasattr swallows every Exception (not KeyboardInterrupt/SystemExit).
    match ops::getattr(a[0], n) {
        Ok(_) => Ok(rt().true_),
        Err(e) => {
            if exc::pending_is(rt().exc.Exception) {
                exc::clear_pending();
                Ok(rt().false_)
            } else {
                Err(e)
            }
        }
    }
}

/// `min`/`max` with `key=`.
fn min_max(a: &[Obj], k: Option<Obj>, name: &str, op: CmpOp) -> PyResult<Obj> {
    let mut key = None;
    if let Some(kw) = k {
        for (kk, v) in dict::items_vec(kw) {
            if pystr::is_str(kk) && pystr::bytes(kk) == b"key" {
                key = Some(v);
            } else {
                return Err(exc::type_error(&format!(
                    "{name}() got an unexpected keyword argument"
                )));
            }
        }
    }
    let mut best: Option<(Obj, Obj)> = None;
    let mut consider = |v: Obj| -> PyResult<()> {
        let kv = match key {
            Some(f) => call(f, &[v], None)?,
            None => v,
        };
        best = match best {
            None => Some((v, kv)),
            Some((bv, bk)) => {
                if better(kv, bk, op)? {
                    Some((v, kv))
                } else {
                    Some((bv, bk))
                }
            }
        };
        Ok(())
    };
    match a.len() {
        0 => {
            return Err(exc::type_error(&format!(
                "{name} expected 1 arguments, got 0"
            )))
        }
        1 => {
            let it = ops::iter(a[0])?;
            while let Some(v) = ops::next(it)? {
                consider(v)?;
            }
        }
        // The arguments themselves (CPython iterates over the args tuple: nothing observable).
        _ => {
            for &v in a {
                consider(v)?;
            }
        }
    }
    match best {
        Some((v, _)) => Ok(v),
        None => Err(exc::value_error(&format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}
/// `kv op bk` as `PyObject_RichCompareBool` answers it; exact ints and floats compare natively.
#[inline]
fn better(kv: Obj, bk: Obj, op: CmpOp) -> PyResult<bool> {
    let r = rt();
    let (c, d) = (kv.class(), bk.class());
    if c == r.types.int && d == r.types.int {
        let (x, y) = (int::value(kv), int::value(bk));
        return Ok(if op == CmpOp::Lt { x < y } else { x > y });
    }
    if c == r.types.float && d == r.types.float {
        let (x, y) = (float::value(kv), float::value(bk));
        return Ok(if op == CmpOp::Lt { x < y } else { x > y });
    }
    ops::truthy(ops::compare(kv, bk, op)?)
}

fn b_min(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    min_max(a, k, "min", CmpOp::Lt)
}
fn b_max(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    min_max(a, k, "max", CmpOp::Gt)
}

fn b_sum(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("sum", "sum", a, k, 1, 2)?;
    let mut acc = match a.get(1) {
        Some(&s) => {
            if pystr::is_str(s) || unicode::is_unicode(s) {
                return Err(exc::type_error(
                    "sum() can't sum strings [use ''.join(seq) instead]",
                ));
            }
            s
        }
        None => int::new(0)?,
    };
    let it = ops::iter(a[0])?;
    // CPython's fast paths: an exact int total stays a machine integer while the items are
    // exact ints and it does not overflow; an exact float total stays a double while the items
    // are exact floats or ints. The first other item (or overflow) goes through `+`, and the
    // total continues on the path its new class allows.
    let r = rt();
    if acc.class() == r.types.int {
        let mut total = int::value(acc);
        loop {
            let Some(v) = ops::next(it)? else {
                return int::new(total);
            };
            if v.class() == r.types.int {
                if let Some(t) = total.checked_add(int::value(v)) {
                    total = t;
                    continue;
                }
            }
            acc = ops::binary_op(int::new(total)?, v, NbOp::Add)?;
            break;
        }
    }
    if acc.class() == r.types.float {
        let mut total = float::value(acc);
        loop {
            let Some(v) = ops::next(it)? else {
                return float::new(total);
            };
            if v.class() == r.types.float {
                total += float::value(v);
            } else if v.class() == r.types.int {
                total += int::value(v) as f64;
            } else {
                acc = ops::binary_op(float::new(total)?, v, NbOp::Add)?;
                break;
            }
        }
    }
    while let Some(v) = ops::next(it)? {
        acc = ops::binary_op(acc, v, NbOp::Add)?;
    }
    Ok(acc)
}

fn b_sorted(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    const NAMES: &[&str] = &["iterable", "cmp", "key", "reverse"];
    let p = parse_args("sorted", a, k, NAMES, 0)?;
    require(&p, NAMES, 1)?;
    let l = ops::iterate_to_list(p[0].unwrap())?;
    let n = none();
    let rev = match p[3] {
        Some(r) => list_methods::reverse_flag(r)?,
        None => false,
    };
    list_methods::sort_list(l, p[1].filter(|x| *x != n), p[2].filter(|x| *x != n), rev)?;
    Ok(l)
}

/// `range` of exact ints (the usual call): i64 bounds, items from the small-int cache where
/// they fall in it. None when an argument is anything else (the general path decides).
fn range_of_ints(a: &[Obj]) -> Option<PyResult<Obj>> {
    let int_t = rt().types.int;
    if a.iter().any(|o| o.class() != int_t) {
        return None;
    }
    let (lo, hi, step) = match *a {
        [hi] => (0, int::value(hi), 1),
        [lo, hi] => (int::value(lo), int::value(hi), 1),
        [lo, hi, step] => (int::value(lo), int::value(hi), int::value(step)),
        _ => return None,
    };
    if step == 0 {
        return Some(Err(exc::value_error(
            "range() step argument must not be zero",
        )));
    }
    let n = match range_count(super::types::xrange::range_len_wide(lo, hi, step)) {
        Ok(n) => n as i64,
        Err(e) => return Some(Err(e)),
    };
    Some((|| {
        let l = list::with_capacity(n as usize)?;
        if n == 0 {
            return Ok(l);
        }
        // The last item fits an i64 (it lies between lo and hi); the product may not, but the
        // wrapping sum is exact.
        let last = lo.wrapping_add((n - 1).wrapping_mul(step));
        let small = &rt().small_ints;
        let cached = |v: i64| (v - SMALL_INT_MIN) as usize;
        if lo.min(last) >= SMALL_INT_MIN && lo.max(last) <= SMALL_INT_MAX && !small.is_empty() {
            // All from the small-int cache: no allocation.
            if step == 1 {
                list::vec(l).extend_exact(&small[cached(lo)..=cached(last)])?;
            } else {
                let mut v = lo;
                for _ in 0..n {
                    list::append(l, small[cached(v)])?;
                    v += step;
                }
            }
            return Ok(l);
        }
        let mut v = lo;
        for _ in 0..n {
            // Every item lies between lo and last: no overflow.
            list::append(l, int::new(v)?)?;
            v = v.wrapping_add(step);
        }
        Ok(l)
    })())
}

/// A `range` result's item count, as CPython sizes its list: OverflowError past a C long,
/// MemoryError for a list this heap cannot hold (2**40 items).
fn range_count(n: i128) -> PyResult<usize> {
    if n > i64::MAX as i128 {
        return Err(exc::overflow_error("range() result has too many items"));
    }
    if n >= 1 << 40 {
        return Err(exc::memory_error());
    }
    Ok(n as usize)
}

fn b_range(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("range", "range", a, k, 1, 3)?;
    if let Some(l) = range_of_ints(a) {
        return l;
    }
    let get = |o: Obj| -> PyResult<num_bigint::BigInt> {
        if float::is_float(o) {
            return Err(exc::type_error(
                "range() integer end argument expected, got float.",
            ));
        }
        match super::types::number::as_real(ops::unary_slot(o, UnOpSlot::Int).map_err(|e| {
            let _ = e;
            exc::clear_pending();
            exc::type_error(&format!(
                "range() integer end argument expected, got {}.",
                ops::type_name_of(o)
            ))
        })?) {
            Some(super::types::number::Real::Int(v)) => Ok(v.into()),
            Some(super::types::number::Real::Long(v)) => Ok(v),
            _ => Err(exc::type_error("range() integer argument expected")),
        }
    };
    let (lo, hi, step) = match a.len() {
        1 => (0.into(), get(a[0])?, 1.into()),
        2 => (get(a[0])?, get(a[1])?, 1.into()),
        3 => (get(a[0])?, get(a[1])?, get(a[2])?),
        n => {
            return Err(exc::type_error(&format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    let zero = num_bigint::BigInt::from(0);
    if step == zero {
        return Err(exc::value_error("range() step argument must not be zero"));
    }
    let count = if step > zero && lo < hi {
        (&hi - &lo - 1) / &step + 1
    } else if step < zero && lo > hi {
        (&lo - &hi - 1) / (-&step) + 1
    } else {
        zero.clone()
    };
    let n = range_count(count.to_i128().unwrap_or(i128::MAX))?;
    let l = list::with_capacity(n)?;
    let (lo_i, step_i) = (lo.to_i64(), step.to_i64());
    match (lo_i, step_i) {
        (Some(lo), Some(st)) if hi.to_i64().is_some() => {
            let mut v = lo;
            for _ in 0..n {
                list::append(l, int::new(v)?)?;
                v = v.wrapping_add(st);
            }
        }
        _ => {
            // Any bound beyond a C long: CPython's handle_range_longs makes every item a long.
            let mut v = lo;
            for _ in 0..n {
                list::append(l, long::new(v.clone())?)?;
                v += &step;
            }
        }
    }
    Ok(l)
}

fn b_chr(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = int::as_i64(a[0], "Python int too large to convert to C long")?;
    if !(0..256).contains(&v) {
        return Err(exc::value_error("chr() arg not in range(256)"));
    }
    Ok(rt().chars[v as usize])
}
fn b_unichr(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = int::as_i64(a[0], "Python int too large to convert to C long")?;
    if !(0..0x110000).contains(&v) {
        return Err(exc::value_error(
            "unichr() arg not in range(0x110000) (wide Python build)",
        ));
    }
    unicode::new(&[v as u32])
}
fn b_ord(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let o = a[0];
    if pystr::is_str(o) {
        let b = pystr::bytes(o);
        if b.len() != 1 {
            return Err(exc::type_error(&format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return int::new(b[0] as i64);
    }
    if unicode::is_unicode(o) {
        let c = unicode::code_points(o);
        if c.len() != 1 {
            return Err(exc::type_error(&format!(
                "ord() expected a character, but string of length {} found",
                c.len()
            )));
        }
        return int::new(c[0] as i64);
    }
    Err(exc::type_error(&format!(
        "ord() expected string of length 1, but {} found",
        ops::type_name_of(o)
    )))
}

fn b_hex(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    ops::unary_slot(a[0], UnOpSlot::Hex)
}
fn b_oct(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    ops::unary_slot(a[0], UnOpSlot::Oct)
}
fn b_bin(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = ops::index_value(a[0]).or_else(|e| {
        if long::is_long(a[0]) {
            exc::clear_pending();
            Ok(0)
        } else {
            Err(e)
        }
    })?;
    let big = if long::is_long(a[0]) {
        long::value(a[0]).clone()
    } else {
        num_bigint::BigInt::from(v)
    };
    pystr::from_str(&crate::pyfmt::bin_text(&big))
}

fn b_divmod(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("divmod", "divmod", a, k, 2, 2)?;
    ops::binary_op(a[0], a[1], NbOp::Divmod)
}
fn b_pow(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("pow", "pow", a, k, 2, 3)?;
    match a.get(2) {
        Some(&m) => ops::pow3(a[0], a[1], m),
        None => ops::binary_op(a[0], a[1], NbOp::Pow),
    }
}
fn b_cmp(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("cmp", "cmp", a, k, 2, 2)?;
    int::new(ops::cmp(a[0], a[1])? as i64)
}

fn b_round(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    if a.is_empty() && k.and_then(|d| dict::get_str(d, "number")).is_none() {
        return Err(exc::type_error(
            "Required argument 'number' (pos 1) not found",
        ));
    }
    let p = parse_args("round", a, k, &["number", "ndigits"], 1)?;
    let Some(number) = p[0] else {
        return Err(exc::type_error(
            "Required argument 'number' (pos 1) not found",
        ));
    };
    let x = super::types::number::as_double(number)?;
    let nd = match p[1] {
        // PyNumber_AsSsize_t(o, NULL): a huge long clamps.
        Some(n) => ops::index_value_clamped(n)?,
        None => 0,
    };
    let v = crate::numeric::float_round(x, nd).map_err(super::types::number::num_err)?;
    float::new(v)
}

/// CPython 2.7's `round`: correctly rounded decimal, halves away from zero.
pub fn round_half_away(x: f64, nd: i64) -> f64 {
    if !x.is_finite() || x == 0.0 {
        return x;
    }
    if nd > 22 {
        return x;
    }
    if nd < -308 {
        return 0.0f64.copysign(x);
    }
    // Use exact decimal formatting to decide (the shortest repr-based approach is not
    // correctly rounded for halfway cases; %.*e of the exact binary value is).
    let digits = if nd >= 0 { nd as usize } else { 0 };
    if nd >= 0 {
        let s = format!("{:.*}", digits + 30, x.abs());
        // s is the exact value to 30 extra digits (enough to decide a tie for doubles).
        let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
        let keep = &frac[..digits];
        let rest = &frac[digits..];
        let mut num: String = format!("{int_part}{keep}");
        let round_up = rest.as_bytes().first().is_some_and(|&c| c >= b'5');
        if round_up {
            num = decimal_increment(&num);
        }
        let (ip, fp) = num.split_at(num.len() - digits);
        let text = if digits > 0 {
            format!("{}.{}", if ip.is_empty() { "0" } else { ip }, fp)
        } else {
            ip.to_string()
        };
        let v: f64 = text.parse().unwrap_or(x);
        return v.copysign(x);
    }
    let p = 10f64.powi((-nd) as i32);
    let y = x.abs() / p;
    let r = (y + 0.5).floor();
    let v = r * p;
    if v.is_infinite() {
        return x;
    }
    v.copysign(x)
}

fn decimal_increment(s: &str) -> String {
    let mut b: Vec<u8> = s.bytes().collect();
    let mut i = b.len();
    loop {
        if i == 0 {
            b.insert(0, b'1');
            break;
        }
        i -= 1;
        if b[i] == b'9' {
            b[i] = b'0';
        } else {
            b[i] += 1;
            break;
        }
    }
    String::from_utf8(b).unwrap_or_default()
}

fn b_iter(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("iter", "iter", a, k, 1, 2)?;
    match a.get(1) {
        None => ops::iter(a[0]),
        Some(&sentinel) => {
            if super::typeobj::slots_of(a[0]).call.is_none() {
                return Err(exc::type_error("iter(v, w): v must be callable"));
            }
            iter::new_callable_iter(a[0], sentinel)
        }
    }
}
fn b_next(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("next", "next", a, k, 1, 2)?;
    if super::typeobj::slots_of(a[0]).next.is_none() {
        return Err(exc::type_error(&format!(
            "{} object is not an iterator",
            ops::type_name_of(a[0])
        )));
    }
    match ops::next(a[0])? {
        Some(v) => Ok(v),
        None => match a.get(1) {
            Some(&d) => Ok(d),
            None => Err(exc::stop_iteration()),
        },
    }
}

fn b_zip(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    no_keywords("zip", k)?;
    let out = list::new(&[])?;
    if a.is_empty() {
        return Ok(out);
    }
    let its = list::new(&[])?;
    for (i, &x) in a.iter().enumerate() {
        let it = ops::iter(x).map_err(|e| {
            if exc::pending_is(rt().exc.TypeError) {
                exc::clear_pending();
                exc::type_error(&format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?;
        list::append(its, it)?;
    }
    // A row's items are held in a stack array (GC-visible) up to this many iterables.
    const ROW: usize = 8;
    let n = a.len();
    loop {
        if n <= ROW {
            let mut row = [None::<Obj>; ROW];
            for (slot, &it) in row.iter_mut().zip(list::items(its)) {
                match ops::next(it)? {
                    Some(v) => *slot = Some(v),
                    None => return Ok(out),
                }
            }
            let t = match row[..n] {
                [Some(x), Some(y)] => tuple::pair(x, y)?,
                _ => tuple::from_fn(n, |i| Ok(row[i].expect("filled above")))?,
            };
            list::append(out, t)?;
            std::hint::black_box(&row);
            continue;
        }
        let row = list::with_capacity(n)?;
        for &it in list::items(its) {
            match ops::next(it)? {
                Some(v) => list::append(row, v)?,
                None => return Ok(out),
            }
        }
        list::append(out, tuple::new(list::items(row))?)?;
        // `row` must outlive the copy above (it holds the only references to the items).
        std::hint::black_box(row);
    }
}

fn b_map(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    no_keywords("map", k)?;
    if a.len() < 2 {
        return Err(exc::type_error("map() requires at least two args"));
    }
    let f = a[0];
    let out = list::new(&[])?;
    if a.len() == 2 {
        let it = map_iter(a[1], 2)?;
        while let Some(v) = ops::next(it)? {
            let r = if f == none() { v } else { call(f, &[v], None)? };
            list::append(out, r)?;
        }
        return Ok(out);
    }
    let its = list::new(&[])?;
    for (i, &x) in a[1..].iter().enumerate() {
        list::append(its, map_iter(x, i + 2)?)?;
    }
    loop {
        let row = list::new(&[])?;
        let mut any = false;
        for &it in list::items(its) {
            match ops::next(it)? {
                Some(v) => {
                    any = true;
                    list::append(row, v)?
                }
                None => list::append(row, none())?,
            }
        }
        if !any {
            return Ok(out);
        }
        let r = if f == none() {
            tuple::new(list::items(row))?
        } else {
            call(f, list::items(row), None)?
        };
        // `row` must outlive the call above (it holds the only references to the arguments).
        std::hint::black_box(row);
        list::append(out, r)?;
    }
}

/// `iter(x)` for map's argument number `pos`, with map's TypeError message.
fn map_iter(x: Obj, pos: usize) -> PyResult<Obj> {
    ops::iter(x).map_err(|e| {
        if exc::pending_is(rt().exc.TypeError) {
            exc::clear_pending();
            exc::type_error(&format!("argument {pos} to map() must support iteration"))
        } else {
            e
        }
    })
}

fn b_filter(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("filter", "filter", a, k, 2, 2)?;
    let (f, seq) = (a[0], a[1]);
    let keep = |v: Obj| -> PyResult<bool> {
        if f == none() {
            ops::truthy(v)
        } else {
            ops::truthy(call(f, &[v], None)?)
        }
    };
    if pystr::is_str(seq) {
        let mut out = Vec::new();
        for &b in pystr::bytes(seq) {
            if keep(rt().chars[b as usize])? {
                out.push(b);
            }
        }
        return pystr::new(&out);
    }
    if unicode::is_unicode(seq) {
        let n = unicode::code_points(seq).len();
        let mut out = Vec::new();
        for i in 0..n {
            // Re-read: the predicate may run code, but the string is immutable.
            let c = unicode::code_points(seq)[i];
            if keep(unicode::new(&[c])?)? {
                out.push(c);
            }
        }
        return unicode::new(&out);
    }
    let out = list::new(&[])?;
    let it = ops::iter(seq)?;
    while let Some(v) = ops::next(it)? {
        if keep(v)? {
            list::append(out, v)?;
        }
    }
    if tuple::is_tuple(seq) {
        let t = tuple::new(list::items(out));
        std::hint::black_box(out);
        return t;
    }
    Ok(out)
}

fn b_reduce(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("reduce", "reduce", a, k, 2, 3)?;
    let f = a[0];
    let it = ops::iter(a[1]).map_err(|e| {
        if exc::pending_is(rt().exc.TypeError) {
            exc::clear_pending();
            exc::type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = match a.get(2) {
        Some(&i) => i,
        None => match ops::next(it)? {
            Some(v) => v,
            None => {
                return Err(exc::type_error(
                    "reduce() of empty sequence with no initial value",
                ))
            }
        },
    };
    while let Some(v) = ops::next(it)? {
        acc = call(f, &[acc, v], None)?;
    }
    Ok(acc)
}

fn b_any(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let it = ops::iter(a[0])?;
    while let Some(v) = ops::next(it)? {
        if ops::truthy(v)? {
            return Ok(rt().true_);
        }
    }
    Ok(rt().false_)
}
fn b_all(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let it = ops::iter(a[0])?;
    while let Some(v) = ops::next(it)? {
        if !ops::truthy(v)? {
            return Ok(rt().false_);
        }
    }
    Ok(rt().true_)
}

/// `PySequence_Check`: classic instances with `__getitem__`, or types with an item slot
/// that are not dicts.
fn is_sequence(o: Obj) -> bool {
    if classobj::is_instance(o) {
        return ops::getattr_opt(o, rt().names.__getitem__)
            .ok()
            .flatten()
            .is_some();
    }
    if dict::is_dict(o) {
        return false;
    }
    super::typeobj::slots_of(o).getitem.is_some()
}

fn b_apply(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("apply", "apply", a, k, 1, 3)?;
    let args = match a.get(1) {
        Some(&t) if tuple::is_tuple(t) => t,
        Some(&t) => {
            if !is_sequence(t) {
                return Err(exc::type_error(&format!(
                    "apply() arg 2 expected sequence, found {}",
                    ops::type_name_of(t)
                )));
            }
            ops::iterate_to_tuple(t)?
        }
        None => rt().empty_tuple,
    };
    let kw = match a.get(2) {
        Some(&d) if dict::is_dict(d) => Some(d),
        Some(&d) => {
            return Err(exc::type_error(&format!(
                "apply() arg 3 expected dictionary, found {}",
                ops::type_name_of(d)
            )))
        }
        None => None,
    };
    call(a[0], tuple::items(args), kw)
}

fn b_globals(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match exc::current_frame() {
        Some(f) => Ok(super::types::frame::globals_of(f)),
        None => Err(exc::system_error("no current frame")),
    }
}
fn b_locals(_a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match exc::current_frame() {
        Some(f) => super::types::frame::locals_dict(f),
        None => Err(exc::system_error("no current frame")),
    }
}
fn b_vars(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("vars", "vars", a, k, 0, 1)?;
    match a.first() {
        None => b_locals(a, None),
        Some(&o) => ops::getattr_opt(o, rt().names.__dict__)?
            .ok_or_else(|| exc::type_error("vars() argument must have __dict__ attribute")),
    }
}

fn b_dir(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("dir", "dir", a, k, 0, 1)?;
    super::introspect::dir(a.first().copied())
}

fn b_intern(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if a[0].class() != rt().types.str {
        return Err(exc::type_error(&format!(
            "intern() argument 1 must be string, not {}",
            ops::type_name_of(a[0])
        )));
    }
    pystr::intern_obj(a[0])
}

/// `format(value, spec)`: `type(value).__format__(value, spec)`.
pub fn format_value(v: Obj, spec: Obj) -> PyResult<Obj> {
    let r = rt();
    let f = if classobj::is_instance(v) {
        ops::getattr_opt(v, r.names.__format__)?
    } else {
        super::class::lookup_special(v, r.names.__format__)?
    };
    let Some(f) = f else {
        return Err(exc::type_error(&format!(
            "Type {} doesn't define __format__",
            ops::type_name_of(v)
        )));
    };
    let res = call(f, &[spec], None)?;
    if !pystr::is_str(res) && !unicode::is_unicode(res) {
        return Err(exc::type_error(&format!(
            "{}.__format__ must return a str or unicode, not {}",
            ops::type_name_of(v),
            ops::type_name_of(res)
        )));
    }
    Ok(res)
}

fn b_format(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let spec = match a.get(1) {
        Some(&s) if pystr::is_str(s) || unicode::is_unicode(s) => s,
        Some(&s) => {
            return Err(exc::type_error(&format!(
                "format expects arg 2 to be string or unicode, not {}",
                ops::type_name_of(s)
            )))
        }
        None => pystr::new(b"")?,
    };
    format_value(a[0], spec)
}

/// `coerce(x, y)` (`PyNumber_Coerce`): unchanged for equal types; the builtin numbers widen to
/// the higher of int < long < float < complex; otherwise `x.__coerce__(y)`, then
/// `y.__coerce__(x)` (swapped back), None/NotImplemented meaning "not handled".
fn b_coerce(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("coerce", "coerce", a, k, 2, 2)?;
    let (x, y) = (a[0], a[1]);
    if x.class() == y.class() && !classobj::is_instance(x) {
        return tuple::new(&[x, y]);
    }
    if let (Some(rx), Some(ry)) = (numeric_rank(x), numeric_rank(y)) {
        let top = rx.max(ry);
        return tuple::new(&[widen(x, rx, top)?, widen(y, ry, top)?]);
    }
    for (v, w, swap) in [(x, y, false), (y, x, true)] {
        if let Some(res) = user_coerce(v, w)? {
            if swap {
                let it = tuple::items(res);
                return tuple::new(&[it[1], it[0]]);
            }
            return Ok(res);
        }
    }
    Err(exc::type_error("number coercion failed"))
}

/// 0 int/bool, 1 long, 2 float, 3 complex; None for other objects.
fn numeric_rank(o: Obj) -> Option<u8> {
    use super::types::number::{as_real, Real};
    if super::types::complex::is_complex(o) {
        return Some(3);
    }
    match as_real(o)? {
        Real::Int(_) => Some(0),
        Real::Long(_) => Some(1),
        Real::Float(_) => Some(2),
    }
}

fn widen(o: Obj, from: u8, to: u8) -> PyResult<Obj> {
    use super::types::number::{as_real, real_to_f64};
    if from == to {
        return Ok(o);
    }
    let Some(r) = as_real(o) else { return Ok(o) };
    match to {
        1 => match r {
            super::types::number::Real::Int(v) => long::new(v.into()),
            _ => Ok(o),
        },
        2 => float::new(real_to_f64(&r)?),
        _ => super::types::complex::new(real_to_f64(&r)?, 0.0),
    }
}

/// `v.__coerce__(w)` when `v` defines it: Some(2-tuple), or None when not handled.
fn user_coerce(v: Obj, w: Obj) -> PyResult<Option<Obj>> {
    let r = rt();
    let f = if classobj::is_instance(v) {
        ops::getattr_opt(v, r.names.__coerce__)?
    } else if super::typeobj::tobj(v.class()).flags & super::typeobj::TF_HEAPTYPE != 0 {
        super::class::lookup_special(v, r.names.__coerce__)?
    } else {
        None
    };
    let Some(f) = f else { return Ok(None) };
    let res = call(f, &[w], None)?;
    if res == r.none || res == r.not_implemented {
        return Ok(None);
    }
    if !tuple::is_tuple(res) || tuple::items(res).len() != 2 {
        return Err(exc::type_error("coercion should return None or 2-tuple"));
    }
    Ok(Some(res))
}

fn b_import(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let p = parse_args(
        "__import__",
        a,
        k,
        &["name", "globals", "locals", "fromlist", "level"],
        1,
    )?;
    let level = match p[4] {
        Some(l) => ops::index_value(l)? as i32,
        None => -1,
    };
    super::import::import_module_level(p[0].unwrap(), p[1], p[3].unwrap_or(none()), level)
}

fn b_reload(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    super::import::reload(a[0])
}

fn b_eval(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("eval", "eval", a, k, 1, 3)?;
    super::eval::eval(a[0], a.get(1).copied(), a.get(2).copied())
}

fn b_execfile(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let name = ops::str_text(a[0])?;
    let bytes =
        std::fs::read(&name).map_err(|e| exc::os_error(rt().exc.IOError, &e, Some(a[0])))?;
    let cur = exc::current_frame();
    let g = match a.get(1).copied().filter(|g| *g != none()) {
        Some(g) => g,
        None => match cur {
            Some(f) => super::types::frame::globals_of(f),
            None => return Err(exc::system_error("no frame")),
        },
    };
    let l = match a.get(2).copied().filter(|l| *l != none()) {
        Some(l) => l,
        None if a.get(1).is_some_and(|g| *g != none()) => g,
        None => match cur {
            Some(f) => super::types::frame::locals_dict(f)?,
            None => g,
        },
    };
    let c = super::eval::compile_source(
        &bytes,
        &name,
        crate::syntax::Mode::Exec,
        crate::syntax::Origin::File,
        super::eval::frame_flags(cur),
    )?;
    super::eval::run_code(c, g, Some(l))?;
    Ok(none())
}

fn b_compile(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let p = parse_args(
        "compile",
        a,
        k,
        &["source", "filename", "mode", "flags", "dont_inherit"],
        3,
    )?;
    let src = p[0].unwrap();
    let filename = ops::str_text(p[1].unwrap())?;
    let mode = match ops::str_text(p[2].unwrap())?.as_str() {
        "exec" => crate::syntax::Mode::Exec,
        "eval" => crate::syntax::Mode::Eval,
        "single" => crate::syntax::Mode::Single,
        _ => {
            return Err(exc::value_error(
                "compile() arg 3 must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let text: Vec<u8> = if pystr::is_str(src) {
        pystr::bytes(src).to_vec()
    } else if unicode::is_unicode(src) {
        let mut b = Vec::new();
        for &c in unicode::code_points(src) {
            super::codecs::encode_utf8(c, &mut b);
        }
        b
    } else {
        return Err(exc::type_error(
            "compile() expected string without null bytes",
        ));
    };
    let flags = super::eval::frame_flags(exc::current_frame());
    super::eval::compile_source(&text, &filename, mode, crate::syntax::Origin::String, flags)
}

fn read_stdin_line() -> PyResult<Option<Vec<u8>>> {
    let r = rt();
    let stdin = dict::get_item(module::dict_of(r.sys), r.names.stdin)?;
    let Some(f) = stdin else {
        return Err(exc::runtime_error("lost sys.stdin"));
    };
    let line = if super::types::file::is_file(f) {
        super::types::file::read_line(f, None)?
    } else {
        let l = ops::call_method(f, "readline", &[])?;
        pystr::bytes(l).to_vec()
    };
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(line))
}

fn b_raw_input(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("raw_input", "[raw_]input", a, k, 0, 1)?;
    if let Some(&p) = a.first() {
        let out = super::print::stdout()?;
        let s = ops::str(p)?;
        ops::call_method(out, "write", &[s])?;
    }
    let out = super::print::stdout()?;
    if super::types::file::is_file(out) {
        super::types::file::flush(out)?;
    }
    match read_stdin_line()? {
        None => Err(exc::eof_error("EOF when reading a line")),
        Some(mut l) => {
            if l.last() == Some(&b'\n') {
                l.pop();
            }
            pystr::new(&l)
        }
    }
}

fn b_input(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    unpack("input", "[raw_]input", a, k, 0, 1)?;
    let s = b_raw_input(a, None)?;
    super::eval::eval(s, None, None)
}

fn b_open(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    super::types::file::open(a, k)
}

fn b_exit(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let code = a.first().copied().unwrap_or(r.none);
    Err(exc::raise_args(r.exc.SystemExit, &[code]))
}

fn b_print(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let mut sep = None;
    let mut end = None;
    let mut file = None;
    if let Some(kw) = k {
        for (key, v) in dict::items_vec(kw) {
            match pystr::bytes(key) {
                b"sep" => sep = Some(v).filter(|x| *x != none()),
                b"end" => end = Some(v).filter(|x| *x != none()),
                b"file" => file = Some(v).filter(|x| *x != none()),
                _ => {
                    return Err(exc::type_error(&format!(
                        "'{}' is an invalid keyword argument for this function",
                        pystr::to_string_lossy(key)
                    )))
                }
            }
        }
    }
    for (what, v) in [("sep", sep), ("end", end)] {
        if let Some(v) = v {
            if !pystr::is_str(v) && !unicode::is_unicode(v) {
                return Err(exc::type_error(&format!(
                    "{what} must be None, str or unicode, not {}",
                    ops::type_name_of(v)
                )));
            }
        }
    }
    let f = match file {
        Some(f) => f,
        None => super::print::stdout()?,
    };
    let sep = match sep {
        Some(s) => s,
        None => pystr::from_str(" ")?,
    };
    let end = match end {
        Some(e) => e,
        None => pystr::from_str("\n")?,
    };
    for (i, &v) in a.iter().enumerate() {
        if i > 0 {
            ops::call_method(f, "write", &[sep])?;
        }
        let s = ops::str_or_unicode(v)?;
        ops::call_method(f, "write", &[s])?;
    }
    ops::call_method(f, "write", &[end])?;
    Ok(none())
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("len", b_len, Arity::One),
    ("repr", b_repr, Arity::One),
    ("abs", b_abs, Arity::One),
    ("hash", b_hash, Arity::One),
    ("id", b_id, Arity::One),
    ("callable", b_callable, Arity::One),
    ("isinstance", b_isinstance, Arity::Any),
    ("issubclass", b_issubclass, Arity::Any),
    ("getattr", b_getattr, Arity::Any),
    ("setattr", b_setattr, Arity::Any),
    ("delattr", b_delattr, Arity::Any),
    ("hasattr", b_hasattr, Arity::Any),
    ("min", b_min, Arity::Any),
    ("max", b_max, Arity::Any),
    ("sum", b_sum, Arity::Any),
    ("sorted", b_sorted, Arity::Any),
    ("range", b_range, Arity::Any),
    ("chr", b_chr, Arity::Range(1, 1)),
    ("unichr", b_unichr, Arity::Range(1, 1)),
    ("ord", b_ord, Arity::One),
    ("hex", b_hex, Arity::One),
    ("oct", b_oct, Arity::One),
    ("bin", b_bin, Arity::One),
    ("divmod", b_divmod, Arity::Any),
    ("pow", b_pow, Arity::Any),
    ("cmp", b_cmp, Arity::Any),
    ("round", b_round, Arity::Any),
    ("iter", b_iter, Arity::Any),
    ("next", b_next, Arity::Any),
    ("zip", b_zip, Arity::Any),
    ("map", b_map, Arity::Any),
    ("filter", b_filter, Arity::Any),
    ("reduce", b_reduce, Arity::Any),
    ("any", b_any, Arity::One),
    ("all", b_all, Arity::One),
    ("apply", b_apply, Arity::Any),
    ("globals", b_globals, Arity::None),
    ("locals", b_locals, Arity::None),
    ("vars", b_vars, Arity::Any),
    ("dir", b_dir, Arity::Any),
    ("intern", b_intern, Arity::One),
    ("format", b_format, Arity::Range(1, 2)),
    ("coerce", b_coerce, Arity::Any),
    ("__import__", b_import, Arity::Any),
    ("reload", b_reload, Arity::One),
    ("eval", b_eval, Arity::Any),
    ("execfile", b_execfile, Arity::Range(1, 3)),
    ("compile", b_compile, Arity::Any),
    ("raw_input", b_raw_input, Arity::Any),
    ("input", b_input, Arity::Any),
    ("open", b_open, Arity::Any),
    ("exit", b_exit, Arity::Range(0, 1)),
    ("quit", b_exit, Arity::Range(0, 1)),
    ("print", b_print, Arity::Any),
];

/// Fills the `__builtin__` module's dict.
pub fn fill(d: Obj) -> PyResult<()> {
    let r = rt();
    let m = r.builtins;
    for &(name, f, arity) in FUNCS {
        let o = descr::new_builtin(descr::Native::Func(f, name, arity), None, None)?;
        let _ = m;
        dict::set_str(d, name, o)?;
    }
    let t = &r.types;
    for (name, v) in [
        ("None", r.none),
        ("True", r.true_),
        ("False", r.false_),
        ("Ellipsis", r.ellipsis),
        ("NotImplemented", r.not_implemented),
        ("__debug__", r.true_),
        ("object", t.object),
        ("type", t.type_),
        ("int", t.int),
        ("long", t.long),
        ("float", t.float),
        ("complex", t.complex),
        ("bool", t.bool),
        ("str", t.str),
        ("unicode", t.unicode),
        ("basestring", t.basestring),
        ("tuple", t.tuple),
        ("list", t.list),
        ("dict", t.dict),
        ("set", t.set),
        ("frozenset", t.frozenset),
        ("slice", t.slice),
        ("xrange", t.xrange),
        ("enumerate", t.enumerate),
        ("reversed", t.reversed),
        ("classmethod", t.classmethod),
        ("staticmethod", t.staticmethod),
        ("property", t.property),
        ("super", t.super_),
        ("file", t.file),
        ("bytearray", t.bytearray),
        ("buffer", t.buffer),
        ("memoryview", t.memoryview),
        ("bytes", t.str),
    ] {
        dict::set_str(d, name, v)?;
    }
    for (k, v) in dict::items_vec(r.exceptions) {
        if pystr::is_str(k) && !pystr::bytes(k).starts_with(b"__") {
            dict::set_item(d, k, v)?;
        }
    }
    dict::set_str(d, "__name__", pystr::from_str("__builtin__")?)?;
    dict::set_str(d, "__doc__", r.none)?;
    let _ = module::dict_of;
    Ok(())
}
