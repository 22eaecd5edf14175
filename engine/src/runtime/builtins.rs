//! The `__builtin__` module: every builtin function of Python 2.7, and the module's other names
//! (the builtin types, exceptions, None/True/False/Ellipsis/NotImplemented, `__debug__`).

use num_traits::ToPrimitive;

use super::call::call;
use super::exc;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::typeobj::{is_type, NbOp, UnOpSlot};
use super::types::{
    classobj, descr, dict, float, int, iter, list, list_methods, long, module, parse_args,
    str as pystr, tuple, unicode, Arity, NativeFn,
};
use crate::compile::ir::CmpOp;

fn none() -> Obj {
    rt().none
}

fn b_len(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int::new(ops::len(a[0])?)
}
fn b_repr(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    ops::repr(a[0])
}
fn b_abs(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    ops::unary_slot(a[0], UnOpSlot::Abs)
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

fn b_isinstance(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (o, cls) = (a[0], a[1]);
    if !tuple::is_tuple(cls) && !is_type(cls) && !classobj::is_class(cls) {
        if let Some(f) = ops::getattr_opt(cls, rt().names.__instancecheck__)? {
            return Ok(ops::bool_obj(ops::truthy(call(f, &[o], None)?)?));
        }
    }
    if is_type(cls) && cls.class() != rt().types.type_ {
        if let Some(f) = super::typeobj::lookup(cls.class(), rt().names.__instancecheck__)? {
            if !descr::is_slot_wrapper_of(f, rt().types.type_, "")
                && f.class() != rt().types.method_descriptor
            {
                let m = ops::bind(f, cls, cls.class())?;
                return Ok(ops::bool_obj(ops::truthy(call(m, &[o], None)?)?));
            }
        }
    }
    Ok(ops::bool_obj(classobj::isinstance_any(o, cls)?))
}

fn check_class(o: Obj, msg: &str) -> PyResult<()> {
    if is_type(o) || classobj::is_class(o) {
        return Ok(());
    }
    if tuple::is_tuple(o) {
        for &x in tuple::items(o) {
            check_class(x, msg)?;
        }
        return Ok(());
    }
    if ops::getattr_opt(o, rt().names.__bases__)?.is_some() {
        return Ok(());
    }
    Err(exc::type_error(msg))
}

fn b_issubclass(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (c, cls) = (a[0], a[1]);
    check_class(c, "issubclass() arg 1 must be a class")?;
    check_class(
        cls,
        "issubclass() arg 2 must be a class or tuple of classes",
    )?;
    if tuple::is_tuple(cls) {
        for &x in tuple::items(cls) {
            if classobj::issubclass_any(c, x) {
                return Ok(rt().true_);
            }
        }
        return Ok(rt().false_);
    }
    Ok(ops::bool_obj(classobj::issubclass_any(c, cls)))
}

fn attr_name(n: Obj) -> PyResult<Obj> {
    if pystr::is_str(n) {
        return pystr::intern_obj(n);
    }
    if unicode::is_unicode(n) {
        return unicode::encode_default(n);
    }
    Err(exc::type_error("attribute name must be string"))
}

fn b_getattr(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = attr_name(a[1]).map_err(|e| {
        let _ = e;
        exc::clear_pending();
        exc::type_error("getattr(): attribute name must be string")
    })?;
    match a.get(2) {
        None => ops::getattr(a[0], n),
        Some(&d) => Ok(ops::getattr_opt(a[0], n)?.unwrap_or(d)),
    }
}
fn b_setattr(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = attr_name(a[1])?;
    ops::setattr(a[0], n, a[2])?;
    Ok(none())
}
fn b_delattr(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = attr_name(a[1])?;
    ops::delattr(a[0], n)?;
    Ok(none())
}
fn b_hasattr(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = attr_name(a[1]).map_err(|e| {
        let _ = e;
        exc::clear_pending();
        exc::type_error("hasattr(): attribute name must be string")
    })?;
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
    let seq = match a.len() {
        0 => {
            return Err(exc::type_error(&format!(
                "{name} expected 1 arguments, got 0"
            )))
        }
        1 => a[0],
        _ => tuple::new(a)?,
    };
    let it = ops::iter(seq)?;
    let mut best: Option<(Obj, Obj)> = None;
    while let Some(v) = ops::next(it)? {
        let kv = match key {
            Some(f) => call(f, &[v], None)?,
            None => v,
        };
        best = match best {
            None => Some((v, kv)),
            Some((bv, bk)) => {
                if ops::truthy(ops::compare(kv, bk, op)?)? {
                    Some((v, kv))
                } else {
                    Some((bv, bk))
                }
            }
        };
    }
    match best {
        Some((v, _)) => Ok(v),
        None => Err(exc::value_error(&format!(
            "{name}() arg is an empty sequence"
        ))),
    }
}
fn b_min(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    min_max(a, k, "min", CmpOp::Lt)
}
fn b_max(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    min_max(a, k, "max", CmpOp::Gt)
}

fn b_sum(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mut acc = match a.get(1) {
        Some(&s) => {
            if pystr::is_str(s) {
                return Err(exc::type_error(
                    "sum() can't sum strings [use ''.join(seq) instead]",
                ));
            }
            s
        }
        None => int::new(0)?,
    };
    let it = ops::iter(a[0])?;
    while let Some(v) = ops::next(it)? {
        acc = ops::binary_op(acc, v, NbOp::Add)?;
    }
    Ok(acc)
}

fn b_sorted(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let p = parse_args("sorted", a, k, &["iterable", "cmp", "key", "reverse"], 1)?;
    let l = ops::iterate_to_list(p[0].unwrap())?;
    let n = none();
    let rev = match p[3] {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    list_methods::sort_list(l, p[1].filter(|x| *x != n), p[2].filter(|x| *x != n), rev)?;
    Ok(l)
}

fn b_range(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
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
    let Some(n) = count.to_usize().filter(|n| *n < (1 << 40)) else {
        return Err(exc::overflow_error("range() result has too many items"));
    };
    let l = list::new(&[])?;
    list::vec(l).reserve(n)?;
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
            let mut v = lo;
            for _ in 0..n {
                list::append(l, long::int_or_long(v.clone())?)?;
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

fn b_divmod(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    ops::binary_op(a[0], a[1], NbOp::Divmod)
}
fn b_pow(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match a.get(2) {
        Some(&m) => ops::pow3(a[0], a[1], m),
        None => ops::binary_op(a[0], a[1], NbOp::Pow),
    }
}
fn b_cmp(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    int::new(ops::cmp(a[0], a[1])? as i64)
}

fn b_round(a: &[Obj], k: Option<Obj>) -> PyResult<Obj> {
    let p = parse_args("round", a, k, &["number", "ndigits"], 1)?;
    let x = super::types::number_new::float_from(p[0].unwrap()).map_err(|e| {
        let _ = e;
        exc::clear_pending();
        exc::type_error("a float is required")
    })?;
    let nd = match p[1] {
        Some(n) => ops::index_value(n)?,
        None => 0,
    };
    float::new(round_half_away(x, nd))
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

fn b_iter(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
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
fn b_next(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
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

fn b_zip(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
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
    loop {
        let row = list::new(&[])?;
        for &it in list::items(its) {
            match ops::next(it)? {
                Some(v) => list::append(row, v)?,
                None => return Ok(out),
            }
        }
        list::append(out, tuple::new(list::items(row))?)?;
    }
}

fn b_map(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if a.len() < 2 {
        return Err(exc::type_error("map() requires at least two args"));
    }
    let f = a[0];
    let out = list::new(&[])?;
    if a.len() == 2 {
        let it = ops::iter(a[1])?;
        while let Some(v) = ops::next(it)? {
            let r = if f == none() { v } else { call(f, &[v], None)? };
            list::append(out, r)?;
        }
        return Ok(out);
    }
    let its = list::new(&[])?;
    for &x in &a[1..] {
        list::append(its, ops::iter(x)?)?;
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
        list::append(out, r)?;
    }
}

fn b_filter(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
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
    let out = list::new(&[])?;
    let it = ops::iter(seq)?;
    while let Some(v) = ops::next(it)? {
        if keep(v)? {
            list::append(out, v)?;
        }
    }
    if tuple::is_tuple(seq) {
        return tuple::new(list::items(out));
    }
    Ok(out)
}

fn b_reduce(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let f = a[0];
    let it = ops::iter(a[1])?;
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

fn b_apply(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let args = match a.get(1) {
        Some(&t) => ops::iterate_to_tuple(t)?,
        None => rt().empty_tuple,
    };
    let kw = a.get(2).copied().filter(|k| *k != none());
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
fn b_vars(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match a.first() {
        None => b_locals(a, None),
        Some(&o) => ops::getattr_opt(o, rt().names.__dict__)?
            .ok_or_else(|| exc::type_error("vars() argument must have __dict__ attribute")),
    }
}

fn b_dir(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
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
        Some(&s) => s,
        None => pystr::new(b"")?,
    };
    format_value(a[0], spec)
}

fn b_coerce(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let (x, y) = (a[0], a[1]);
    use super::types::number::{as_real, Real};
    let r = rt();
    if x.class() == y.class() {
        return tuple::new(&[x, y]);
    }
    match (as_real(x), as_real(y)) {
        (Some(Real::Float(_)), Some(yr)) => {
            let yf = float::new(super::types::number::real_to_f64(&yr)?)?;
            tuple::new(&[x, yf])
        }
        (Some(xr), Some(Real::Float(_))) => {
            let xf = float::new(super::types::number::real_to_f64(&xr)?)?;
            tuple::new(&[xf, y])
        }
        (Some(Real::Long(_)), Some(Real::Int(v))) => tuple::new(&[x, long::new(v.into())?]),
        (Some(Real::Int(v)), Some(Real::Long(_))) => tuple::new(&[long::new(v.into())?, y]),
        _ => {
            if classobj::is_instance(x) {
                if let Some(f) = ops::getattr_opt(x, r.names.__coerce__)? {
                    let res = call(f, &[y], None)?;
                    if res != r.none && res != r.not_implemented {
                        return Ok(res);
                    }
                }
            }
            Err(exc::type_error("number coercion failed"))
        }
    }
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

fn b_eval(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
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

fn b_raw_input(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
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

fn b_input(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
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
    ("isinstance", b_isinstance, Arity::Range(2, 2)),
    ("issubclass", b_issubclass, Arity::Range(2, 2)),
    ("getattr", b_getattr, Arity::Range(2, 3)),
    ("setattr", b_setattr, Arity::Range(3, 3)),
    ("delattr", b_delattr, Arity::Range(2, 2)),
    ("hasattr", b_hasattr, Arity::Range(2, 2)),
    ("min", b_min, Arity::Any),
    ("max", b_max, Arity::Any),
    ("sum", b_sum, Arity::Range(1, 2)),
    ("sorted", b_sorted, Arity::Any),
    ("range", b_range, Arity::Range(1, 3)),
    ("chr", b_chr, Arity::One),
    ("unichr", b_unichr, Arity::One),
    ("ord", b_ord, Arity::One),
    ("hex", b_hex, Arity::One),
    ("oct", b_oct, Arity::One),
    ("bin", b_bin, Arity::One),
    ("divmod", b_divmod, Arity::Range(2, 2)),
    ("pow", b_pow, Arity::Range(2, 3)),
    ("cmp", b_cmp, Arity::Range(2, 2)),
    ("round", b_round, Arity::Any),
    ("iter", b_iter, Arity::Range(1, 2)),
    ("next", b_next, Arity::Range(1, 2)),
    ("zip", b_zip, Arity::Any),
    ("map", b_map, Arity::Any),
    ("filter", b_filter, Arity::Range(2, 2)),
    ("reduce", b_reduce, Arity::Range(2, 3)),
    ("any", b_any, Arity::One),
    ("all", b_all, Arity::One),
    ("apply", b_apply, Arity::Range(1, 3)),
    ("globals", b_globals, Arity::None),
    ("locals", b_locals, Arity::None),
    ("vars", b_vars, Arity::Range(0, 1)),
    ("dir", b_dir, Arity::Range(0, 1)),
    ("intern", b_intern, Arity::One),
    ("format", b_format, Arity::Range(1, 2)),
    ("coerce", b_coerce, Arity::Range(2, 2)),
    ("__import__", b_import, Arity::Any),
    ("reload", b_reload, Arity::One),
    ("eval", b_eval, Arity::Range(1, 3)),
    ("execfile", b_execfile, Arity::Range(1, 3)),
    ("compile", b_compile, Arity::Any),
    ("raw_input", b_raw_input, Arity::Range(0, 1)),
    ("input", b_input, Arity::Range(0, 1)),
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
