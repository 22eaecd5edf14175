//! The abstract object protocol: what `a + b`, `a < b`, `o.x`, `o[k]`, `iter(o)`, `repr(o)`... do
//! for any objects, by calling the operands' type slots in CPython 2.7's order (binary operators
//! try the right operand first when its type is a subclass of the left's; comparisons fall back
//! from rich comparison to `__cmp__` to the default ordering).
//!
//! In: objects. Out: results or a pending exception. The interpreter calls these for every
//! operation it has no inline fast path for; builtins (`len`, `cmp`, `hash`, ...) call them too.

use super::call::call;
use super::exc;
use super::object::{Obj, PyResult};
use super::rt::{rt, Types};
use super::typeobj::{is_subtype, slots_of, tobj, NbOp, UnOpSlot};
use super::types::number::{self, ordering_holds};
use super::types::{int, long, str as pystr, tuple, unicode};
use crate::compile::ir::CmpOp;
use std::cmp::Ordering;

#[inline]
pub fn ni() -> Obj {
    rt().not_implemented
}

#[inline]
pub fn bool_obj(b: bool) -> Obj {
    let r = rt();
    if b {
        r.true_
    } else {
        r.false_
    }
}

pub fn type_name_of(o: Obj) -> String {
    super::typeobj::class_name_of(o)
}

// --- text -------------------------------------------------------------------------------------

/// `repr(o)`: a str.
pub fn repr(o: Obj) -> PyResult<Obj> {
    exc::enter_recursive(" while getting the repr of an object")?;
    let res = match slots_of(o).repr {
        Some(f) => f(o),
        None => super::types::object::default_repr(o),
    };
    exc::leave_call();
    let v = res?;
    if pystr::is_str(v) {
        Ok(v)
    } else if unicode::is_unicode(v) {
        unicode::encode_default(v)
    } else {
        Err(exc::type_error(&format!(
            "__repr__ returned non-string (type {})",
            type_name_of(v)
        )))
    }
}

/// `str(o)`: a str (unicode results are encoded with the default encoding, ASCII).
pub fn str(o: Obj) -> PyResult<Obj> {
    if o.class() == rt().types.str {
        return Ok(o);
    }
    let v = str_or_unicode(o)?;
    if unicode::is_unicode(v) {
        unicode::encode_default(v)
    } else {
        Ok(v)
    }
}

/// `PyObject_Str` without the final encoding: a str or a unicode.
pub fn str_or_unicode(o: Obj) -> PyResult<Obj> {
    exc::enter_recursive(" while getting the str of an object")?;
    let res = match slots_of(o).str {
        Some(f) => f(o),
        None => repr(o),
    };
    exc::leave_call();
    let v = res?;
    if pystr::is_str(v) || unicode::is_unicode(v) {
        Ok(v)
    } else {
        Err(exc::type_error(&format!(
            "__str__ returned non-string (type {})",
            type_name_of(v)
        )))
    }
}

/// `str(o)` as Rust text (lossy), for messages.
pub fn str_text(o: Obj) -> PyResult<String> {
    Ok(pystr::to_string_lossy(str(o)?))
}

pub fn repr_text(o: Obj) -> PyResult<String> {
    Ok(pystr::to_string_lossy(repr(o)?))
}

// --- hashing ----------------------------------------------------------------------------------

pub fn hash(o: Obj) -> PyResult<i64> {
    match slots_of(o).hash {
        Some(f) => f(o),
        None => Err(exc::type_error(&format!(
            "unhashable type: '{}'",
            type_name_of(o)
        ))),
    }
}

// --- attributes -------------------------------------------------------------------------------

/// Binds a class attribute to an instance (or owner): `descr.__get__(inst, owner)`.
#[inline]
pub fn bind(f: Obj, inst: Obj, owner: Obj) -> PyResult<Obj> {
    match slots_of(f).descr_get {
        Some(g) => g(f, Some(inst), owner),
        None => Ok(f),
    }
}

/// A class attribute looked up on the class itself: `descr.__get__(None, owner)`.
pub fn bind_to_class(f: Obj, owner: Obj) -> PyResult<Obj> {
    match slots_of(f).descr_get {
        Some(g) => g(f, None, owner),
        None => Ok(f),
    }
}

pub fn getattr(o: Obj, name: Obj) -> PyResult<Obj> {
    match slots_of(o).getattr {
        Some(f) => f(o, name),
        None => super::types::object::generic_getattr(o, name),
    }
}

pub fn getattr_str(o: Obj, name: &str) -> PyResult<Obj> {
    getattr(o, pystr::intern(name)?)
}

/// `getattr(o, name, None)`-like: Ok(None) when the attribute is missing (AttributeError).
pub fn getattr_opt(o: Obj, name: Obj) -> PyResult<Option<Obj>> {
    match getattr(o, name) {
        Ok(v) => Ok(Some(v)),
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

pub fn setattr(o: Obj, name: Obj, v: Obj) -> PyResult<()> {
    match slots_of(o).setattr {
        Some(f) => f(o, name, Some(v)),
        None => super::types::object::generic_setattr(o, name, Some(v)),
    }
}

pub fn delattr(o: Obj, name: Obj) -> PyResult<()> {
    match slots_of(o).setattr {
        Some(f) => f(o, name, None),
        None => super::types::object::generic_setattr(o, name, None),
    }
}

// --- truth ------------------------------------------------------------------------------------

#[inline]
pub fn truthy(o: Obj) -> PyResult<bool> {
    let r = rt();
    if o == r.true_ {
        return Ok(true);
    }
    if o == r.false_ || o == r.none {
        return Ok(false);
    }
    let c = o.class();
    if c == r.types.int {
        return Ok(int::value(o) != 0);
    }
    let s = &tobj(c).slots;
    if let Some(f) = s.nonzero {
        return f(o);
    }
    if let Some(f) = s.len {
        return Ok(f(o)? != 0);
    }
    Ok(true)
}

// --- numbers ----------------------------------------------------------------------------------

/// `a op b` for a binary operator (not in-place).
pub fn binary_op(a: Obj, b: Obj, op: NbOp) -> PyResult<Obj> {
    let v = binary_op1(a, b, op)?;
    if v != ni() {
        return Ok(v);
    }
    // Sequence fallbacks.
    match op {
        NbOp::Add => {
            if let Some(f) = slots_of(a).concat {
                return f(a, b);
            }
        }
        NbOp::Mul => {
            if let Some(f) = slots_of(a).repeat {
                return repeat_with(f, a, b);
            }
            if let Some(f) = slots_of(b).repeat {
                return repeat_with(f, b, a);
            }
        }
        _ => {}
    }
    Err(binop_type_error(a, b, op))
}

fn repeat_with(f: super::typeobj::RepeatFn, seq: Obj, n: Obj) -> PyResult<Obj> {
    if !is_index(n) {
        return Err(exc::type_error(&format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name_of(n)
        )));
    }
    // `PyNumber_AsSsize_t(n, OverflowError)`.
    let count = index_value(n).map_err(|e| {
        if exc::pending_is(rt().exc.IndexError) {
            exc::clear_pending();
            exc::overflow_error(&format!(
                "cannot fit '{}' into an index-sized integer",
                type_name_of(n)
            ))
        } else {
            e
        }
    })?;
    f(seq, count)
}

pub fn binop_type_error(a: Obj, b: Obj, op: NbOp) -> super::object::Raised {
    exc::type_error(&format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.names().3,
        type_name_of(a),
        type_name_of(b)
    ))
}

/// The number-slot part of a binary operator: NotImplemented when no slot applies.
pub fn binary_op1(a: Obj, b: Obj, op: NbOp) -> PyResult<Obj> {
    let (ta, tb) = (a.class(), b.class());
    let i = op as usize;
    let sa = tobj(ta).slots.nb[i];
    let mut sb = if tb != ta { tobj(tb).slots.nb[i] } else { None };
    if let (Some(x), Some(y)) = (sa, sb) {
        if x as usize == y as usize {
            sb = None;
        }
    }
    if let Some(fa) = sa {
        if let Some(fb) = sb {
            if is_subtype(tb, ta) {
                let v = fb(a, b)?;
                if v != ni() {
                    return Ok(v);
                }
                sb = None;
            }
        }
        let v = fa(a, b)?;
        if v != ni() {
            return Ok(v);
        }
    }
    if let Some(fb) = sb {
        let v = fb(a, b)?;
        if v != ni() {
            return Ok(v);
        }
    }
    // Old-style instances and classic coercion.
    let r = rt();
    if ta == r.types.instance || tb == r.types.instance {
        return super::types::classobj::instance_binop(a, b, op);
    }
    Ok(ni())
}

/// `a op= b`.
pub fn inplace_op(a: Obj, b: Obj, op: NbOp) -> PyResult<Obj> {
    let i = op as usize;
    if let Some(f) = slots_of(a).inplace[i] {
        let v = f(a, b)?;
        if v != ni() {
            return Ok(v);
        }
    }
    let v = binary_op1(a, b, op)?;
    if v != ni() {
        return Ok(v);
    }
    match op {
        NbOp::Add => {
            let s = slots_of(a);
            if let Some(f) = s.inplace_concat.or(s.concat) {
                return f(a, b);
            }
        }
        NbOp::Mul => {
            let s = slots_of(a);
            if let Some(f) = s.inplace_repeat.or(s.repeat) {
                return repeat_with(f, a, b);
            }
            if let Some(f) = slots_of(b).repeat {
                return repeat_with(f, b, a);
            }
        }
        _ => {}
    }
    let (_, _, _, sym) = op.names();
    let sym = if op == NbOp::Pow {
        "**=".to_string()
    } else {
        format!("{sym}=")
    };
    Err(exc::type_error(&format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        sym,
        type_name_of(a),
        type_name_of(b)
    )))
}

/// `pow(a, b, c)`.
pub fn pow3(a: Obj, b: Obj, c: Obj) -> PyResult<Obj> {
    if c == rt().none {
        return binary_op(a, b, NbOp::Pow);
    }
    for o in [a, b, c] {
        if let Some(f) = slots_of(o).pow3 {
            let v = f(a, b, c)?;
            if v != ni() {
                return Ok(v);
            }
        }
    }
    Err(exc::type_error(&format!(
        "unsupported operand type(s) for pow(): '{}', '{}', '{}'",
        type_name_of(a),
        type_name_of(b),
        type_name_of(c)
    )))
}

/// A unary number slot (`-a`, `abs(a)`, `int(a)`...); TypeError `bad operand type for unary
/// -: 'str'` when absent.
pub fn unary_slot(a: Obj, op: UnOpSlot) -> PyResult<Obj> {
    match slots_of(a).unary[op as usize] {
        Some(f) => f(a),
        None => {
            let what = match op {
                UnOpSlot::Neg => "bad operand type for unary -",
                UnOpSlot::Pos => "bad operand type for unary +",
                UnOpSlot::Invert => "bad operand type for unary ~",
                UnOpSlot::Abs => "bad operand type for abs()",
                UnOpSlot::Hex => "hex() argument can't be converted to hex",
                UnOpSlot::Oct => "oct() argument can't be converted to oct",
                UnOpSlot::Int => "int() argument must be a string or a number",
                UnOpSlot::Long => "long() argument must be a string or a number",
                UnOpSlot::Float => "float() argument must be a string or a number",
                UnOpSlot::Index => "object cannot be interpreted as an index",
            };
            if matches!(op, UnOpSlot::Hex | UnOpSlot::Oct) {
                return Err(exc::type_error(what));
            }
            if matches!(op, UnOpSlot::Index) {
                return Err(exc::type_error(&format!(
                    "'{}' object cannot be interpreted as an index",
                    type_name_of(a)
                )));
            }
            if matches!(op, UnOpSlot::Int | UnOpSlot::Long | UnOpSlot::Float) {
                return Err(exc::type_error(&format!(
                    "{}, not '{}'",
                    what,
                    type_name_of(a)
                )));
            }
            Err(exc::type_error(&format!("{}: '{}'", what, type_name_of(a))))
        }
    }
}

/// Whether `o` can be used as an index (`__index__`).
pub fn is_index(o: Obj) -> bool {
    int::is_int(o) || long::is_long(o) || slots_of(o).unary[UnOpSlot::Index as usize].is_some()
}

/// `operator.index(o)` as i64: OverflowError `cannot fit 'long' into an index-sized integer`.
pub fn index_value(o: Obj) -> PyResult<i64> {
    let v = if int::is_int(o) || long::is_long(o) {
        o
    } else {
        let v = unary_slot(o, UnOpSlot::Index)?;
        if !(int::is_int(v) || long::is_long(v)) {
            return Err(exc::type_error(&format!(
                "__index__ returned non-(int,long) (type {})",
                type_name_of(v)
            )));
        }
        v
    };
    if int::is_int(v) {
        return Ok(int::value(v));
    }
    use num_traits::ToPrimitive;
    long::value(v).to_i64().ok_or_else(|| {
        exc::raise_msg(
            rt().exc.IndexError,
            &format!(
                "cannot fit '{}' into an index-sized integer",
                type_name_of(o)
            ),
        )
    })
}

/// Like `index_value`, but a huge long clamps to i64::MIN/MAX (slice bounds, repeat counts).
pub fn index_value_clamped(o: Obj) -> PyResult<i64> {
    let v = if int::is_int(o) || long::is_long(o) {
        o
    } else {
        unary_slot(o, UnOpSlot::Index)?
    };
    if int::is_int(v) {
        return Ok(int::value(v));
    }
    if long::is_long(v) {
        use num_traits::{Signed, ToPrimitive};
        let b = long::value(v);
        return Ok(b
            .to_i64()
            .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }));
    }
    Err(exc::type_error("an integer is required"))
}

// --- comparisons ------------------------------------------------------------------------------

pub fn swapped(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}

/// `a op b` for every comparison operator.
pub fn compare(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    match op {
        CmpOp::Is => return Ok(bool_obj(a == b)),
        CmpOp::IsNot => return Ok(bool_obj(a != b)),
        CmpOp::In => return Ok(bool_obj(contains(b, a)?)),
        CmpOp::NotIn => return Ok(bool_obj(!contains(b, a)?)),
        _ => {}
    }
    if let Some(ord) = leaf_ordering(a, b) {
        if exc::below_recursion_limit() {
            return Ok(bool_obj(ordering_holds(op, ord)));
        }
    }
    let tuple_t = rt().types.tuple;
    if a.class() == tuple_t && b.class() == tuple_t {
        if let Some(ord) = native_ordering(a, b, exc::recursion_headroom()) {
            return Ok(bool_obj(ordering_holds(op, ord)));
        }
    }
    exc::enter_recursive(" in cmp")?;
    let res = rich_compare(a, b, op);
    exc::leave_call();
    res
}

/// How deeply `native_ordering` follows nested tuples (bounds its native recursion).
const NATIVE_NESTING: u32 = 16;

/// The order of two objects of exact types str, int, bool or float, as their rich comparison
/// slots would answer (no Python code runs, nothing can fail): `Some(None)` when a NaN makes
/// them unordered, `None` for other types. Callers standing for `PyObject_RichCompare` check
/// that one recursion level is free (CPython enters one around the slot).
#[inline]
pub fn leaf_ordering(a: Obj, b: Obj) -> Option<Option<Ordering>> {
    leaf_ordering_in(&rt().types, a, b)
}

#[inline(always)]
fn leaf_ordering_in(t: &Types, a: Obj, b: Obj) -> Option<Option<Ordering>> {
    let (ca, cb) = (a.class(), b.class());
    if ca == cb {
        if ca == t.str {
            return Some(Some(pystr::bytes(a).cmp(pystr::bytes(b))));
        }
        if ca == t.int {
            return Some(Some(int::value(a).cmp(&int::value(b))));
        }
    }
    number::exact_real_cmp(t, a, b)
}

/// [`leaf_ordering`] extended to exact tuples of such objects, compared as `tuple`'s rich
/// comparison does (items that are identical or `==` are skipped; the first other pair
/// decides, else the lengths): `None` when some compared pair is not native, or when the
/// comparison would take more than `room` recursion levels (CPython takes one per tuple and
/// one per item comparison, so a tuple of leaves needs 2) — the caller then runs the generic
/// path, which raises where CPython does. Pure: calling it and discarding the answer is
/// unobservable.
pub fn native_ordering(a: Obj, b: Obj, room: u32) -> Option<Option<Ordering>> {
    native_ordering_in(&rt().types, a, b, room)
}

fn native_ordering_in(t: &Types, a: Obj, b: Obj, room: u32) -> Option<Option<Ordering>> {
    if room == 0 {
        return None;
    }
    if let Some(ord) = leaf_ordering_in(t, a, b) {
        return Some(ord);
    }
    if a.class() != t.tuple || b.class() != t.tuple {
        return None;
    }
    let room = room.min(NATIVE_NESTING) - 1;
    let (x, y) = (tuple::items(a), tuple::items(b));
    for (&p, &q) in x.iter().zip(y) {
        if p == q {
            continue;
        }
        match native_ordering_in(t, p, q, room)? {
            Some(Ordering::Equal) => {}
            other => return Some(other),
        }
    }
    Some(Some(x.len().cmp(&y.len())))
}

/// `a == b` (identity first) when [`native_ordering`] can answer it, for probes that must
/// not run Python code.
#[inline]
pub fn native_eq(a: Obj, b: Obj) -> Option<bool> {
    if a == b {
        return Some(true);
    }
    let t = &rt().types;
    if let Some(ord) = leaf_ordering_in(t, a, b) {
        return Some(ord == Some(Ordering::Equal));
    }
    if a.class() != t.tuple || b.class() != t.tuple {
        return None;
    }
    let ord = native_ordering_in(t, a, b, exc::recursion_headroom())?;
    Some(ord == Some(Ordering::Equal))
}

fn rich_compare(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let (ta, tb) = (a.class(), b.class());
    let r = rt();
    // Old-style instances: their own rules.
    if ta == r.types.instance || tb == r.types.instance {
        return super::types::classobj::instance_richcompare(a, b, op);
    }
    let sa = tobj(ta).slots.richcmp;
    let sb = tobj(tb).slots.richcmp;
    let mut tried_b = false;
    if ta != tb && is_subtype(tb, ta) {
        if let Some(f) = sb {
            let v = f(b, a, swapped(op))?;
            if v != ni() {
                return Ok(v);
            }
            tried_b = true;
        }
    }
    if let Some(f) = sa {
        let v = f(a, b, op)?;
        if v != ni() {
            return Ok(v);
        }
    }
    if !tried_b {
        if let Some(f) = sb {
            let v = f(b, a, swapped(op))?;
            if v != ni() {
                return Ok(v);
            }
        }
    }
    let c = three_way(a, b)?;
    Ok(bool_obj(match op {
        CmpOp::Lt => c < 0,
        CmpOp::Le => c <= 0,
        CmpOp::Eq => c == 0,
        CmpOp::Ne => c != 0,
        CmpOp::Gt => c > 0,
        CmpOp::Ge => c >= 0,
        _ => unreachable!("handled above"),
    }))
}

/// The three-way comparison behind `cmp()` and comparisons without rich methods: `__cmp__`
/// slots, then the default order (None first, numbers before other types, then by type name,
/// then by address).
pub fn three_way(a: Obj, b: Obj) -> PyResult<i32> {
    let (ta, tb) = (a.class(), b.class());
    let r = rt();
    if ta == r.types.instance || tb == r.types.instance {
        if let Some(c) = super::types::classobj::instance_three_way(a, b)? {
            return Ok(c);
        }
    } else {
        for (x, y, sign) in [(a, b, 1), (b, a, -1)] {
            if let Some(f) = slots_of(x).compare {
                let v = f(x, y)?;
                if v != ni() {
                    let c = cmp_result(v)?;
                    return Ok(c * sign);
                }
            }
        }
    }
    Ok(default_three_way(a, b))
}

fn cmp_result(v: Obj) -> PyResult<i32> {
    if int::is_int(v) {
        let x = int::value(v);
        return Ok(x.signum() as i32);
    }
    if long::is_long(v) {
        use num_traits::Signed;
        let b = long::value(v);
        return Ok(if b.is_negative() {
            -1
        } else if b.is_positive() {
            1
        } else {
            0
        });
    }
    Err(exc::type_error("an integer is required"))
}

fn default_three_way(a: Obj, b: Obj) -> i32 {
    let r = rt();
    if a == b {
        return 0;
    }
    let (ta, tb) = (a.class(), b.class());
    let by_addr = |x: usize, y: usize| if x < y { -1 } else { 1 };
    if ta == tb {
        return by_addr(a.addr(), b.addr());
    }
    if a == r.none {
        return -1;
    }
    if b == r.none {
        return 1;
    }
    match (is_number(a), is_number(b)) {
        (true, false) => return -1,
        (false, true) => return 1,
        _ => {}
    }
    match class_name_for_order(a).cmp(&class_name_for_order(b)) {
        Ordering::Less => -1,
        Ordering::Greater => 1,
        Ordering::Equal => by_addr(ta.addr(), tb.addr()),
    }
}

/// The name CPython's default comparison uses: `tp_name` (for old-style instances, "instance").
fn class_name_for_order(o: Obj) -> String {
    let r = rt();
    if o.class() == r.types.instance {
        return "instance".into();
    }
    super::typeobj::type_name(o.class())
}

/// `PyNumber_Check`: has `__int__` or `__float__` (int, long, float, complex, bool...).
pub fn is_number(o: Obj) -> bool {
    let s = slots_of(o);
    s.unary[UnOpSlot::Int as usize].is_some() || s.unary[UnOpSlot::Float as usize].is_some()
}

/// `a == b` as a Rust bool.
pub fn eq_bool(a: Obj, b: Obj) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    let v = compare(a, b, CmpOp::Eq)?;
    truthy(v)
}

/// `cmp(a, b)`.
pub fn cmp(a: Obj, b: Obj) -> PyResult<i32> {
    if a == b {
        return Ok(0);
    }
    if let Some(Some(ord)) = leaf_ordering(a, b) {
        if exc::below_recursion_limit() {
            return Ok(ord as i32);
        }
    }
    exc::enter_recursive(" in cmp")?;
    let res = (|| {
        let r = rt();
        let (ta, tb) = (a.class(), b.class());
        if ta != r.types.instance && tb != r.types.instance {
            // Rich comparison results decide when the type has no __cmp__ (try_rich_to_3way).
            if slots_of(a).compare.is_none() && slots_of(b).compare.is_none() {
                for (op, res) in [(CmpOp::Eq, 0), (CmpOp::Lt, -1), (CmpOp::Gt, 1)] {
                    let sa = slots_of(a).richcmp;
                    let sb = slots_of(b).richcmp;
                    let mut v = ni();
                    if let Some(f) = sa {
                        v = f(a, b, op)?;
                    }
                    if v == ni() {
                        if let Some(f) = sb {
                            v = f(b, a, swapped(op))?;
                        }
                    }
                    if v != ni() && truthy(v)? {
                        return Ok(res);
                    }
                }
            }
        }
        three_way(a, b)
    })();
    exc::leave_call();
    res
}

// --- containers -------------------------------------------------------------------------------

pub fn len(o: Obj) -> PyResult<i64> {
    match slots_of(o).len {
        Some(f) => f(o),
        None => Err(exc::type_error(&format!(
            "object of type '{}' has no len()",
            type_name_of(o)
        ))),
    }
}

pub fn getitem(o: Obj, k: Obj) -> PyResult<Obj> {
    match slots_of(o).getitem {
        Some(f) => f(o, k),
        None => Err(exc::type_error(&format!(
            "'{}' object has no attribute '__getitem__'",
            type_name_of(o)
        ))),
    }
}

pub fn setitem(o: Obj, k: Obj, v: Obj) -> PyResult<()> {
    match slots_of(o).setitem {
        Some(f) => f(o, k, Some(v)),
        None => Err(exc::type_error(&format!(
            "'{}' object does not support item assignment",
            type_name_of(o)
        ))),
    }
}

pub fn delitem(o: Obj, k: Obj) -> PyResult<()> {
    match slots_of(o).setitem {
        Some(f) => f(o, k, None),
        None => Err(exc::type_error(&format!(
            "'{}' object doesn't support item deletion",
            type_name_of(o)
        ))),
    }
}

/// `k in o`.
pub fn contains(o: Obj, k: Obj) -> PyResult<bool> {
    match slots_of(o).contains {
        Some(f) => f(o, k),
        None => contains_by_iteration(o, k),
    }
}

pub fn contains_by_iteration(o: Obj, k: Obj) -> PyResult<bool> {
    let it = iter(o).map_err(|e| {
        if exc::pending_is(rt().exc.TypeError) {
            exc::clear_pending();
            exc::type_error(&format!(
                "argument of type '{}' is not iterable",
                type_name_of(o)
            ))
        } else {
            e
        }
    })?;
    while let Some(v) = next(it)? {
        if eq_bool(v, k)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Simple slice `o[lo:hi]` (SLICE+n): `__getslice__` when the type has it (missing bounds 0 and
/// sys.maxint, negative bounds adjusted by len), else `o[slice(lo, hi)]`.
pub fn getslice(o: Obj, lo: Option<Obj>, hi: Option<Obj>) -> PyResult<Obj> {
    if let Some(f) = slots_of(o).getslice {
        if lo.is_none_or(is_index) && hi.is_none_or(is_index) {
            let (a, b) = slice_bounds(o, lo, hi)?;
            return f(o, a, b);
        }
    }
    let s = super::types::slice::new(lo, hi, None)?;
    getitem(o, s)
}

pub fn setslice(o: Obj, lo: Option<Obj>, hi: Option<Obj>, v: Option<Obj>) -> PyResult<()> {
    if let Some(f) = slots_of(o).setslice {
        if lo.is_none_or(is_index) && hi.is_none_or(is_index) {
            let (a, b) = slice_bounds(o, lo, hi)?;
            return f(o, a, b, v);
        }
    }
    let s = super::types::slice::new(lo, hi, None)?;
    match v {
        Some(v) => setitem(o, s, v),
        None => delitem(o, s),
    }
}

/// `_PyEval_SliceIndex` + `apply_slice`'s adjustment: missing = 0 / maxint; negative bounds
/// get `len(o)` added when the type has a length.
pub fn slice_bounds(o: Obj, lo: Option<Obj>, hi: Option<Obj>) -> PyResult<(i64, i64)> {
    let mut a = match lo {
        Some(x) => index_value_clamped(x)?,
        None => 0,
    };
    let mut b = match hi {
        Some(x) => index_value_clamped(x)?,
        None => i64::MAX,
    };
    if a < 0 || b < 0 {
        if let Some(f) = slots_of(o).len {
            let n = f(o)?;
            if a < 0 {
                a += n;
            }
            if b < 0 {
                b += n;
            }
        }
    }
    Ok((a, b))
}

// --- iteration --------------------------------------------------------------------------------

/// `iter(o)`.
pub fn iter(o: Obj) -> PyResult<Obj> {
    let s = slots_of(o);
    if let Some(f) = s.iter {
        let it = f(o)?;
        if slots_of(it).next.is_none() {
            return Err(exc::type_error(&format!(
                "iter() returned non-iterator of type '{}'",
                type_name_of(it)
            )));
        }
        return Ok(it);
    }
    if s.getitem.is_some() {
        return super::types::iter::new_seq_iter(o);
    }
    Err(exc::type_error(&format!(
        "'{}' object is not iterable",
        type_name_of(o)
    )))
}

/// `next(it)`: Ok(None) when exhausted.
#[inline]
pub fn next(it: Obj) -> PyResult<Option<Obj>> {
    match slots_of(it).next {
        Some(f) => f(it),
        None => Err(exc::type_error(&format!(
            "{} object is not an iterator",
            type_name_of(it)
        ))),
    }
}

/// All items of an iterable, in a Vec. GC rule: the Vec is the only holder of items an
/// iterator created, so callers may use it only when the iterable itself holds its items (a
/// list, tuple or dict they keep alive); otherwise use `iterate_to_list`.
pub fn iterate_to_vec(o: Obj) -> PyResult<Vec<Obj>> {
    let l = iterate_to_list(o)?;
    Ok(super::types::list::items(l).to_vec())
}

/// All items of an iterable as a new list.
pub fn iterate_to_list(o: Obj) -> PyResult<Obj> {
    let r = rt();
    if o.class() == r.types.list {
        return super::types::list::new(super::types::list::items(o));
    }
    if o.class() == r.types.tuple {
        return super::types::list::new(tuple::items(o));
    }
    let l = super::types::list::new(&[])?;
    let it = iter(o)?;
    while let Some(v) = next(it)? {
        super::types::list::append(l, v)?;
    }
    Ok(l)
}

/// A tuple of an iterable's items (the tuple itself when it is exactly a tuple).
pub fn iterate_to_tuple(o: Obj) -> PyResult<Obj> {
    if o.class() == rt().types.tuple {
        return Ok(o);
    }
    let l = iterate_to_list(o)?;
    tuple::new(super::types::list::items(l))
}

/// Calls `o.name(*args)`.
pub fn call_method(o: Obj, name: &str, args: &[Obj]) -> PyResult<Obj> {
    let m = getattr_str(o, name)?;
    call(m, args, None)
}

thread_local! {
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// `Py_ReprEnter`: false if `o` is already being printed (the caller prints `[...]`).
pub fn repr_enter(o: Obj) -> bool {
    REPR_ACTIVE.with(|r| {
        let mut r = r.borrow_mut();
        if r.contains(&o.addr()) {
            false
        } else {
            r.push(o.addr());
            true
        }
    })
}

pub fn repr_leave(o: Obj) {
    REPR_ACTIVE.with(|r| {
        let mut r = r.borrow_mut();
        if let Some(i) = r.iter().rposition(|a| *a == o.addr()) {
            r.remove(i);
        }
    })
}

/// Joins the reprs of `items` between `open` and `close` with `, ` (lists, tuples, sets).
pub fn repr_items(items: &[Obj], open: &str, close: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::with_capacity(items.len() * 4 + 2);
    out.extend_from_slice(open.as_bytes());
    for (i, &it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(b", ");
        }
        let s = repr(it)?;
        out.extend_from_slice(pystr::bytes(s));
    }
    out.extend_from_slice(close.as_bytes());
    Ok(out)
}
