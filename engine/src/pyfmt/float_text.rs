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
    if let Some(text) = fixed_small(x, precision) {
        return text;
    }
    let mut text = format!("{:.*}", precision.min(EXACT_DIGITS), x);
    text.extend(std::iter::repeat_n(
        '0',
        precision.saturating_sub(EXACT_DIGITS),
    ));
    text
}

/// `{:.p}` of a finite, non-negative `x` below 2^64 with `p <= 17`, in integer arithmetic: `x` is
/// `m * 2^e` exactly, so `x * 10^p = m * 10^p * 2^e` fits a `u128` (m < 2^53, 10^17 < 2^57, and
/// for e >= 0, x < 2^64); the division by `2^-e` is rounded half to even on the exact remainder,
/// which is the correctly rounded result the general path gives. None outside that range.
fn fixed_small(x: f64, precision: usize) -> Option<String> {
    if precision > 17 || !(0.0..18446744073709551616.0).contains(&x) {
        return None;
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    // x = m * 2^e
    let (m, e) = if exp_bits == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp_bits - 1075)
    };
    let scaled = m as u128 * 10u128.pow(precision as u32);
    let q = if e >= 0 {
        scaled << e
    } else {
        let k = (-e) as u32;
        if k >= 128 {
            0 // x * 10^p < 2^110 < half of 2^k: rounds to zero
        } else {
            let q = scaled >> k;
            let r = scaled & ((1u128 << k) - 1);
            let half = 1u128 << (k - 1);
            if r > half || (r == half && q & 1 == 1) {
                q + 1
            } else {
                q
            }
        }
    };
    let digits = q.to_string();
    if precision == 0 {
        return Some(digits);
    }
    let mut text = String::with_capacity(digits.len() + 2);
    if digits.len() <= precision {
        text.push_str("0.");
        text.extend(std::iter::repeat_n('0', precision - digits.len()));
        text.push_str(&digits);
    } else {
        let (int_part, frac_part) = digits.split_at(digits.len() - precision);
        text.push_str(int_part);
        text.push('.');
        text.push_str(frac_part);
    }
    Some(text)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The integer fast path agrees with Rust's exact formatter (ties to even on exact halves)
    /// on values around every power of two and ten, exact halves and random bit patterns.
    #[test]
    fn fixed_small_matches_exact_formatter() {
        let mut values = vec![
            0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-300, 5e-324, 2.675, 1.0005,
        ];
        for k in -60..64 {
            let p = 2f64.powi(k);
            values.extend([p, p * 1.5, p * 0.999_999, p * 3.0 / 7.0]);
        }
        for k in -20..19 {
            let p = 10f64.powi(k);
            values.extend([p, p * 0.5, p * 1.25, p * 7.77]);
        }
        let mut state = 0x2545_f491_4f6c_dd1du64;
        for _ in 0..20000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state >> 2);
            if x.is_finite() {
                values.push(x);
            }
            values.push((state % 100_000_000) as f64 / 7.0);
        }
        for &x in &values {
            for precision in 0..=17 {
                if let Some(fast) = fixed_small(x, precision) {
                    assert_eq!(fast, format!("{:.*}", precision, x), "{x:e} .{precision}");
                }
            }
        }
    }
}
