//! Text forms of [`Int`] values: `str`, `repr`, `hex`, `oct`, `bin` and `format`, as thin
//! wrappers over `pyfmt` (which owns the layouts) that pick the int/long spelling from the
//! [`Int`] variant. `str(long)` has no `L`; `repr(long)`, `hex(long)` and `oct(long)` do.
//! Float and complex text lives in `pyfmt` (`float_repr`, `float_str`, `complex_repr`,
//! `format_float_spec`, ...) except `str(complex)`, which is [`super::complex_str`].

use super::Int;
use crate::pyfmt::{self, FormatError};

/// `str(n)`.
pub fn int_str(n: &Int) -> String {
    match n {
        Int::Small(v) => v.to_string(),
        Int::Big(b) => b.to_string(),
    }
}

/// `repr(n)`: `10` or `10L`.
pub fn int_repr(n: &Int) -> String {
    match n {
        Int::Small(v) => pyfmt::int_repr(*v),
        Int::Big(b) => pyfmt::long_repr(b),
    }
}

/// `hex(n)`: `0x1f`, `0x1fL`, `-0x1`.
pub fn int_hex(n: &Int) -> String {
    pyfmt::hex_text(&n.to_big(), n.is_long())
}

/// `oct(n)`: `017`, `017L`, `0`, `0L`.
pub fn int_oct(n: &Int) -> String {
    pyfmt::oct_text(&n.to_big(), n.is_long())
}

/// `bin(n)` (never an `L`).
pub fn int_bin(n: &Int) -> String {
    pyfmt::bin_text(&n.to_big())
}

/// `format(n, spec)` / `n.__format__(spec)`.
pub fn int_format(n: &Int, spec: &str) -> Result<String, FormatError> {
    let type_name = if n.is_long() { "long" } else { "int" };
    pyfmt::format_int_spec(&n.to_big(), spec, type_name)
}
