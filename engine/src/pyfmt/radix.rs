//! `hex()`, `oct()` and `bin()` of `int` and `long` as Python 2.7 spells them.
//!
//! In: a `BigInt` and whether the value is a `long` (an `int` is any value held as `i64`).
//! Out: `hex(255) == '0xff'`, `hex(255L) == '0xffL'`, `oct(8) == '010'`, `oct(0) == '0'`,
//! `oct(0L) == '0L'`, `bin(5) == '0b101'` (never an `L`); negative values put `-` before the
//! prefix. Digits are lower case. Invariant: total functions, no errors.

use num_bigint::{BigInt, Sign};

fn with_sign(value: &BigInt, body: String) -> String {
    if value.sign() == Sign::Minus {
        format!("-{}", body)
    } else {
        body
    }
}

/// `hex(value)`.
pub fn hex_text(value: &BigInt, is_long: bool) -> String {
    let suffix = if is_long { "L" } else { "" };
    with_sign(
        value,
        format!("0x{}{}", value.magnitude().to_str_radix(16), suffix),
    )
}

/// `oct(value)`: a single `0` prefix, none for zero itself.
pub fn oct_text(value: &BigInt, is_long: bool) -> String {
    let suffix = if is_long { "L" } else { "" };
    if value.sign() == Sign::NoSign {
        return format!("0{}", suffix);
    }
    with_sign(
        value,
        format!("0{}{}", value.magnitude().to_str_radix(8), suffix),
    )
}

/// `bin(value)`.
pub fn bin_text(value: &BigInt) -> String {
    with_sign(value, format!("0b{}", value.magnitude().to_str_radix(2)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn radix_texts_match_cpython() {
        let mut failures = Vec::new();
        for (value, is_long, hex, oct, bin) in RADIX_CASES {
            let n: BigInt = value.parse().unwrap();
            let got = (hex_text(&n, *is_long), oct_text(&n, *is_long), bin_text(&n));
            if (got.0.as_str(), got.1.as_str(), got.2.as_str()) != (*hex, *oct, *bin) {
                failures.push(format!("{} {}: got {:?}", value, is_long, got));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    include!("radix_cases.rs");
}
