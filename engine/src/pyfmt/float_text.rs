//! Text of a float in one of the `%`-style conversions `e f g` (with or without the `#` flag), as
//! CPython 2.7's `PyOS_double_to_string` lays it out; shared by `format()` (spec.rs) and `%`
//! (printf.rs).
//!
//! In: `|x|` (the caller owns the sign), a conversion letter, a precision, the alternate flag and
//! "add `.0`" (the `format()` default type). Out: ASCII text without sign, lower case (callers
//! upper-case for `E F G`). Digits are correctly rounded (Rust's exact formatter, ties to even on
//! exact halves, as C's printf). Invariants: `inf`/`nan` come out as `inf`/`nan`; no panics for
//! any precision (the text just grows).

use super::float::split_scientific;

/// The conversion letters after case folding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FloatKind {
    Exponent,
    Fixed,
    General,
}

/// Unsigned text of `|x|`. `precision` is the C precision (digits after the point for `e`/`f`,
/// significant digits for `g`, where 0 means 1). `add_dot_0` is the `format()` default type: `g`
/// that keeps one more digit positional-vs-exponent threshold and adds `.0` to integral output.
pub(super) fn float_body(
    x: f64,
    kind: FloatKind,
    precision: usize,
    alt: bool,
    add_dot_0: bool,
) -> String {
    let x = x.abs();
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return "inf".to_string();
    }
    match kind {
        FloatKind::Fixed => {
            let mut text = fixed(x, precision);
            if alt && precision == 0 {
                text.push('.');
            }
            text
        }
        FloatKind::Exponent => {
            let (digits, exp) = split_scientific(&scientific(x, precision));
            exponent_form(&digits, exp, alt)
        }
        FloatKind::General => {
            let precision = precision.max(1);
            let (mut digits, exp) = split_scientific(&scientific(x, precision - 1));
            let limit = if add_dot_0 {
                precision as i64 - 1
            } else {
                precision as i64
            };
            let use_exp = exp < -4 || exp as i64 >= limit;
            if !alt {
                let kept = digits.trim_end_matches('0').len().max(1);
                digits.truncate(kept);
            }
            if use_exp {
                exponent_form(&digits, exp, alt)
            } else {
                positional(&digits, exp, alt, add_dot_0)
            }
        }
    }
}

/// Digits a double can need: its exact decimal expansion has at most 1074 digits after the point
/// and fewer than 800 significant ones, so any further requested digit is a zero. (Rust's
/// formatter refuses precisions above `u16::MAX`, so larger requests are padded by hand.)
const EXACT_DIGITS: usize = 1100;

/// `{:.p}` of a finite `x` for any `p`.
fn fixed(x: f64, precision: usize) -> String {
    let mut text = format!("{:.*}", precision.min(EXACT_DIGITS), x);
    text.extend(std::iter::repeat_n(
        '0',
        precision.saturating_sub(EXACT_DIGITS),
    ));
    text
}

/// `{:.pe}` of a finite `x` for any `p`.
fn scientific(x: f64, precision: usize) -> String {
    let text = format!("{:.*e}", precision.min(EXACT_DIGITS), x);
    if precision <= EXACT_DIGITS {
        return text;
    }
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    let zeros = "0".repeat(precision - EXACT_DIGITS);
    format!("{}{}e{}", mantissa, zeros, exp)
}

/// `d.ddde+XX`; with `alt` the point stays even with no digits after it.
fn exponent_form(digits: &str, exp: i32, alt: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 6);
    out.push_str(&digits[..1]);
    if digits.len() > 1 || alt {
        out.push('.');
    }
    out.push_str(&digits[1..]);
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    out.push_str(&format!("{:02}", exp.unsigned_abs()));
    out
}

/// Positional layout of `digits` whose first digit sits at decimal exponent `exp`.
fn positional(digits: &str, exp: i32, alt: bool, add_dot_0: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 8);
    if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(digits);
        return out;
    }
    let int_len = exp as usize + 1;
    if digits.len() <= int_len {
        out.push_str(digits);
        for _ in digits.len()..int_len {
            out.push('0');
        }
        if add_dot_0 {
            out.push_str(".0");
        } else if alt {
            out.push('.');
        }
    } else {
        out.push_str(&digits[..int_len]);
        out.push('.');
        out.push_str(&digits[int_len..]);
    }
    out
}
