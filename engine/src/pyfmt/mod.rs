//! Python 2.7's text forms of values that both the front end (`ast.dump`) and the runtime print:
//! `repr` of str, unicode, int, long, float and complex, and `str` of float (float.rs,
//! string.rs); `format(value, spec)` (spec.rs); `%`-formatting of numbers (printf.rs); `hex`,
//! `oct`, `bin` (radix.rs). float_text.rs is the `e`/`f`/`g` digit layout spec.rs and printf.rs
//! share.
//!
//! In: plain Rust values (bytes, code points, `f64`, `i64`, `BigInt`). Out: exactly the text
//! CPython 2.7.18 (UCS4 build) produces for the same value, or a [`FormatError`] naming the
//! exception CPython raises. Nothing here allocates Python objects. Each `gen_*.py` beside a
//! module regenerates its `*_cases.rs` expectations from CPython 2.7.18.

mod float;
mod float_text;
mod printf;
mod radix;
mod spec;
mod string;

pub use float::{complex_repr, float_repr, float_str};
pub use printf::{
    parse_conversion, parse_mapping_key, parse_printf, printf_char_code, printf_float,
    printf_float_into, printf_i64_into, printf_int, printf_text_layout, Conversion, Count,
    PrintfFlags, PrintfSpec,
};
pub use radix::{bin_text, hex_text, oct_text};
pub use spec::{
    format_complex, format_complex_spec, format_float, format_float_spec, format_i64, format_int,
    format_int_spec, format_str, parse_spec, str_layout, Align, FormatError, FormatSpec, StrLayout,
    MAX_FIELD,
};
pub use string::{bytes_repr, unicode_repr};

use num_bigint::BigInt;

/// `repr(long)`: decimal digits followed by `L`.
pub fn long_repr(value: &BigInt) -> String {
    format!("{}L", value)
}

/// `repr(int)` (also `str(int)`): plain decimal.
pub fn int_repr(value: i64) -> String {
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_and_int() {
        // Expectations from CPython 2.7.18: repr(10L), repr(-(2**64)), repr(-5).
        assert_eq!(long_repr(&BigInt::from(10)), "10L");
        let big: BigInt = -(BigInt::from(1u64) << 64usize);
        assert_eq!(long_repr(&big), "-18446744073709551616L");
        assert_eq!(int_repr(-5), "-5");
    }
}
