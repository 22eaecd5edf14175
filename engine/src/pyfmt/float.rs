//! `repr` and `str` of `float`, and `repr` of `complex`, as CPython 2.7 lays them out.
//!
//! Digits come from Rust's formatter, which gives the shortest round-trip digits (`{:e}`) or
//! correctly rounded digits at a fixed precision (`{:.Ne}`); when two shortest digit strings are
//! equally close, the correctly rounded (half-even) one is kept, as David Gay's `dtoa` does.
//! Otherwise this module only lays them out:
//! - `repr`: shortest digits; exponent form when the decimal exponent is below -4 or at least 16
//!   (`1e-05`, `1e+16`), else positional with at least one fractional digit (`1.0`, `0.0001`).
//! - `str`: 12 significant digits, trailing zeros dropped; exponent form when the exponent is
//!   below -4 or at least 11 (CPython's `%.12g` with its add-`.0` rule), else positional with `.0`.
//! - complex `repr`: each part as `repr` minus the forced `.0`; `1j` alone when the real part is
//!   +0.0, else `(re+imj)`; `inf`, `nan` (never signed) spelled out.

/// Shortest round-trip decimal digits of a finite, nonzero-or-zero `|x|` and the exponent of the
/// first digit (`x = 0.d1d2... * 10^(exp+1)`, i.e. `d1.d2... * 10^exp`).
///
/// Rust's shortest digits break a tie between two equally close shortest candidates
/// differently from David Gay's `dtoa` (which CPython uses): `900719925474099.25` gives
/// `...099.3` in Rust and `...099.2` in CPython. `dtoa` keeps the correctly rounded (half to
/// even) digits of that length, so they are recomputed at the same precision; being the
/// closest candidates, they round-trip whenever the shortest ones do.
fn shortest_digits(x: f64) -> (String, i32) {
    let (digits, exp) = split_scientific(&format!("{:e}", x.abs()));
    let rounded = format!("{:.*e}", digits.len().saturating_sub(1), x.abs());
    let (alt_digits, alt_exp) = split_scientific(&rounded);
    if alt_digits != digits && rounded.parse::<f64>().ok() == Some(x.abs()) {
        let trimmed = alt_digits.trim_end_matches('0');
        let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
        return (trimmed.to_string(), alt_exp);
    }
    (digits, exp)
}

/// Digits of `|x|` correctly rounded to `precision` significant digits, trailing zeros dropped.
fn rounded_digits(x: f64, precision: usize) -> (String, i32) {
    let text = format!("{:.*e}", precision.saturating_sub(1), x.abs());
    let (digits, exp) = split_scientific(&text);
    let trimmed = digits.trim_end_matches('0');
    let trimmed = if trimmed.is_empty() { "0" } else { trimmed };
    (trimmed.to_string(), exp)
}

/// `"1.2345e-7"` → (`"12345"`, -7).
pub(super) fn split_scientific(text: &str) -> (String, i32) {
    let (mantissa, exp) = text.split_once('e').unwrap_or((text, "0"));
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, exp.parse().unwrap_or(0))
}

/// Lays out `digits` (first digit at decimal exponent `exp`) as CPython does: exponent form when
/// `use_exponent`, else positional. `dot_zero` forces a `.0` on integral positional output.
fn layout(negative: bool, digits: &str, exp: i32, use_exponent: bool, dot_zero: bool) -> String {
    let mut out = String::with_capacity(digits.len() + 8);
    if negative {
        out.push('-');
    }
    if use_exponent {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.unsigned_abs()));
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(digits);
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(digits);
            for _ in digits.len()..int_len {
                out.push('0');
            }
            if dot_zero {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
    out
}

fn non_finite(x: f64) -> Option<&'static str> {
    if x.is_nan() {
        Some("nan")
    } else if x == f64::INFINITY {
        Some("inf")
    } else if x == f64::NEG_INFINITY {
        Some("-inf")
    } else {
        None
    }
}

/// `repr` layout with or without the forced `.0`.
fn repr_with(x: f64, dot_zero: bool) -> String {
    if let Some(text) = non_finite(x) {
        return text.to_string();
    }
    let (digits, exp) = shortest_digits(x);
    let negative = x.is_sign_negative();
    if x == 0.0 {
        return layout(negative, "0", 0, false, dot_zero);
    }
    layout(negative, &digits, exp, !(-4..16).contains(&exp), dot_zero)
}

/// `repr(float)`.
pub fn float_repr(x: f64) -> String {
    repr_with(x, true)
}

/// `str(float)`.
pub fn float_str(x: f64) -> String {
    if let Some(text) = non_finite(x) {
        return text.to_string();
    }
    let negative = x.is_sign_negative();
    if x == 0.0 {
        return layout(negative, "0", 0, false, true);
    }
    let (digits, exp) = rounded_digits(x, 12);
    layout(negative, &digits, exp, !(-4..11).contains(&exp), true)
}

/// `repr(complex(real, imag))`.
pub fn complex_repr(real: f64, imag: f64) -> String {
    let imag_text = repr_with(imag, false);
    if real == 0.0 && real.is_sign_positive() {
        return format!("{}j", imag_text);
    }
    let sign = if imag_text.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", repr_with(real, false), sign, imag_text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_cpython() {
        // (value, CPython 2.7.18 repr(value))
        for (x, expected) in REPR_CASES {
            assert_eq!(float_repr(*x), *expected, "{:e}", x);
        }
    }

    #[test]
    fn float_strs_match_cpython() {
        for (x, expected) in STR_CASES {
            assert_eq!(float_str(*x), *expected, "{:e}", x);
        }
    }

    #[test]
    fn complex_reprs_match_cpython() {
        for (re, im, expected) in COMPLEX_CASES {
            assert_eq!(complex_repr(*re, *im), *expected, "{:e} {:e}", re, im);
        }
    }

    #[test]
    fn float_repr_breaks_ties_like_dtoa() {
        // Ties between two shortest candidates (dtoa keeps the half-to-even one); from
        // python2.7 -c "for x in xs: print repr(x)" with the values listed.
        let ties: &[(f64, &str)] = &[
            (900719925474099.2, "900719925474099.2"),
            (900719925474099.8, "900719925474099.8"),
            (123456789012345.62, "123456789012345.62"),
            (4503599627370495.5, "4503599627370495.5"),
            (1099511627776.25, "1099511627776.25"),
            (2199023255552.25, "2199023255552.25"),
            (4398046511104.25, "4398046511104.25"),
            (8796093022208.25, "8796093022208.25"),
            (17592186044416.25, "17592186044416.25"),
            (35184372088832.25, "35184372088832.25"),
            (70368744177664.25, "70368744177664.25"),
            (140737488355328.25, "140737488355328.25"),
            (281474976710656.25, "281474976710656.25"),
            (562949953421312.2, "562949953421312.2"),
            (1125899906842624.2, "1125899906842624.2"),
            (2251799813685248.0, "2251799813685248.0"),
            (4503599627370496.0, "4503599627370496.0"),
            (1099511627776.75, "1099511627776.75"),
            (2199023255552.75, "2199023255552.75"),
            (4398046511104.75, "4398046511104.75"),
            (8796093022208.75, "8796093022208.75"),
            (17592186044416.75, "17592186044416.75"),
            (35184372088832.75, "35184372088832.75"),
            (70368744177664.75, "70368744177664.75"),
            (140737488355328.75, "140737488355328.75"),
            (281474976710656.75, "281474976710656.75"),
            (562949953421312.8, "562949953421312.8"),
            (1125899906842624.8, "1125899906842624.8"),
            (2251799813685249.0, "2251799813685249.0"),
            (4503599627370497.0, "4503599627370497.0"),
        ];
        for (x, expected) in ties {
            assert_eq!(float_repr(*x), *expected, "{:e}", x);
        }
    }

    include!("float_cases.rs");
}
