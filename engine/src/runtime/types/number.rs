//! The number slots of `int`, `bool`, `long`, `float` and `complex`: thin adapters from objects
//! to `crate::numeric` (CPython 2.7's arithmetic, verified against CPython) and back.
//!
//! In: operand objects. Out: result objects, or the exception `numeric` names (converted by
//! [`num_err`]). Each type's binary slot accepts the operand combinations that type handles
//! and returns NotImplemented otherwise, so `ops::binary_op` finds the right one: int handles
//! int×int, long handles integer×integer (the result is always a long), float handles
//! real×real (integers converted with `numeric::int_to_f64`, which can overflow), complex
//! handles number×number. A long operand is read in place ([`IntView`]), never copied.
//! Comparisons between integers and floats are exact. The deprecated
//! complex `// % divmod` do not warn: 2.7 ignores `DeprecationWarning` by default.

use std::cmp::Ordering;

use num_bigint::BigInt;

use super::super::exc;
use super::super::object::{Obj, PyResult, Raised};
use super::super::ops::{bool_obj, ni};
use super::super::rt::{rt, Types};
use super::super::typeobj::{NbOp, Slots, UnOpSlot, UnaryFn, NB_COUNT, UN_COUNT};
use super::{complex, float, int, long, str as pystr, tuple};
use crate::compile::ir::CmpOp;
use crate::numeric::{self, Int, IntOrFloat, NumError};

pub mod methods;

/// A real number operand.
#[derive(Clone, Debug)]
pub enum Real {
    Int(i64),
    Long(BigInt),
    Float(f64),
}

/// The operand as a real number, if it is an int, bool, long or float (or subclass).
pub fn as_real(o: Obj) -> Option<Real> {
    let r = rt();
    let c = o.class();
    if c == r.types.int || c == r.types.bool {
        return Some(Real::Int(int::value(o)));
    }
    if c == r.types.float {
        return Some(Real::Float(float::value(o)));
    }
    if c == r.types.long {
        return Some(Real::Long(long::value(o).clone()));
    }
    if int::is_int(o) {
        Some(Real::Int(int::value(o)))
    } else if long::is_long(o) {
        Some(Real::Long(long::value(o).clone()))
    } else if float::is_float(o) {
        Some(Real::Float(float::value(o)))
    } else {
        None
    }
}

/// The operand as an integer if it is an int, bool or long (or subclass).
pub fn as_int(o: Obj) -> Option<Int> {
    if int::is_int(o) {
        Some(Int::Small(int::value(o)))
    } else if long::is_long(o) {
        Some(Int::Big(long::value(o).clone()))
    } else {
        None
    }
}

/// The operand's value if it is an int or bool (not a long).
fn small_int(o: Obj) -> Option<i64> {
    if int::is_int(o) {
        Some(int::value(o))
    } else {
        None
    }
}

/// The object for an integer result: an `int` or a `long` as the variant says.
pub fn int_obj(v: Int) -> PyResult<Obj> {
    match v {
        Int::Small(x) => int::new(x),
        Int::Big(b) => long::new(b),
    }
}

fn int_or_float_obj(v: IntOrFloat) -> PyResult<Obj> {
    match v {
        IntOrFloat::Int(i) => int_obj(i),
        IntOrFloat::Float(f) => float::new(f),
    }
}

/// Raises the exception a `numeric` operation reported. Messages are byte strings (one
/// `char` per byte). A `UnicodeEncode` error needs its argument: see [`num_err_for`].
pub fn num_err(e: NumError) -> Raised {
    let r = rt();
    let ty = match &e {
        NumError::ZeroDivision(_) => r.exc.ZeroDivisionError,
        NumError::Overflow(_) => r.exc.OverflowError,
        NumError::Value(_) | NumError::UnicodeEncode { .. } => r.exc.ValueError,
        NumError::Type(_) => r.exc.TypeError,
        NumError::Memory => return exc::memory_error(),
        NumError::Erange => {
            let args = (|| -> PyResult<[Obj; 2]> {
                Ok([
                    int::new(34)?,
                    pystr::from_str("Numerical result out of range")?,
                ])
            })();
            return match args {
                Ok(a) => exc::raise_args(r.exc.OverflowError, &a),
                Err(raised) => raised,
            };
        }
    };
    let bytes: Vec<u8> = e.message().chars().map(|c| c as u32 as u8).collect();
    match pystr::new(&bytes) {
        Ok(msg) => exc::raise_args(ty, &[msg]),
        Err(raised) => raised,
    }
}

/// [`num_err`], with `arg` as the object of a `UnicodeEncodeError`.
pub fn num_err_for(e: NumError, arg: Obj) -> Raised {
    match e {
        NumError::UnicodeEncode { start, end, .. } => super::unicode::encode_error(
            "decimal",
            arg,
            start,
            end,
            "invalid decimal Unicode string",
        ),
        other => num_err(other),
    }
}

fn f64_of_int(v: &Int) -> PyResult<f64> {
    numeric::int_to_f64(v).map_err(num_err)
}

/// Long to float with CPython's overflow error (correctly rounded).
pub fn long_to_f64(v: &BigInt) -> PyResult<f64> {
    numeric::long_to_f64(v).map_err(num_err)
}

pub fn real_to_f64(x: &Real) -> PyResult<f64> {
    match x {
        Real::Int(v) => Ok(*v as f64),
        Real::Long(v) => long_to_f64(v),
        Real::Float(f) => Ok(*f),
    }
}

/// `int(x)` of a float: truncation; a long when out of range.
pub fn float_to_int(f: f64) -> PyResult<Obj> {
    int_obj(numeric::float_to_int(f).map_err(num_err)?)
}

/// `PyFloat_AsDouble`: a float, an integer converted, or `__float__`; else `TypeError('a
/// float is required')`.
pub fn as_double(o: Obj) -> PyResult<f64> {
    if float::is_float(o) {
        return Ok(float::value(o));
    }
    let r = rt();
    let c = o.class();
    if c == r.types.int || c == r.types.bool || c == r.types.long {
        return match IntView::of(o) {
            Some(i) => f64_of_int(&i),
            None => Ok(0.0),
        };
    }
    if super::super::typeobj::slots_of(o).unary[UnOpSlot::Float as usize].is_none() {
        return Err(exc::type_error("a float is required"));
    }
    let v = super::super::ops::unary_slot(o, UnOpSlot::Float)?;
    if !float::is_float(v) {
        return Err(exc::type_error("nb_float should return float object"));
    }
    Ok(float::value(v))
}

// --- binary slots -----------------------------------------------------------------------------

/// `x op y` for integers; the typing of the result comes from the operands' variants.
fn int_arith(op: NbOp, x: &Int, y: &Int) -> PyResult<Obj> {
    let e = num_err;
    match op {
        NbOp::Add => int_obj(numeric::int_add(x, y)),
        NbOp::Sub => int_obj(numeric::int_sub(x, y)),
        NbOp::Mul => int_obj(numeric::int_mul(x, y)),
        NbOp::Div => int_obj(numeric::int_classic_div(x, y).map_err(e)?),
        NbOp::FloorDiv => int_obj(numeric::int_floor_div(x, y).map_err(e)?),
        NbOp::Mod => int_obj(numeric::int_mod(x, y).map_err(e)?),
        NbOp::Divmod => {
            let (q, r) = numeric::int_divmod(x, y).map_err(e)?;
            let q = int_obj(q)?;
            let r = int_obj(r)?;
            tuple::new(&[q, r])
        }
        NbOp::TrueDiv => float::new(numeric::int_true_div(x, y).map_err(e)?),
        NbOp::Pow => int_or_float_obj(numeric::int_pow(x, y).map_err(e)?),
        NbOp::LShift => int_obj(numeric::int_lshift(x, y).map_err(e)?),
        NbOp::RShift => int_obj(numeric::int_rshift(x, y).map_err(e)?),
        NbOp::And => int_obj(numeric::int_and(x, y)),
        NbOp::Or => int_obj(numeric::int_or(x, y)),
        NbOp::Xor => int_obj(numeric::int_xor(x, y)),
    }
}

fn int_binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    match (small_int(a), small_int(b)) {
        (Some(x), Some(y)) => int_arith(op, &Int::Small(x), &Int::Small(y)),
        _ => Ok(ni()),
    }
}

fn long_binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    match (IntView::long_of(a), IntView::long_of(b)) {
        (Some(x), Some(y)) => int_arith(op, &x, &y),
        _ => Ok(ni()),
    }
}

/// An int or long operand read as an [`Int`] without copying a long's digits. A long's `View`
/// is a bitwise copy of its `BigInt` that is never dropped (the long object, which the caller
/// holds, keeps owning the digits) and is only read. An int is `Owned`: `Small`, or with
/// [`IntView::long_of`] a one-digit `Big`, so that `long` arithmetic types the result as a long.
pub enum IntView {
    View(std::mem::ManuallyDrop<Int>),
    Owned(Int),
}

impl IntView {
    /// A long's value in place (the caller keeps `o` alive while the view is used).
    fn of_long(o: Obj) -> IntView {
        // SAFETY: a shallow copy of the long's value, read-only while `o` is alive (the caller's
        // argument) and never dropped, so the digits are freed once, by the long.
        let v = unsafe { std::ptr::read(long::value(o)) };
        IntView::View(std::mem::ManuallyDrop::new(Int::Big(v)))
    }

    /// The value of an int, bool or long (or subclass): `Small` for an int.
    pub fn of(o: Obj) -> Option<IntView> {
        if int::is_int(o) {
            Some(IntView::Owned(Int::Small(int::value(o))))
        } else if long::is_long(o) {
            Some(IntView::of_long(o))
        } else {
            None
        }
    }

    /// The value of an int, bool or long (or subclass) as a long operand (`Big`).
    pub fn long_of(o: Obj) -> Option<IntView> {
        if long::is_long(o) {
            Some(IntView::of_long(o))
        } else if int::is_int(o) {
            Some(IntView::Owned(Int::Big(BigInt::from(int::value(o)))))
        } else {
            None
        }
    }
}

impl std::ops::Deref for IntView {
    type Target = Int;
    fn deref(&self) -> &Int {
        match self {
            IntView::View(v) => v,
            IntView::Owned(v) => v,
        }
    }
}

/// Whether `o` is an int, bool or long.
fn is_integer(o: Obj) -> bool {
    int::is_int(o) || long::is_long(o)
}

/// An operand of a float operation: a float, or an integer converted (which can overflow).
fn float_operand(o: Obj) -> PyResult<Option<f64>> {
    if float::is_float(o) {
        return Ok(Some(float::value(o)));
    }
    match IntView::of(o) {
        Some(i) => Ok(Some(f64_of_int(&i)?)),
        None => Ok(None),
    }
}

fn float_binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    if matches!(
        op,
        NbOp::LShift | NbOp::RShift | NbOp::And | NbOp::Or | NbOp::Xor
    ) {
        return Ok(ni());
    }
    if (!float::is_float(a) && !is_integer(a)) || (!float::is_float(b) && !is_integer(b)) {
        return Ok(ni());
    }
    let (Some(x), Some(y)) = (float_operand(a)?, float_operand(b)?) else {
        return Ok(ni());
    };
    let e = num_err;
    let v = match op {
        NbOp::Add => x + y,
        NbOp::Sub => x - y,
        NbOp::Mul => x * y,
        NbOp::Div | NbOp::TrueDiv => numeric::float_div(x, y).map_err(e)?,
        NbOp::FloorDiv => numeric::float_floor_div(x, y).map_err(e)?,
        NbOp::Mod => numeric::float_mod(x, y).map_err(e)?,
        NbOp::Divmod => {
            let (q, m) = numeric::float_divmod(x, y).map_err(e)?;
            let q = float::new(q)?;
            let m = float::new(m)?;
            return tuple::new(&[q, m]);
        }
        NbOp::Pow => numeric::float_pow(x, y).map_err(e)?,
        _ => return Ok(ni()),
    };
    float::new(v)
}

fn bool_binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    let r = rt();
    if a.class() == r.types.bool && b.class() == r.types.bool {
        let (x, y) = (int::value(a) != 0, int::value(b) != 0);
        match op {
            NbOp::And => return Ok(bool_obj(x & y)),
            NbOp::Or => return Ok(bool_obj(x | y)),
            NbOp::Xor => return Ok(bool_obj(x ^ y)),
            _ => {}
        }
    }
    int_binop(op, a, b)
}

/// An operand of a complex operation: a complex, or a real number as `(x, 0.0)`.
pub fn complex_operand(o: Obj) -> PyResult<Option<(f64, f64)>> {
    if complex::is_complex(o) {
        return Ok(Some(complex::value(o)));
    }
    Ok(float_operand(o)?.map(|x| (x, 0.0)))
}

fn complex_binop(op: NbOp, a: Obj, b: Obj) -> PyResult<Obj> {
    if matches!(
        op,
        NbOp::LShift | NbOp::RShift | NbOp::And | NbOp::Or | NbOp::Xor
    ) {
        return Ok(ni());
    }
    let is_number = |o: Obj| complex::is_complex(o) || float::is_float(o) || is_integer(o);
    if !is_number(a) || !is_number(b) {
        return Ok(ni());
    }
    let (Some(x), Some(y)) = (complex_operand(a)?, complex_operand(b)?) else {
        return Ok(ni());
    };
    let e = num_err;
    let (re, im) = match op {
        NbOp::Add => numeric::complex_add(x, y),
        NbOp::Sub => numeric::complex_sub(x, y),
        NbOp::Mul => numeric::complex_mul(x, y),
        NbOp::Div | NbOp::TrueDiv => numeric::complex_div(x, y).map_err(e)?,
        NbOp::FloorDiv => numeric::complex_floor_div(x, y).map_err(e)?,
        NbOp::Mod => numeric::complex_mod(x, y).map_err(e)?,
        NbOp::Divmod => {
            let (q, m) = numeric::complex_divmod(x, y).map_err(e)?;
            let q = complex::new(q.0, q.1)?;
            let m = complex::new(m.0, m.1)?;
            return tuple::new(&[q, m]);
        }
        NbOp::Pow => numeric::complex_pow(x, y).map_err(e)?,
        _ => return Ok(ni()),
    };
    complex::new(re, im)
}

macro_rules! nb_table {
    ($table:ident, $f:ident) => {
        fn $table() -> [Option<super::super::typeobj::BinaryFn>; NB_COUNT] {
            fn add(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Add, a, b)
            }
            fn sub(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Sub, a, b)
            }
            fn mul(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Mul, a, b)
            }
            fn div(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Div, a, b)
            }
            fn truediv(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::TrueDiv, a, b)
            }
            fn floordiv(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::FloorDiv, a, b)
            }
            fn modulo(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Mod, a, b)
            }
            fn divmod(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Divmod, a, b)
            }
            fn pow(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Pow, a, b)
            }
            fn lshift(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::LShift, a, b)
            }
            fn rshift(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::RShift, a, b)
            }
            fn and(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::And, a, b)
            }
            fn or(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Or, a, b)
            }
            fn xor(a: Obj, b: Obj) -> PyResult<Obj> {
                $f(NbOp::Xor, a, b)
            }
            [
                Some(add),
                Some(sub),
                Some(mul),
                Some(div),
                Some(truediv),
                Some(floordiv),
                Some(modulo),
                Some(divmod),
                Some(pow),
                Some(lshift),
                Some(rshift),
                Some(and),
                Some(or),
                Some(xor),
            ]
        }
    };
}

nb_table!(int_nb, int_binop);
nb_table!(long_nb, long_binop);
nb_table!(float_nb_all, float_binop);
nb_table!(bool_nb, bool_binop);
nb_table!(complex_nb_all, complex_binop);

/// float and complex have no shift or bitwise slots (no `__and__` wrappers either).
fn without_bitwise(
    mut t: [Option<super::super::typeobj::BinaryFn>; NB_COUNT],
) -> [Option<super::super::typeobj::BinaryFn>; NB_COUNT] {
    for op in [NbOp::LShift, NbOp::RShift, NbOp::And, NbOp::Or, NbOp::Xor] {
        t[op as usize] = None;
    }
    t
}
fn float_nb() -> [Option<super::super::typeobj::BinaryFn>; NB_COUNT] {
    without_bitwise(float_nb_all())
}
fn complex_nb() -> [Option<super::super::typeobj::BinaryFn>; NB_COUNT] {
    without_bitwise(complex_nb_all())
}

// --- three-argument pow -----------------------------------------------------------------------

fn pow3_float_error() -> Raised {
    exc::type_error("pow() 3rd argument not allowed unless all arguments are integers")
}

/// `int_pow`: NotImplemented unless `a` and `b` are ints; a negative exponent is an error
/// before the modulus is looked at; a long modulus leaves the work to `long`.
fn int_pow3(a: Obj, b: Obj, c: Obj) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (small_int(a), small_int(b)) else {
        return Ok(ni());
    };
    if c == rt().none {
        return int_binop(NbOp::Pow, a, b);
    }
    if y < 0 {
        return Err(exc::type_error(
            "pow() 2nd argument cannot be negative when 3rd argument specified",
        ));
    }
    let Some(z) = small_int(c) else {
        return Ok(ni());
    };
    int_obj(numeric::int_pow_mod(&Int::Small(x), &Int::Small(y), &Int::Small(z)).map_err(num_err)?)
}

fn long_pow3(a: Obj, b: Obj, c: Obj) -> PyResult<Obj> {
    let (Some(x), Some(y)) = (IntView::long_of(a), IntView::long_of(b)) else {
        return Ok(ni());
    };
    if c == rt().none {
        return long_binop(NbOp::Pow, a, b);
    }
    let Some(z) = IntView::long_of(c) else {
        return Ok(ni());
    };
    let v = numeric::int_pow_mod(&x, &y, &z).map_err(num_err)?;
    int_obj(v.into_long())
}

fn float_pow3(a: Obj, b: Obj, c: Obj) -> PyResult<Obj> {
    let real = |o: Obj| float::is_float(o) || is_integer(o);
    if !real(a) || !real(b) {
        return Ok(ni());
    }
    if c != rt().none {
        return Err(pow3_float_error());
    }
    float_binop(NbOp::Pow, a, b)
}

fn complex_pow3(a: Obj, b: Obj, c: Obj) -> PyResult<Obj> {
    let number = |o: Obj| complex::is_complex(o) || float::is_float(o) || is_integer(o);
    if !number(a) || !number(b) {
        return Ok(ni());
    }
    if c != rt().none {
        return Err(exc::value_error("complex modulo"));
    }
    complex_binop(NbOp::Pow, a, b)
}

// --- comparisons, hashing, text ---------------------------------------------------------------

/// Three-way comparison of two reals, exact across int/long/float (None: a NaN is involved).
pub fn real_cmp(x: &Real, y: &Real) -> Option<Ordering> {
    let int_of = |r: &Real| match r {
        Real::Int(v) => Some(Int::Small(*v)),
        Real::Long(v) => Some(Int::Big(v.clone())),
        Real::Float(_) => None,
    };
    match (x, y) {
        (Real::Float(a), Real::Float(b)) => a.partial_cmp(b),
        (Real::Float(f), other) => {
            numeric::int_cmp_float(&int_of(other)?, *f).map(Ordering::reverse)
        }
        (other, Real::Float(f)) => numeric::int_cmp_float(&int_of(other)?, *f),
        (a, b) => Some(numeric::int_cmp(&int_of(a)?, &int_of(b)?)),
    }
}

/// Whether `op` holds for operands ordered `ord` (None: unordered, a NaN is involved — only
/// `!=` holds). The identity operators and `in` never get here (false).
#[inline]
pub fn ordering_holds(op: CmpOp, ord: Option<Ordering>) -> bool {
    use Ordering::*;
    match (op, ord) {
        (CmpOp::Ne, None) => true,
        (_, None) => false,
        (CmpOp::Lt, Some(o)) => o == Less,
        (CmpOp::Le, Some(o)) => o != Greater,
        (CmpOp::Eq, Some(o)) => o == Equal,
        (CmpOp::Ne, Some(o)) => o != Equal,
        (CmpOp::Gt, Some(o)) => o == Greater,
        (CmpOp::Ge, Some(o)) => o != Less,
        _ => false,
    }
}

fn ordering_result(op: CmpOp, ord: Option<Ordering>) -> PyResult<Obj> {
    if matches!(op, CmpOp::Is | CmpOp::IsNot | CmpOp::In | CmpOp::NotIn) {
        return Ok(ni());
    }
    Ok(bool_obj(ordering_holds(op, ord)))
}

/// The order of two objects of the exact types int, bool and float (what `real_richcmp`
/// answers, without building operands): `Some(None)` when a NaN is involved, `None` for
/// any other types (longs and subclasses included).
#[inline]
pub fn exact_real_cmp(t: &Types, a: Obj, b: Obj) -> Option<Option<Ordering>> {
    let (ca, cb) = (a.class(), b.class());
    let int_like = |c: Obj| c == t.int || c == t.bool;
    match (int_like(ca), int_like(cb)) {
        (true, true) => Some(Some(int::value(a).cmp(&int::value(b)))),
        (true, false) if cb == t.float => Some(real_cmp(
            &Real::Int(int::value(a)),
            &Real::Float(float::value(b)),
        )),
        (false, true) if ca == t.float => Some(real_cmp(
            &Real::Float(float::value(a)),
            &Real::Int(int::value(b)),
        )),
        (false, false) if ca == t.float && cb == t.float => {
            Some(float::value(a).partial_cmp(&float::value(b)))
        }
        _ => None,
    }
}

fn real_richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    if let (Some(x), Some(y)) = (small_int(a), small_int(b)) {
        return ordering_result(op, Some(x.cmp(&y)));
    }
    if let (Some(x), Some(y)) = (IntView::long_of(a), IntView::long_of(b)) {
        // Two integers, at least one a long: compare the digits in place.
        if let (Int::Big(p), Int::Big(q)) = (&*x, &*y) {
            return ordering_result(op, Some(p.cmp(q)));
        }
    }
    let (Some(x), Some(y)) = (as_real(a), as_real(b)) else {
        return Ok(ni());
    };
    ordering_result(op, real_cmp(&x, &y))
}

/// `complex_richcompare`: only `==`/`!=`; ordering a complex against a number is a
/// TypeError, against anything else NotImplemented.
fn complex_richcmp(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let is_number = complex::is_complex(b) || float::is_float(b) || is_integer(b);
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
        if is_number {
            return Err(exc::type_error(
                "no ordering relation is defined for complex numbers",
            ));
        }
        return Ok(ni());
    }
    let z = complex::value(a);
    let equal = if let Some(n) = IntView::of(b) {
        numeric::complex_eq_int(z, &n)
    } else if float::is_float(b) {
        z.0 == float::value(b) && z.1 == 0.0
    } else if complex::is_complex(b) {
        z == complex::value(b)
    } else {
        return Ok(ni());
    };
    Ok(bool_obj(if op == CmpOp::Eq { equal } else { !equal }))
}

fn int_hash(o: Obj) -> PyResult<i64> {
    Ok(crate::pyhash::int_hash(int::value(o)))
}
fn long_hash(o: Obj) -> PyResult<i64> {
    Ok(crate::pyhash::long_hash(long::value(o)))
}
fn float_hash(o: Obj) -> PyResult<i64> {
    Ok(crate::pyhash::float_hash(float::value(o)))
}
fn complex_hash(o: Obj) -> PyResult<i64> {
    let (re, im) = complex::value(o);
    Ok(crate::pyhash::complex_hash(re, im))
}

fn int_repr(o: Obj) -> PyResult<Obj> {
    int::decimal_str(int::value(o))
}
fn bool_repr(o: Obj) -> PyResult<Obj> {
    pystr::from_str(if int::value(o) != 0 { "True" } else { "False" })
}
fn long_repr(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::long_repr(long::value(o)))
}
fn long_str(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&long::value(o).to_string())
}
fn float_repr(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::float_repr(float::value(o)))
}
fn float_str(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&crate::pyfmt::float_str(float::value(o)))
}
fn complex_repr(o: Obj) -> PyResult<Obj> {
    let (re, im) = complex::value(o);
    pystr::from_str(&crate::pyfmt::complex_repr(re, im))
}
fn complex_str(o: Obj) -> PyResult<Obj> {
    let (re, im) = complex::value(o);
    pystr::from_str(&numeric::complex_str(re, im))
}

fn int_nonzero(o: Obj) -> PyResult<bool> {
    Ok(int::value(o) != 0)
}
fn long_nonzero(o: Obj) -> PyResult<bool> {
    Ok(long::value(o).sign() != num_bigint::Sign::NoSign)
}
fn float_nonzero(o: Obj) -> PyResult<bool> {
    Ok(float::value(o) != 0.0)
}
fn complex_nonzero(o: Obj) -> PyResult<bool> {
    let (re, im) = complex::value(o);
    Ok(re != 0.0 || im != 0.0)
}

// --- unary slots ------------------------------------------------------------------------------

fn small(o: Obj) -> Int {
    Int::Small(int::value(o))
}
/// A long's value, read in place.
fn big(o: Obj) -> IntView {
    IntView::of_long(o)
}

fn int_neg(o: Obj) -> PyResult<Obj> {
    int_obj(numeric::int_neg(&small(o)))
}
/// `+x`, `int(x)`, `x.__index__()`, `x.conjugate()`...: a plain int with the same value.
pub fn int_int(o: Obj) -> PyResult<Obj> {
    if o.class() == rt().types.int {
        return Ok(o);
    }
    int::new(int::value(o))
}
fn int_abs(o: Obj) -> PyResult<Obj> {
    int_obj(numeric::int_abs(&small(o)))
}
fn int_invert(o: Obj) -> PyResult<Obj> {
    int_obj(numeric::int_invert(&small(o)))
}
fn int_long(o: Obj) -> PyResult<Obj> {
    long::new(BigInt::from(int::value(o)))
}
fn int_float(o: Obj) -> PyResult<Obj> {
    float::new(int::value(o) as f64)
}
fn int_oct(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&numeric::text::int_oct(&small(o)))
}
fn int_hex(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&numeric::text::int_hex(&small(o)))
}

fn long_neg(o: Obj) -> PyResult<Obj> {
    int_obj(numeric::int_neg(&big(o)))
}
/// `+x`, `long(x)`, `x.__index__()`...: a plain long with the same value.
pub fn long_long(o: Obj) -> PyResult<Obj> {
    if o.class() == rt().types.long {
        return Ok(o);
    }
    long::new(long::value(o).clone())
}
fn long_abs(o: Obj) -> PyResult<Obj> {
    int_obj(numeric::int_abs(&big(o)))
}
fn long_invert(o: Obj) -> PyResult<Obj> {
    int_obj(numeric::int_invert(&big(o)))
}
/// `int(x)` of a long: an int when the value fits, else a long with the same value.
fn long_int(o: Obj) -> PyResult<Obj> {
    use num_traits::ToPrimitive;
    match long::value(o).to_i64() {
        Some(v) => int::new(v),
        None => long::new(long::value(o).clone()),
    }
}
fn long_float(o: Obj) -> PyResult<Obj> {
    float::new(long_to_f64(long::value(o))?)
}
fn long_oct(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&numeric::text::int_oct(&big(o)))
}
fn long_hex(o: Obj) -> PyResult<Obj> {
    pystr::from_str(&numeric::text::int_hex(&big(o)))
}

fn float_neg(o: Obj) -> PyResult<Obj> {
    float::new(-float::value(o))
}
/// `+x`, `float(x)`, `x.conjugate()`...: a plain float with the same value.
pub fn float_float(o: Obj) -> PyResult<Obj> {
    if o.class() == rt().types.float {
        return Ok(o);
    }
    float::new(float::value(o))
}
fn float_abs(o: Obj) -> PyResult<Obj> {
    float::new(float::value(o).abs())
}
/// `int(x)` / `x.__trunc__()` of a float.
pub fn float_int(o: Obj) -> PyResult<Obj> {
    float_to_int(float::value(o))
}
fn float_long(o: Obj) -> PyResult<Obj> {
    long::new(numeric::float_to_long(float::value(o)).map_err(num_err)?)
}

fn complex_neg(o: Obj) -> PyResult<Obj> {
    let (re, im) = numeric::complex_neg(complex::value(o));
    complex::new(re, im)
}
fn complex_pos(o: Obj) -> PyResult<Obj> {
    if o.class() == rt().types.complex {
        return Ok(o);
    }
    let (re, im) = complex::value(o);
    complex::new(re, im)
}
fn complex_abs(o: Obj) -> PyResult<Obj> {
    float::new(numeric::complex_abs(complex::value(o)).map_err(num_err)?)
}
fn complex_int(_o: Obj) -> PyResult<Obj> {
    Err(exc::type_error("can't convert complex to int"))
}
fn complex_long(_o: Obj) -> PyResult<Obj> {
    Err(exc::type_error("can't convert complex to long"))
}
fn complex_float(_o: Obj) -> PyResult<Obj> {
    Err(exc::type_error("can't convert complex to float"))
}

struct Unary {
    neg: UnaryFn,
    pos: UnaryFn,
    abs: UnaryFn,
    invert: Option<UnaryFn>,
    to_int: UnaryFn,
    to_long: UnaryFn,
    to_float: UnaryFn,
    oct_hex_index: Option<[UnaryFn; 3]>,
}

fn unary_table(u: Unary) -> [Option<UnaryFn>; UN_COUNT] {
    let mut t: [Option<UnaryFn>; UN_COUNT] = [None; UN_COUNT];
    t[UnOpSlot::Neg as usize] = Some(u.neg);
    t[UnOpSlot::Pos as usize] = Some(u.pos);
    t[UnOpSlot::Abs as usize] = Some(u.abs);
    t[UnOpSlot::Invert as usize] = u.invert;
    t[UnOpSlot::Int as usize] = Some(u.to_int);
    t[UnOpSlot::Long as usize] = Some(u.to_long);
    t[UnOpSlot::Float as usize] = Some(u.to_float);
    if let Some([o, h, i]) = u.oct_hex_index {
        t[UnOpSlot::Oct as usize] = Some(o);
        t[UnOpSlot::Hex as usize] = Some(h);
        t[UnOpSlot::Index as usize] = Some(i);
    }
    t
}

pub fn int_slots() -> Slots {
    Slots {
        repr: Some(int_repr),
        str: Some(int_repr),
        hash: Some(int_hash),
        richcmp: Some(real_richcmp),
        nonzero: Some(int_nonzero),
        nb: int_nb(),
        pow3: Some(int_pow3),
        unary: unary_table(Unary {
            neg: int_neg,
            pos: int_int,
            abs: int_abs,
            invert: Some(int_invert),
            to_int: int_int,
            to_long: int_long,
            to_float: int_float,
            oct_hex_index: Some([int_oct, int_hex, int_int]),
        }),
        new: Some(super::number_new::int_new),
        ..Default::default()
    }
}

pub fn bool_slots() -> Slots {
    Slots {
        repr: Some(bool_repr),
        str: Some(bool_repr),
        nb: bool_nb(),
        new: Some(super::number_new::bool_new),
        ..int_slots()
    }
}

pub fn long_slots() -> Slots {
    Slots {
        repr: Some(long_repr),
        str: Some(long_str),
        hash: Some(long_hash),
        richcmp: Some(real_richcmp),
        nonzero: Some(long_nonzero),
        nb: long_nb(),
        pow3: Some(long_pow3),
        unary: unary_table(Unary {
            neg: long_neg,
            pos: long_long,
            abs: long_abs,
            invert: Some(long_invert),
            to_int: long_int,
            to_long: long_long,
            to_float: long_float,
            oct_hex_index: Some([long_oct, long_hex, long_long]),
        }),
        new: Some(super::number_new::long_new),
        ..Default::default()
    }
}

pub fn float_slots() -> Slots {
    Slots {
        repr: Some(float_repr),
        str: Some(float_str),
        hash: Some(float_hash),
        richcmp: Some(real_richcmp),
        nonzero: Some(float_nonzero),
        nb: float_nb(),
        pow3: Some(float_pow3),
        unary: unary_table(Unary {
            neg: float_neg,
            pos: float_float,
            abs: float_abs,
            invert: None,
            to_int: float_int,
            to_long: float_long,
            to_float: float_float,
            oct_hex_index: None,
        }),
        new: Some(super::number_new::float_new),
        ..Default::default()
    }
}

pub fn complex_slots() -> Slots {
    Slots {
        repr: Some(complex_repr),
        str: Some(complex_str),
        hash: Some(complex_hash),
        richcmp: Some(complex_richcmp),
        nonzero: Some(complex_nonzero),
        nb: complex_nb(),
        pow3: Some(complex_pow3),
        unary: unary_table(Unary {
            neg: complex_neg,
            pos: complex_pos,
            abs: complex_abs,
            invert: None,
            to_int: complex_int,
            to_long: complex_long,
            to_float: complex_float,
            oct_hex_index: None,
        }),
        new: Some(super::number_new::complex_new),
        ..Default::default()
    }
}
