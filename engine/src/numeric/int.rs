//! `int` and `long` arithmetic as CPython 2.7's Objects/intobject.c and longobject.c define it.
//!
//! In: [`Int`] operands. Out: an [`Int`] typed as CPython types the result: `int op int` is an
//! `int` unless the exact result leaves `i64`, then a `long`; any `long` operand makes the result
//! a `long` (`2**63 - 2**63 == 0L`). Division and modulo floor toward negative infinity (the
//! remainder takes the divisor's sign); `/` on integers is classic (floor) division, and
//! [`int_true_div`] is `from __future__ import division`, correctly rounded. Bitwise operations
//! act on the infinite two's complement form. Comparisons with floats are exact.
//!
//! Cost: long division whose quotient is below 2**61 takes the quotient from the operands'
//! leading bits (see `quotient_estimate`) rather than num-bigint's division, which spends
//! Burnikel–Ziegler's full recursion on large operands however short the quotient is.
//!
//! Limits: results whose size would exceed [`MAX_BITS`] bits raise `MemoryError` (CPython
//! would try the allocation and fail after a long time).

use super::NumResult;
use super::{float::float_pow, math::scale2, overflow, value_error, zero_div, Int, NumError};
use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;

/// The largest integer result, in bits, computed before answering `MemoryError`.
pub const MAX_BITS: u64 = 1 << 33;

/// A result that is an integer or, for a negative exponent, a float.
#[derive(Clone, Debug, PartialEq)]
pub enum IntOrFloat {
    Int(Int),
    Float(f64),
}

fn big(v: &Int) -> std::borrow::Cow<'_, BigInt> {
    match v {
        Int::Small(x) => std::borrow::Cow::Owned(BigInt::from(*x)),
        Int::Big(b) => std::borrow::Cow::Borrowed(b),
    }
}

/// Applies `small` when both are ints and it does not overflow, else `long` arithmetic.
fn binop(
    a: &Int,
    b: &Int,
    small: impl Fn(i64, i64) -> Option<i64>,
    long: impl Fn(&BigInt, &BigInt) -> BigInt,
) -> Int {
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(r) = small(*x, *y) {
            return Int::Small(r);
        }
    }
    Int::Big(long(&big(a), &big(b)))
}

pub fn int_add(a: &Int, b: &Int) -> Int {
    binop(a, b, i64::checked_add, |x, y| x + y)
}

pub fn int_sub(a: &Int, b: &Int) -> Int {
    binop(a, b, i64::checked_sub, |x, y| x - y)
}

pub fn int_mul(a: &Int, b: &Int) -> Int {
    binop(a, b, i64::checked_mul, |x, y| x * y)
}

fn division_by_zero(a: &Int, b: &Int) -> NumError {
    if a.is_long() || b.is_long() {
        zero_div("long division or modulo by zero")
    } else {
        zero_div("integer division or modulo by zero")
    }
}

fn is_zero(v: &Int) -> bool {
    match v {
        Int::Small(x) => *x == 0,
        Int::Big(b) => b.is_zero(),
    }
}

/// `divmod(a, b)` with floor semantics.
pub fn int_divmod(a: &Int, b: &Int) -> NumResult<(Int, Int)> {
    if is_zero(b) {
        return Err(division_by_zero(a, b));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if let Some(q) = x.checked_div(*y) {
            let r = x.wrapping_rem(*y);
            if r != 0 && (r < 0) != (*y < 0) {
                return Ok((Int::Small(q - 1), Int::Small(r + y)));
            }
            return Ok((Int::Small(q), Int::Small(r)));
        }
    }
    let (q, r) = long_divmod(&big(a), &big(b));
    Ok((Int::Big(q), Int::Big(r)))
}

/// `a // b`, also `a / b` without `from __future__ import division`.
pub fn int_floor_div(a: &Int, b: &Int) -> NumResult<Int> {
    if !is_zero(b) && (a.is_long() || b.is_long()) {
        let (x, y) = (big(a), big(b));
        if let Some(QuotientEstimate::Certain(q)) = quotient_estimate(&x, &y) {
            return Ok(Int::Big(BigInt::from(q)));
        }
    }
    int_divmod(a, b).map(|(q, _)| q)
}

/// What the leading bits of two longs say about their floor quotient (see
/// [`quotient_estimate`]).
#[derive(Clone, Copy, Debug, PartialEq)]
enum QuotientEstimate {
    /// The floor quotient is this, and the division is inexact.
    Certain(i64),
    /// The floor quotient is this or one more or less.
    Near(i64),
}

/// `(x >> s) mod 2**128`.
fn bits_from(x: &BigUint, s: u64) -> u128 {
    let mut digits = x.iter_u64_digits().skip((s / 64) as usize);
    let mut next = || u128::from(digits.next().unwrap_or(0));
    let (d0, d1, d2) = (next(), next(), next());
    match (s % 64) as u32 {
        0 => d0 | d1 << 64,
        r => d0 >> r | d1 << (64 - r) | d2 << (128 - r),
    }
}

/// The floor quotient of `a / b` (`b != 0`) from the leading bits of both, when it is below
/// 2**61 in magnitude and `b` has at least 64 bits; `None` otherwise. num-bigint divides large
/// operands with Burnikel–Ziegler even when the quotient is a few bits (pidigits' `n // t`),
/// at many times the cost of the one multiply-subtract this estimate leaves, or of nothing
/// when the estimate is exact.
///
/// With `s = bits(|b|) - 64`, `at = |a| >> s` and `bt = |b| >> s` (64 bits): `at / (bt + 1) <
/// |a| / |b| < (at + 1) / bt`, an interval narrower than 2, so `lo = at / (bt + 1)` is the
/// magnitude of the quotient or one below it; when `(at + 1) <= (lo + 1) * bt` the
/// interval lies inside `(lo, lo + 1)`: the quotient is `lo` and the division inexact.
/// Otherwise the magnitude is `lo` or `lo + 1` (`at / bt - at / (bt + 1) < 1`).
fn quotient_estimate(a: &BigInt, b: &BigInt) -> Option<QuotientEstimate> {
    let (an, bn) = (a.bits(), b.bits());
    if bn < 64 || an > bn + 60 || an == 0 {
        return None;
    }
    let s = bn - 64;
    let at = bits_from(a.magnitude(), s); // below 2**124
    let bt = bits_from(b.magnitude(), s); // 64 bits, the top one set
    let lo = at / (bt + 1); // below 2**61
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    if at + 1 <= (lo + 1) * bt {
        let lo = lo as i64;
        // The division is inexact, so a negative quotient floors one further.
        return Some(QuotientEstimate::Certain(if negative {
            -lo - 1
        } else {
            lo
        }));
    }
    let lo = lo as i64;
    Some(QuotientEstimate::Near(if negative { -lo - 1 } else { lo }))
}

/// `divmod` of longs with floor semantics (`b != 0`).
fn long_divmod(a: &BigInt, b: &BigInt) -> (BigInt, BigInt) {
    let mut q = match quotient_estimate(a, b) {
        Some(QuotientEstimate::Certain(q) | QuotientEstimate::Near(q)) => q,
        None => return a.div_mod_floor(b),
    };
    let mut r = a - b * q;
    // The floor remainder is 0 or has the sign of `b`, and is smaller than it.
    loop {
        if !r.is_zero() && r.sign() != b.sign() {
            q -= 1;
            r += b;
        } else if r.magnitude() >= b.magnitude() {
            q += 1;
            r -= b;
        } else {
            return (BigInt::from(q), r);
        }
    }
}

/// Classic `a / b` on integers: the same as floor division.
pub fn int_classic_div(a: &Int, b: &Int) -> NumResult<Int> {
    int_floor_div(a, b)
}

/// `a % b`.
pub fn int_mod(a: &Int, b: &Int) -> NumResult<Int> {
    if !is_zero(b) && (a.is_long() || b.is_long()) {
        let (x, y) = (big(a), big(b));
        if quotient_estimate(&x, &y).is_none() {
            // num-bigint's remainder (truncating) skips the quotient for one-word divisors.
            let mut r = x.as_ref() % y.as_ref();
            if !r.is_zero() && r.sign() != y.sign() {
                r += y.as_ref();
            }
            return Ok(Int::Big(r));
        }
    }
    int_divmod(a, b).map(|(_, r)| r)
}

/// `-a`: `-(-sys.maxint - 1)` is a long.
pub fn int_neg(a: &Int) -> Int {
    match a {
        Int::Small(x) => match x.checked_neg() {
            Some(v) => Int::Small(v),
            None => Int::Big(-BigInt::from(*x)),
        },
        Int::Big(b) => Int::Big(-b),
    }
}

/// `abs(a)`.
pub fn int_abs(a: &Int) -> Int {
    match a {
        Int::Small(x) if *x < 0 => int_neg(a),
        Int::Big(b) => Int::Big(b.abs()),
        small => small.clone(),
    }
}

/// `~a` (`-a - 1`).
pub fn int_invert(a: &Int) -> Int {
    match a {
        Int::Small(x) => Int::Small(!x),
        Int::Big(b) => Int::Big(-b - 1),
    }
}

pub fn int_and(a: &Int, b: &Int) -> Int {
    binop(a, b, |x, y| Some(x & y), |x, y| x & y)
}

pub fn int_or(a: &Int, b: &Int) -> Int {
    binop(a, b, |x, y| Some(x | y), |x, y| x | y)
}

pub fn int_xor(a: &Int, b: &Int) -> Int {
    binop(a, b, |x, y| Some(x ^ y), |x, y| x ^ y)
}

/// The shift count as CPython's `long` shifts read it (`Py_ssize_t`).
fn shift_count(b: &Int) -> NumResult<i64> {
    let n = match b {
        Int::Small(x) => *x,
        Int::Big(v) => v
            .to_i64()
            .ok_or_else(|| overflow("long int too large to convert to int"))?,
    };
    if n < 0 {
        return Err(value_error("negative shift count"));
    }
    Ok(n)
}

/// `a << b`.
pub fn int_lshift(a: &Int, b: &Int) -> NumResult<Int> {
    let n = shift_count(b)?;
    if let (Int::Small(x), Int::Small(_)) = (a, b) {
        if *x == 0 || n == 0 {
            return Ok(a.clone());
        }
        if n < 64 {
            let r = x << n;
            if r >> n == *x {
                return Ok(Int::Small(r));
            }
        }
    }
    let value = big(a);
    if value.is_zero() {
        return Ok(Int::Big(BigInt::zero()));
    }
    if value.bits().saturating_add(n as u64) > MAX_BITS {
        return Err(NumError::Memory);
    }
    Ok(Int::Big(value.as_ref() << (n as u64)))
}

/// `a >> b` (arithmetic: rounds toward negative infinity).
pub fn int_rshift(a: &Int, b: &Int) -> NumResult<Int> {
    let n = shift_count(b)?;
    if let (Int::Small(x), Int::Small(_)) = (a, b) {
        return Ok(Int::Small(if n >= 64 {
            if *x < 0 {
                -1
            } else {
                0
            }
        } else {
            x >> n
        }));
    }
    let value = big(a);
    if n as u64 >= value.bits() {
        return Ok(Int::Big(if value.sign() == Sign::Minus {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }));
    }
    Ok(Int::Big(value.as_ref() >> (n as u64)))
}

/// `a ** b` (two arguments): an integer for `b >= 0`, else `float(a) ** float(b)`.
pub fn int_pow(a: &Int, b: &Int) -> NumResult<IntOrFloat> {
    let bb = big(b);
    if bb.sign() == Sign::Minus {
        let x = int_to_f64(a)?;
        let y = int_to_f64(b)?;
        return float_pow(x, y).map(IntOrFloat::Float);
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        // 0, 1 and -1 never overflow, whatever the exponent.
        match x {
            0 => return Ok(IntOrFloat::Int(Int::Small(if *y == 0 { 1 } else { 0 }))),
            1 => return Ok(IntOrFloat::Int(Int::Small(1))),
            -1 => return Ok(IntOrFloat::Int(Int::Small(if y % 2 == 0 { 1 } else { -1 }))),
            _ => {}
        }
        if let Ok(e) = u32::try_from(*y) {
            if let Some(r) = x.checked_pow(e) {
                return Ok(IntOrFloat::Int(Int::Small(r)));
            }
        }
    }
    let base = big(a);
    big_pow(&base, &bb).map(|v| IntOrFloat::Int(Int::Big(v)))
}

/// `base ** exp` for `exp >= 0`, refusing results beyond [`MAX_BITS`].
fn big_pow(base: &BigInt, exp: &BigInt) -> NumResult<BigInt> {
    if exp.is_zero() {
        return Ok(BigInt::from(1));
    }
    let magnitude = base.magnitude();
    if magnitude.is_zero() {
        return Ok(BigInt::zero());
    }
    if magnitude.bits() == 1 {
        // base is 1 or -1
        let odd = exp.is_odd();
        return Ok(if base.sign() == Sign::Minus && odd {
            BigInt::from(-1)
        } else {
            BigInt::from(1)
        });
    }
    let e = match exp.to_u64() {
        Some(e) => e,
        None => return Err(NumError::Memory),
    };
    let bits = (magnitude.bits() - 1) as u128 * e as u128;
    if bits > MAX_BITS as u128 {
        return Err(NumError::Memory);
    }
    Ok(num_traits::pow::Pow::pow(base, e))
}

/// `pow(a, b, c)`.
pub fn int_pow_mod(a: &Int, b: &Int, c: &Int) -> NumResult<Int> {
    let negative_exponent = || {
        NumError::Type(
            "pow() 2nd argument cannot be negative when 3rd argument specified".to_string(),
        )
    };
    let zero_modulus = || value_error("pow() 3rd argument cannot be 0");
    let (bb, cc) = (big(b), big(c));
    if bb.sign() == Sign::Minus {
        return Err(negative_exponent());
    }
    if cc.is_zero() {
        return Err(zero_modulus());
    }
    if let (Int::Small(x), Int::Small(y), Int::Small(z)) = (a, b, c) {
        if let Some(r) = small_pow_mod(*x, *y, *z) {
            return Ok(Int::Small(r));
        }
    }
    let modulus = cc.abs();
    let base = big(a).mod_floor(&modulus);
    let mut r = base.modpow(&bb, &modulus);
    if cc.sign() == Sign::Minus && !r.is_zero() {
        r -= &modulus;
    }
    Ok(Int::Big(r))
}

/// intobject.c's three-argument `int_pow` loop: `None` where it overflows and hands the
/// operation to `long` (so the result is a long even though it fits).
fn small_pow_mod(iv: i64, mut iw: i64, iz: i64) -> Option<i64> {
    let mut temp = iv;
    let mut ix: i64 = 1;
    while iw > 0 {
        if iw & 1 != 0 {
            ix = ix.checked_mul(temp)?;
            if temp == 0 {
                break;
            }
        }
        iw >>= 1;
        if iw == 0 {
            break;
        }
        temp = temp.checked_mul(temp)?;
        ix = ix.wrapping_rem(iz);
        temp = temp.wrapping_rem(iz);
    }
    if ix == i64::MIN && iz == -1 {
        return None; // i_divmod overflows
    }
    let r = ix.wrapping_rem(iz);
    Some(if r != 0 && (r < 0) != (iz < 0) {
        r + iz
    } else {
        r
    })
}

/// `n.bit_length()`: the number of bits of `abs(n)` (always an `int`).
pub fn int_bit_length(n: &Int) -> i64 {
    match n {
        Int::Small(v) => 64 - v.unsigned_abs().leading_zeros() as i64,
        Int::Big(b) => b.bits() as i64,
    }
}

/// `cmp(a, b)`.
pub fn int_cmp(a: &Int, b: &Int) -> Ordering {
    match (a, b) {
        (Int::Small(x), Int::Small(y)) => x.cmp(y),
        _ => big(a).cmp(&big(b)),
    }
}

/// Exact comparison of an integer with a float (`None` when `b` is NaN).
pub fn int_cmp_float(a: &Int, b: f64) -> Option<Ordering> {
    if b.is_nan() {
        return None;
    }
    if b.is_infinite() {
        return Some(if b > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Int::Small(x) = a {
        if x.unsigned_abs() < (1u64 << 53) {
            return (*x as f64).partial_cmp(&b);
        }
    }
    let floor = b.floor();
    // `floor` is finite and integral, so the conversion is exact.
    let fb = float_integral_to_big(floor);
    match big(a).as_ref().cmp(&fb) {
        Ordering::Equal if floor != b => Some(Ordering::Less),
        ord => Some(ord),
    }
}

/// The exact value of a finite integral float.
pub(crate) fn float_integral_to_big(x: f64) -> BigInt {
    if x.abs() < 9.0e15 {
        return BigInt::from(x as i64);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = (bits & ((1u64 << 52) - 1)) | (1u64 << 52);
    // x = mant * 2^(exp - 1075), and exp - 1075 >= 0 for |x| >= 2^53.
    let shift = (exp - 1075).max(0) as u64;
    let v = BigInt::from(mant) << shift;
    if x < 0.0 {
        -v
    } else {
        v
    }
}

/// `float(a)` of a long: correctly rounded (half to even).
pub fn long_to_f64(a: &BigInt) -> NumResult<f64> {
    let n = a.bits();
    if n <= 63 {
        return Ok(a.to_i64().unwrap_or(0) as f64);
    }
    let shift = n - 64;
    let magnitude = a.magnitude();
    let mut top = (magnitude >> shift).to_u64().unwrap_or(u64::MAX);
    if magnitude.trailing_zeros().unwrap_or(0) < shift {
        top |= 1; // sticky bit for the discarded low bits
    }
    let f = scale2(top as f64, shift as i64);
    if f.is_infinite() {
        return Err(overflow("long int too large to convert to float"));
    }
    Ok(if a.sign() == Sign::Minus { -f } else { f })
}

/// `float(a)`.
pub fn int_to_f64(a: &Int) -> NumResult<f64> {
    match a {
        Int::Small(x) => Ok(*x as f64),
        Int::Big(b) => long_to_f64(b),
    }
}

/// `a / b` under `from __future__ import division`: the correctly rounded quotient.
pub fn int_true_div(a: &Int, b: &Int) -> NumResult<f64> {
    if is_zero(b) {
        return Err(zero_div("division by zero"));
    }
    if let (Int::Small(x), Int::Small(y)) = (a, b) {
        if x.unsigned_abs() <= (1u64 << 53) && y.unsigned_abs() <= (1u64 << 53) {
            return Ok(*x as f64 / *y as f64);
        }
    }
    true_divide_big(&big(a), &big(b))
}

const DBL_MANT_DIG: i64 = 53;
const DBL_MIN_EXP: i64 = -1021;
const DBL_MAX_EXP: i64 = 1024;

/// Correctly rounded `a / b` for `b != 0` (CPython's `long_true_divide`).
fn true_divide_big(a: &BigInt, b: &BigInt) -> NumResult<f64> {
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let sign = |x: f64| if negate { -x } else { x };
    let (a, b) = (a.magnitude(), b.magnitude());
    if a.is_zero() {
        return Ok(sign(0.0));
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        let (x, y) = (a.to_u64().unwrap_or(0), b.to_u64().unwrap_or(1));
        return Ok(sign(x as f64 / y as f64));
    }
    let too_large = || overflow("integer division result too large for a float");
    let diff = a.bits() as i64 - b.bits() as i64;
    if diff > DBL_MAX_EXP {
        return Err(too_large());
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(sign(0.0));
    }
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let (mut q, r) = if shift <= 0 {
        (a << ((-shift) as u64)).div_rem(b)
    } else {
        a.div_rem(&(b << (shift as u64)))
    };
    if !r.is_zero() {
        q |= num_bigint::BigUint::from(1u32);
    }
    let q_bits = q.bits() as i64;
    let extra = q_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    let mut q = q.to_u64().unwrap_or(u64::MAX); // at most 56 bits
    if extra > 0 {
        let mask = 1u64 << (extra - 1);
        if q & mask != 0 && q & (3 * mask - 1) != 0 {
            q += mask;
        }
        q &= !(2 * mask - 1);
    }
    let result = scale2(q as f64, shift);
    if result.is_infinite() {
        return Err(too_large());
    }
    Ok(sign(result))
}

#[cfg(test)]
mod division_tests {
    use super::*;

    /// xorshift64*: a fixed, dependency-free stream of test operands.
    struct Rng(u64);
    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 >> 12;
            self.0 ^= self.0 << 25;
            self.0 ^= self.0 >> 27;
            self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
        }
        /// A value of exactly `bits` bits, random below the top bit, with random runs of
        /// all-zero and all-one digits (where quotient estimates are closest to an integer).
        fn big(&mut self, bits: u64) -> BigInt {
            let words = bits.div_ceil(64) as usize;
            let digits: Vec<u32> = (0..words * 2)
                .map(|_| match self.next() % 4 {
                    0 => 0,
                    1 => u32::MAX,
                    _ => self.next() as u32,
                })
                .collect();
            let mut v = BigUint::new(digits) % (BigUint::from(1u8) << (bits - 1));
            v.set_bit(bits - 1, true);
            BigInt::from(v)
        }
    }

    /// Checks all three operations against num-bigint; returns which estimate applied.
    fn check(a: &BigInt, b: &BigInt) -> Option<QuotientEstimate> {
        let (x, y) = (Int::Big(a.clone()), Int::Big(b.clone()));
        let (q, r) = a.div_mod_floor(b);
        assert_eq!(
            int_divmod(&x, &y),
            Ok((Int::Big(q.clone()), Int::Big(r.clone()))),
            "{a} divmod {b}"
        );
        assert_eq!(int_floor_div(&x, &y), Ok(Int::Big(q)), "{a} // {b}");
        assert_eq!(int_mod(&x, &y), Ok(Int::Big(r)), "{a} % {b}");
        quotient_estimate(a, b)
    }

    #[test]
    fn short_quotients_match_num_bigint() {
        let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
        let mut seen = [0; 3];
        for _ in 0..4000 {
            let bn = 60 + rng.next() % 400;
            let an = (bn as i64 + (rng.next() % 72) as i64 - 8).max(1) as u64;
            let b = rng.big(bn);
            let a = match rng.next() % 3 {
                0 => rng.big(an),
                // exact multiples and their neighbours
                1 => &b * BigInt::from(rng.next() >> (rng.next() % 64)),
                _ => &b * BigInt::from(rng.next() % 1000) + BigInt::from(rng.next() % 3) - 1,
            };
            for (sa, sb) in [(1, 1), (1, -1), (-1, 1), (-1, -1)] {
                seen[match check(&(&a * sa), &(&b * sb)) {
                    Some(QuotientEstimate::Certain(_)) => 0,
                    Some(QuotientEstimate::Near(_)) => 1,
                    None => 2,
                }] += 1;
            }
        }
        // Every path was taken often.
        assert!(seen.iter().all(|&n| n > 500), "{seen:?}");
    }

    #[test]
    fn word_divisors_match_num_bigint() {
        let mut rng = Rng(0x2545_f491_4f6c_dd1d);
        let divisors = [
            1,
            -1,
            2,
            -2,
            7,
            -10,
            u32::MAX as i64,
            u32::MAX as i64 + 1,
            -(u32::MAX as i64),
            i32::MIN as i64,
            i32::MIN as i64 - 1,
            i64::MAX,
            i64::MIN,
            i64::MIN + 1,
        ];
        for _ in 0..300 {
            let an = 1 + rng.next() % 300;
            let a = rng.big(an);
            for d in divisors {
                for a in [a.clone(), -a.clone()] {
                    check(&a, &BigInt::from(d));
                    // An int divisor of a long gives long results.
                    let (q, r) = a.div_mod_floor(&BigInt::from(d));
                    let (x, y) = (Int::Big(a.clone()), Int::Small(d));
                    assert_eq!(int_divmod(&x, &y), Ok((Int::Big(q), Int::Big(r.clone()))));
                    assert_eq!(int_mod(&x, &y), Ok(Int::Big(r)));
                }
            }
        }
    }
}
