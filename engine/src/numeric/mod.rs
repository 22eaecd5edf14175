//! CPython 2.7's numeric semantics as plain functions over Rust values, with no objects.
//!
//! In: `i64` (a Python `int`), `BigInt` (a `long`), both carried by [`Int`] so that the
//! int/long distinction survives every operation; `f64` (`float`); `(f64, f64)` (`complex`,
//! real part first); byte strings for the parsing builtins. Out: the value CPython 2.7.18
//! computes, or a [`NumError`] naming the exception and its exact message.
//!
//! - [`int`]: `int`/`long` arithmetic, shifts, bitwise operations, `pow` with two and three
//!   arguments, true division, exact comparisons with floats and conversions to `float`.
//! - [`float`]: `float` arithmetic (`/ // % divmod **`), `float` → `int`/`long`, `round`,
//!   `is_integer`, `as_integer_ratio`, `float.hex`, `float.fromhex`.
//! - [`math`]: what the `math` module needs: `floor`/`ceil` (floats in 2.7), `factorial`,
//!   `frexp`, `ldexp`, `fsum`, `fmod`, `modf`, `trunc`, `hypot`, `copysign`, `atan2`, `pow`,
//!   `log`/`log10` (of longs beyond the float range too), `degrees`/`radians`, and
//!   [`math::math_unary`] for the plain libm functions with `math_1`'s error rules.
//! - [`special`]: `gamma`, `lgamma`, `erf`, `erfc` with CPython 2.7's own approximations.
//! - [`complex`]: `complex` arithmetic (`+ - * / ** abs`, the deprecated `// % divmod`), the
//!   two-argument constructor's arithmetic, `complex == int`, and `str(complex)`.
//! - [`cmath`]: the `cmath` module's functions (finite arguments; see its limits).
//! - [`parse`]: `int(s, base)`, `long(s, base)`, `float(s)`, `complex(s)`.
//! - [`unicode`]: the decimal encoding that turns a `unicode` argument of those parsers into
//!   bytes.
//! - [`text`]: `str`/`repr`/`hex`/`oct`/`bin`/`format` of ints and longs (delegating to
//!   `pyfmt`, which also has every float and complex text form except `str(complex)`).
//!
//! What stays with the caller: converting an int/long operand of a float operation with
//! [`int_to_f64`] (which can raise) before calling the float function, except for
//! comparisons, which use [`int_cmp_float`]; `+ - *` of floats are plain `f64` operations;
//! a complex operation converts a real operand to `(x, 0.0)`; `pow(x, y, z)` with a float
//! among them is `TypeError('pow() 3rd argument not allowed unless all arguments are
//! integers')` and with a complex `ValueError('complex modulo')`; complex `// % divmod` first
//! warn `DeprecationWarning('complex divmod(), // and % are deprecated')`.
//!
//! Invariants: no function panics on any input; results keep CPython's typing (an `int`
//! operation that overflows `i64` gives a `long`; any operation with a `long` operand gives a
//! `long`, even when the value would fit); floats are bit-exact with CPython on the same libm.
//! Each `gen_*.py` beside these files regenerates the `*_cases.rs` test tables from CPython
//! 2.7.18.

pub mod cmath;
pub mod complex;
pub mod float;
pub mod int;
pub mod math;
pub mod parse;
pub mod special;
pub mod text;
pub mod unicode;
#[rustfmt::skip]
mod unicode_tables;

#[cfg(test)]
mod tests;

use num_bigint::BigInt;
use std::fmt;

pub use complex::{
    complex_abs, complex_add, complex_div, complex_divmod, complex_eq_int, complex_floor_div,
    complex_mod, complex_mul, complex_neg, complex_new, complex_pow, complex_str, complex_sub,
    Complex,
};
pub use float::{
    float_as_integer_ratio, float_div, float_divmod, float_floor_div, float_fromhex, float_hex,
    float_is_integer, float_mod, float_pow, float_round, float_to_int, float_to_long,
};
pub use int::{
    int_abs, int_add, int_and, int_bit_length, int_classic_div, int_cmp, int_cmp_float, int_divmod,
    int_floor_div, int_invert, int_lshift, int_mod, int_mul, int_neg, int_or, int_pow, int_pow_mod,
    int_rshift, int_sub, int_to_f64, int_true_div, int_xor, long_to_f64, IntOrFloat,
};
pub use parse::{parse_complex, parse_float, parse_int, parse_long};
pub use unicode::unicode_to_decimal;

/// The exception a numeric operation raises, with CPython 2.7.18's message. Messages are
/// Python 2 byte strings: each `char` stands for one byte (all are below 256; only `float()`
/// echoes non-ASCII input bytes).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NumError {
    ZeroDivision(String),
    Overflow(String),
    Value(String),
    Type(String),
    /// `MemoryError()` (no message): a result too large to allocate.
    Memory,
    /// `UnicodeEncodeError('decimal', <the argument>, start, end, 'invalid decimal Unicode
    /// string')`; `message` is its `str`.
    UnicodeEncode {
        start: usize,
        end: usize,
        message: String,
    },
    /// `OverflowError(34, 'Numerical result out of range')`: libm reported `ERANGE`
    /// (`float ** float` overflow). Its `str` is `(34, 'Numerical result out of range')`.
    Erange,
}

impl NumError {
    /// The exception class name (`"ZeroDivisionError"`, ...).
    pub fn type_name(&self) -> &'static str {
        match self {
            NumError::ZeroDivision(_) => "ZeroDivisionError",
            NumError::Overflow(_) | NumError::Erange => "OverflowError",
            NumError::Value(_) => "ValueError",
            NumError::Type(_) => "TypeError",
            NumError::Memory => "MemoryError",
            NumError::UnicodeEncode { .. } => "UnicodeEncodeError",
        }
    }

    /// `str(exception)` as CPython prints it after the class name.
    pub fn message(&self) -> String {
        match self {
            NumError::ZeroDivision(m)
            | NumError::Overflow(m)
            | NumError::Value(m)
            | NumError::Type(m)
            | NumError::UnicodeEncode { message: m, .. } => m.clone(),
            NumError::Memory => String::new(),
            NumError::Erange => "(34, 'Numerical result out of range')".to_string(),
        }
    }
}

impl fmt::Display for NumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.type_name(), self.message())
    }
}

/// The NaN CPython 2.7.18 on x86-64 produces for `float('nan')` (and that `inf - inf` gives):
/// sign bit set, so `math.copysign(1, float('nan')) == -1.0` and `float('-nan')` has it clear.
pub const PY_NAN: f64 = f64::from_bits(0xfff8_0000_0000_0000);

pub type NumResult<T> = Result<T, NumError>;

pub(crate) fn zero_div(msg: &str) -> NumError {
    NumError::ZeroDivision(msg.to_string())
}
pub(crate) fn overflow(msg: &str) -> NumError {
    NumError::Overflow(msg.to_string())
}
pub(crate) fn value_error(msg: &str) -> NumError {
    NumError::Value(msg.to_string())
}

/// A Python 2 integer: `Small` is an `int`, `Big` a `long` (whatever its magnitude).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Int {
    Small(i64),
    Big(BigInt),
}

impl Int {
    /// True for a `long`.
    pub fn is_long(&self) -> bool {
        matches!(self, Int::Big(_))
    }

    /// The value as a `BigInt`, whatever the type.
    pub fn to_big(&self) -> BigInt {
        match self {
            Int::Small(v) => BigInt::from(*v),
            Int::Big(b) => b.clone(),
        }
    }

    /// The same value as a `long` (`long(x)`).
    pub fn into_long(self) -> Int {
        match self {
            Int::Small(v) => Int::Big(BigInt::from(v)),
            big => big,
        }
    }

    /// `int(x)` of an int or long: a long that fits `i64` becomes an int (CPython's
    /// `long.__int__`); a larger one stays a long.
    pub fn into_int(self) -> Int {
        match self {
            Int::Big(b) => match i64::try_from(&b) {
                Ok(v) => Int::Small(v),
                Err(_) => Int::Big(b),
            },
            small => small,
        }
    }
}
