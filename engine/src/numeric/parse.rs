//! The string parsers of the `int`, `long`, `float` and `complex` constructors of CPython 2.7.
//!
//! In: the bytes of a `str` (the runtime turns a `unicode` argument into ASCII first) and the
//! optional base. Out: the value or the `ValueError` CPython raises, message included.
//! - `int(s, base)` (`PyInt_FromString`): leading/trailing whitespace, a sign (whitespace may
//!   follow it), `0x`/`0o`/`0b` prefixes for base 0 and for bases 16/8/2, a leading `0` meaning
//!   octal in base 0; no `L` suffix, no underscores. A value outside `i64` is a `long`. The
//!   message shows `repr` of the string after leading whitespace, cut at 200 bytes.
//! - `long(s, base)` (`PyLong_FromString`): the same plus an optional `l`/`L`; the message names
//!   the base deduced for base 0 and shows the whole argument.
//! - Without an explicit base a NUL byte ends the text and, if what precedes it parses,
//!   `null byte in argument for int()`/`long()` follows; with a base the whole `repr` is shown.
//! - `float(s)`: decimal syntax or `inf`/`infinity`/`nan` (any case, signed), surrounding
//!   whitespace; `could not convert string to float: ...` when no prefix parses, `invalid
//!   literal for float(): ...` when only a prefix does.
//! - `complex(s)`: `<float>`, `<float>j`, `<float><signed float>j`, `<float><sign>j`,
//!   `<sign>j`, `j`, optionally in parentheses; else `complex() arg is a malformed string`.

use super::float::parse_inf_or_nan;
use super::{value_error, Int, NumError, NumResult};
use crate::pyfmt::bytes_repr;
use num_bigint::{BigInt, BigUint};
use num_traits::{ToPrimitive, Zero};

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn digit_value(c: u8) -> u32 {
    match c {
        b'0'..=b'9' => (c - b'0') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 10,
        b'A'..=b'Z' => (c - b'A') as u32 + 10,
        _ => 37,
    }
}

/// The C string view: bytes up to the first NUL.
fn c_str(s: &[u8]) -> &[u8] {
    match s.iter().position(|&c| c == 0) {
        Some(n) => &s[..n],
        None => s,
    }
}

fn literal_error(kind: &str, base: i64, shown: &[u8]) -> NumError {
    let shown = &shown[..shown.len().min(200)];
    NumError::Value(format!(
        "invalid literal for {}() with base {}: {}",
        kind,
        base,
        bytes_repr(shown)
    ))
}

fn at(s: &[u8], i: usize) -> u8 {
    s.get(i).copied().unwrap_or(0)
}

/// `PyOS_strtoul`'s scan: returns the end position and the magnitude (exact).
fn strtoul(s: &[u8], mut i: usize, base: u32) -> (usize, BigUint) {
    let zero = BigUint::zero();
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let mut base = base;
    let prefix_ok = |i: usize, letter: u8, radix: u32| -> Option<bool> {
        // At s[i] == '0': Some(true) if a letter prefix with a digit follows, Some(false) if
        // the letter is there without a digit, None if there is no letter.
        if at(s, i + 1).to_ascii_lowercase() == letter {
            Some(digit_value(at(s, i + 2)) < radix)
        } else {
            None
        }
    };
    if base == 0 {
        if at(s, i) == b'0' {
            let mut found = false;
            for (letter, radix) in [(b'x', 16), (b'o', 8), (b'b', 2)] {
                match prefix_ok(i, letter, radix) {
                    Some(true) => {
                        i += 2;
                        base = radix;
                        found = true;
                        break;
                    }
                    Some(false) => return (i + 1, zero),
                    None => {}
                }
            }
            if !found {
                i += 1;
                base = 8;
            }
        } else {
            base = 10;
        }
    } else if let Some(letter) = match base {
        16 => Some(b'x'),
        8 => Some(b'o'),
        2 => Some(b'b'),
        _ => None,
    } {
        if at(s, i) == b'0' {
            match prefix_ok(i, letter, base) {
                Some(true) => i += 2,
                Some(false) => return (i + 1, zero),
                None => i += 1,
            }
        }
    }
    let start = i;
    while i < s.len() && digit_value(s[i]) < base {
        i += 1;
    }
    let value = if i > start {
        BigUint::parse_bytes(&s[start..i], base).unwrap_or_default()
    } else {
        zero
    };
    (i, value)
}

fn check_base(kind: &str, base: i64) -> NumResult<()> {
    if (base != 0 && base < 2) || base > 36 {
        return Err(value_error(&format!(
            "{}() base must be >= 2 and <= 36, or 0",
            kind
        )));
    }
    Ok(())
}

/// `PyInt_FromString` on a C string (no NULs).
fn int_from_c_string(s: &[u8], base: i64) -> NumResult<Int> {
    let mut i = 0;
    while i < s.len() && is_space(s[i]) {
        i += 1;
    }
    let s = &s[i..];
    let bad = || literal_error("int", base, s);
    let (negative, digits_from) = match at(s, 0) {
        b'+' => (false, 1),
        b'-' => (true, 1),
        _ => (false, 0),
    };
    let (end, magnitude) = strtoul(s, digits_from, base as u32);
    if end == 0 || !at(s, end - 1).is_ascii_alphanumeric() {
        return Err(bad());
    }
    let mut j = end;
    while j < s.len() && is_space(s[j]) {
        j += 1;
    }
    if j != s.len() {
        return Err(bad());
    }
    let value = BigInt::from_biguint(
        if negative {
            num_bigint::Sign::Minus
        } else {
            num_bigint::Sign::Plus
        },
        magnitude,
    );
    Ok(match value.to_i64() {
        Some(v) => Int::Small(v),
        None => Int::Big(value),
    })
}

/// `int(s)` (`base == None`) or `int(s, base)`.
pub fn parse_int(s: &[u8], base: Option<i64>) -> NumResult<Int> {
    let explicit = base.is_some();
    let base = base.unwrap_or(10);
    let text = c_str(s);
    if text.len() != s.len() {
        // int_new/long_new check for NULs before PyInt_FromString checks the base.
        if explicit {
            return Err(NumError::Value(format!(
                "invalid literal for int() with base {}: {}",
                base,
                bytes_repr(s)
            )));
        }
        int_from_c_string(text, base)?;
        return Err(value_error("null byte in argument for int()"));
    }
    check_base("int", base)?;
    int_from_c_string(text, base)
}

/// `PyLong_FromString` on a C string.
fn long_from_c_string(orig: &[u8], base: i64) -> NumResult<BigInt> {
    let mut base = base as u32;
    let mut i = 0;
    while i < orig.len() && is_space(orig[i]) {
        i += 1;
    }
    let mut negative = false;
    match at(orig, i) {
        b'+' => i += 1,
        b'-' => {
            i += 1;
            negative = true;
        }
        _ => {}
    }
    while i < orig.len() && is_space(orig[i]) {
        i += 1;
    }
    if base == 0 {
        base = if at(orig, i) != b'0' {
            10
        } else {
            match at(orig, i + 1).to_ascii_lowercase() {
                b'x' => 16,
                b'o' => 8,
                b'b' => 2,
                _ => 8,
            }
        };
    }
    let bad = |base: u32| literal_error("long", base as i64, orig);
    if at(orig, i) == b'0' {
        let letter = at(orig, i + 1).to_ascii_lowercase();
        if (base == 16 && letter == b'x')
            || (base == 8 && letter == b'o')
            || (base == 2 && letter == b'b')
        {
            i += 2;
        }
    }
    let start = i;
    while i < orig.len() && digit_value(orig[i]) < base {
        i += 1;
    }
    if i == start {
        return Err(bad(base));
    }
    let magnitude = BigUint::parse_bytes(&orig[start..i], base).unwrap_or_default();
    if matches!(at(orig, i), b'l' | b'L') {
        i += 1;
    }
    while i < orig.len() && is_space(orig[i]) {
        i += 1;
    }
    if i != orig.len() {
        return Err(bad(base));
    }
    let sign = if negative {
        num_bigint::Sign::Minus
    } else {
        num_bigint::Sign::Plus
    };
    Ok(BigInt::from_biguint(sign, magnitude))
}

/// `long(s)` (`base == None`) or `long(s, base)`.
pub fn parse_long(s: &[u8], base: Option<i64>) -> NumResult<BigInt> {
    let explicit = base.is_some();
    let base = base.unwrap_or(10);
    let text = c_str(s);
    if text.len() != s.len() {
        // int_new/long_new check for NULs before PyInt_FromString checks the base.
        if explicit {
            return Err(NumError::Value(format!(
                "invalid literal for long() with base {}: {}",
                base,
                bytes_repr(s)
            )));
        }
        long_from_c_string(text, base)?;
        return Err(value_error("null byte in argument for long()"));
    }
    check_base("long", base)?;
    long_from_c_string(text, base)
}

/// Bytes echoed into a message, one `char` per byte (see [`NumError`]).
fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| b as char).collect()
}

/// `_Py_dg_strtod`'s decimal syntax at the start of `s`: the bytes consumed (0 if none).
fn decimal_prefix(s: &[u8]) -> usize {
    let mut i = 0;
    if matches!(at(s, 0), b'+' | b'-') {
        i = 1;
    }
    let int_start = i;
    while at(s, i).is_ascii_digit() {
        i += 1;
    }
    let mut digits = i - int_start;
    if at(s, i) == b'.' {
        let frac_start = i + 1;
        let mut j = frac_start;
        while at(s, j).is_ascii_digit() {
            j += 1;
        }
        digits += j - frac_start;
        if digits > 0 {
            i = j;
        }
    }
    if digits == 0 {
        return 0;
    }
    if matches!(at(s, i), b'e' | b'E') {
        let mut j = i + 1;
        if matches!(at(s, j), b'+' | b'-') {
            j += 1;
        }
        if at(s, j).is_ascii_digit() {
            while at(s, j).is_ascii_digit() {
                j += 1;
            }
            i = j;
        }
    }
    i
}

/// `_PyOS_ascii_strtod`: the value of the longest float prefix of `s` and its length (0 when
/// nothing parses).
fn strtod_prefix(s: &[u8]) -> (f64, usize) {
    let n = decimal_prefix(s);
    if n > 0 {
        let text = std::str::from_utf8(&s[..n]).unwrap_or("0");
        return (text.parse().unwrap_or(0.0), n);
    }
    match parse_inf_or_nan(s) {
        Some((v, used)) => (v, used),
        None => (0.0, 0),
    }
}

/// `float(s)`.
pub fn parse_float(s: &[u8]) -> NumResult<f64> {
    let mut start = 0;
    while start < s.len() && is_space(s[start]) {
        start += 1;
    }
    let mut last = s.len();
    while start + 1 < last && is_space(s[last - 1]) {
        last -= 1;
    }
    let shown = c_str(&s[start..]);
    let shown = &shown[..shown.len().min(200)];
    let (x, used) = strtod_prefix(c_str(&s[start..]));
    if used == 0 {
        return Err(NumError::Value(format!(
            "could not convert string to float: {}",
            latin1(shown)
        )));
    }
    if start + used != last {
        return Err(NumError::Value(format!(
            "invalid literal for float(): {}",
            latin1(shown)
        )));
    }
    Ok(x)
}

/// `complex(s)`.
pub fn parse_complex(s: &[u8]) -> NumResult<(f64, f64)> {
    let malformed = || value_error("complex() arg is a malformed string");
    let text = c_str(s);
    let mut i = 0;
    while i < text.len() && is_space(text[i]) {
        i += 1;
    }
    let mut got_bracket = false;
    if at(text, i) == b'(' {
        got_bracket = true;
        i += 1;
        while i < text.len() && is_space(text[i]) {
            i += 1;
        }
    }
    let (mut x, mut y) = (0.0, 0.0);
    let (z, used) = strtod_prefix(&text[i..]);
    let is_j = |c: u8| c == b'j' || c == b'J';
    if used > 0 {
        i += used;
        if matches!(at(text, i), b'+' | b'-') {
            x = z;
            let (w, used2) = strtod_prefix(&text[i..]);
            if used2 > 0 {
                y = w;
                i += used2;
            } else {
                y = if text[i] == b'+' { 1.0 } else { -1.0 };
                i += 1;
            }
            if !is_j(at(text, i)) {
                return Err(malformed());
            }
            i += 1;
        } else if is_j(at(text, i)) {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        if matches!(at(text, i), b'+' | b'-') {
            y = if text[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !is_j(at(text, i)) {
            return Err(malformed());
        }
        i += 1;
    }
    while i < text.len() && is_space(text[i]) {
        i += 1;
    }
    if got_bracket {
        if at(text, i) != b')' {
            return Err(malformed());
        }
        i += 1;
        while i < text.len() && is_space(text[i]) {
            i += 1;
        }
    }
    if i != s.len() {
        return Err(malformed());
    }
    Ok((x, y))
}
