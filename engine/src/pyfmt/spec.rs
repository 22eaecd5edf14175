//! The format-spec mini-language of Python 2.7: `format(value, spec)` and `'{:spec}'.format(..)`.
//!
//! In: a spec `[[fill]align][sign][#][0][width][,][.precision][type]` as text (a `str` spec is
//! handed over decoded as Latin-1, one char per byte) and a plain value: text length, `BigInt`,
//! `f64`, or a complex's two parts. Out: the formatted text, or a [`FormatError`] carrying
//! CPython 2.7.18's exception type and exact message.
//! Invariants: checks run in CPython's order (parse errors; `,` with a type that forbids it;
//! unknown type code; then the per-type flag checks), so the first error reported is CPython's.
//! Nothing panics; fields wider than [`MAX_FIELD`] are a `MemoryError` rather than an abort.
//! The runtime's split: it picks the function by the object's type, passes the type name used in
//! messages (`int`, `long`, `bool`, `str`, `unicode`), maps `str` results back to bytes, and
//! encodes a unicode spec given to a number as ASCII first (CPython raises UnicodeEncodeError for
//! `format(1, u'\xe9')`). An empty spec means `str(value)` (the runtime's rule; it matters for
//! `bool`: `format(True, '')` is `'True'`); for the other types the functions here give the same.
//! Float's omitted type is `g` with precision 12 that adds `.0` to integral positional output and
//! goes to exponent form one digit earlier (`format(1.0, '.0')` is `1e+00`); complex's omitted
//! type is `g`/12 without `.0`, parenthesised unless the real part is `+0.0`. Unlike `%`, `format`
//! never switches `f` to `g` for large values in 2.7.18 (nor does `%`: `'%f' % 1e50` is digits).

use super::float_text::{float_body, FloatKind};
use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

/// Widths and precisions above this many characters are refused with `MemoryError` (CPython
/// would try to allocate them).
pub const MAX_FIELD: usize = 1 << 32;

/// A Python exception raised by formatting: its class and message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FormatError {
    Value(String),
    Overflow(String),
    Type(String),
    Memory,
}

impl FormatError {
    /// The exception class name (`ValueError`, ...).
    pub fn class_name(&self) -> &'static str {
        match self {
            FormatError::Value(_) => "ValueError",
            FormatError::Overflow(_) => "OverflowError",
            FormatError::Type(_) => "TypeError",
            FormatError::Memory => "MemoryError",
        }
    }

    /// The exception message (empty for `MemoryError`).
    pub fn message(&self) -> &str {
        match self {
            FormatError::Value(m) | FormatError::Overflow(m) | FormatError::Type(m) => m,
            FormatError::Memory => "",
        }
    }
}

fn value_error(message: impl Into<String>) -> FormatError {
    FormatError::Value(message.into())
}

/// `<`, `>`, `^`, `=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    AfterSign,
}

/// A parsed spec. `fill` is `None` when neither given nor implied by the `0` flag.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: Option<char>,
    pub align: Option<Align>,
    /// `'+'`, `'-'` or `' '` when given.
    pub sign: Option<char>,
    pub alternate: bool,
    pub width: Option<usize>,
    pub thousands: bool,
    pub precision: Option<usize>,
    /// The type letter; `None` when omitted and the object's default is "none" (float, complex).
    pub kind: Option<char>,
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// Parses a spec. `default_kind` is the object's default type (`'s'` for strings, `'d'` for int
/// and long, `None` for float and complex); it matters to the `,` check.
pub fn parse_spec(spec: &str, default_kind: Option<char>) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut out = FormatSpec {
        fill: None,
        align: None,
        sign: None,
        alternate: false,
        width: None,
        thousands: false,
        precision: None,
        kind: default_kind,
    };
    let mut i = 0;
    if chars.len() >= 2 && align_of(chars[1]).is_some() {
        out.fill = Some(chars[0]);
        out.align = align_of(chars[1]);
        i = 2;
    } else if let Some(align) = chars.first().and_then(|&c| align_of(c)) {
        out.align = Some(align);
        i = 1;
    }
    if let Some(&c) = chars.get(i) {
        if c == '+' || c == '-' || c == ' ' {
            out.sign = Some(c);
            i += 1;
        }
    }
    if chars.get(i) == Some(&'#') {
        out.alternate = true;
        i += 1;
    }
    if out.fill.is_none() && chars.get(i) == Some(&'0') {
        out.fill = Some('0');
        if out.align.is_none() {
            out.align = Some(Align::AfterSign);
        }
        i += 1;
    }
    let (width, next) = read_integer(&chars, i)?;
    out.width = width;
    i = next;
    if chars.get(i) == Some(&',') {
        out.thousands = true;
        i += 1;
    }
    if chars.get(i) == Some(&'.') {
        let (precision, next) = read_integer(&chars, i + 1)?;
        if precision.is_none() {
            return Err(value_error("Format specifier missing precision"));
        }
        out.precision = precision;
        i = next;
    }
    match chars.len() - i {
        0 => {}
        1 => out.kind = Some(chars[i]),
        _ => return Err(value_error("Invalid conversion specification")),
    }
    if out.thousands {
        match out.kind {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some(c) => return Err(value_error(format!("Cannot specify ',' with '{}'.", c))),
        }
    }
    Ok(out)
}

/// Decimal digits from `start`; `None` when there are none. Overflowing `isize` is CPython's
/// "Too many decimal digits in format string".
fn read_integer(chars: &[char], start: usize) -> Result<(Option<usize>, usize), FormatError> {
    let mut i = start;
    let mut value: usize = 0;
    while let Some(d) = chars.get(i).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(d as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        i += 1;
    }
    Ok(((i > start).then_some(value), i))
}

/// "Unknown format code". A `unicode` spec (only `unicode` objects see one: the runtime encodes a
/// number's unicode spec to ASCII first, raising `UnicodeEncodeError`) shows codes outside
/// 33..128 as `\x..`; a `str` spec shows the raw byte.
fn unknown_code(kind: char, type_name: &str) -> FormatError {
    let kind = if type_name == "unicode" && !(33..128).contains(&(kind as u32)) {
        format!("\\x{:x}", kind as u32)
    } else {
        kind.to_string()
    };
    value_error(format!(
        "Unknown format code '{}' for object of type '{}'",
        kind, type_name
    ))
}

fn check_width(spec: &FormatSpec) -> Result<usize, FormatError> {
    let width = spec.width.unwrap_or(0);
    if width > MAX_FIELD {
        return Err(FormatError::Memory);
    }
    Ok(width)
}

/// How to lay out a string of `len` characters: keep its first `keep`, then pad.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StrLayout {
    pub keep: usize,
    pub left: usize,
    pub right: usize,
    pub fill: char,
}

/// Checks a spec against a `str`/`unicode` value of `len` characters (`type_name` is `str` or
/// `unicode`) and says how to lay it out; for text that is not a Rust `String` (bytes, lone
/// surrogates) the caller applies the layout itself.
pub fn str_layout(
    len: usize,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<StrLayout, FormatError> {
    match spec.kind {
        None | Some('s') => {}
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    if spec.sign.is_some() {
        return Err(value_error("Sign not allowed in string format specifier"));
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let width = check_width(spec)?;
    let keep = spec.precision.map_or(len, |p| p.min(len));
    let padding = width.saturating_sub(keep);
    let (left, right) = match spec.align.unwrap_or(Align::Left) {
        Align::Left | Align::AfterSign => (0, padding),
        Align::Right => (padding, 0),
        Align::Center => (padding / 2, padding - padding / 2),
    };
    Ok(StrLayout {
        keep,
        left,
        right,
        fill: spec.fill.unwrap_or(' '),
    })
}

/// `format(s, spec)` for a string held as Rust text.
pub fn format_str(value: &str, spec: &str, type_name: &str) -> Result<String, FormatError> {
    let spec = parse_spec(spec, Some('s'))?;
    let layout = str_layout(value.chars().count(), &spec, type_name)?;
    let mut out = String::with_capacity(value.len() + layout.left + layout.right);
    out.extend(std::iter::repeat_n(layout.fill, layout.left));
    out.extend(value.chars().take(layout.keep));
    out.extend(std::iter::repeat_n(layout.fill, layout.right));
    Ok(out)
}

/// A number cut into the pieces padding and grouping work on.
struct NumberParts {
    sign: Option<char>,
    prefix: String,
    /// Leading integer digits: the ones grouped and zero padded.
    digits: String,
    /// Everything after them: decimal point, fraction, exponent, `%`, or all of `inf`/`nan`.
    rest: String,
}

/// The sign character shown for a number: `-` when negative, else what the spec asks.
fn sign_char(negative: bool, spec_sign: Option<char>) -> Option<char> {
    if negative {
        Some('-')
    } else {
        match spec_sign {
            Some('+') => Some('+'),
            Some(' ') => Some(' '),
            _ => None,
        }
    }
}

/// Groups `digits` by threes from the right with `separator`, zero padding on the left to at
/// least `min_width` characters (CPython's `InsertThousandsGrouping` with `min_width`).
fn group_digits(digits: &str, min_width: usize, separator: Option<char>) -> String {
    let bytes = digits.as_bytes();
    let Some(sep) = separator else {
        let zeros = min_width.saturating_sub(bytes.len());
        return "0".repeat(zeros) + digits;
    };
    let mut groups: Vec<String> = Vec::new();
    let mut remaining = bytes.len() as i64;
    let mut min_width = min_width as i64;
    loop {
        let l = 3.min(remaining.max(min_width).max(1));
        let chars = remaining.min(l).max(0);
        let zeros = (l - remaining).max(0);
        let end = remaining as usize;
        let start = (remaining - chars) as usize;
        groups.push("0".repeat(zeros as usize) + &digits[start..end]);
        remaining -= chars;
        min_width -= l;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1;
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// Pads a number as CPython's `calc_number_widths`/`fill_number` do.
fn layout_number(parts: NumberParts, spec: &FormatSpec, width: usize) -> String {
    let fill = spec.fill.unwrap_or(' ');
    let align = spec.align.unwrap_or(Align::Right);
    let fixed =
        parts.sign.map_or(0, |_| 1) + parts.prefix.chars().count() + parts.rest.chars().count();
    let min_width = if fill == '0' && align == Align::AfterSign {
        width.saturating_sub(fixed)
    } else {
        0
    };
    let separator = spec.thousands.then_some(',');
    let grouped = if parts.digits.is_empty() {
        String::new()
    } else {
        group_digits(&parts.digits, min_width, separator)
    };
    let padding = width.saturating_sub(fixed + grouped.chars().count());
    let (left, inner, right) = match align {
        Align::Left => (0, 0, padding),
        Align::Center => (padding / 2, 0, padding - padding / 2),
        Align::AfterSign => (0, padding, 0),
        Align::Right => (padding, 0, 0),
    };
    let mut out = String::new();
    out.extend(std::iter::repeat_n(fill, left));
    out.extend(parts.sign);
    out.push_str(&parts.prefix);
    out.extend(std::iter::repeat_n(fill, inner));
    out.push_str(&grouped);
    out.push_str(&parts.rest);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `format(n, spec)` for `int`, `long` and `bool`; `type_name` (`int`, `long`, `bool`) goes into
/// "Unknown format code" messages. `'c'` takes 0..256 even for a unicode spec, as 2.7 does.
pub fn format_int(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    match spec.kind {
        Some('b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n') | None => {}
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let x = value.to_f64().filter(|x| x.is_finite()).ok_or_else(|| {
                FormatError::Overflow("long int too large to convert to float".into())
            })?;
            return format_float(x, spec);
        }
        Some(c) => return Err(unknown_code(c, type_name)),
    }
    if spec.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    let width = check_width(spec)?;
    let kind = spec.kind.unwrap_or('d');
    if kind == 'c' {
        if spec.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        let code = value.to_i64().ok_or_else(|| {
            FormatError::Overflow("Python int too large to convert to C long".into())
        })?;
        let code = u32::try_from(code)
            .ok()
            .filter(|&c| c < 0x100)
            .ok_or_else(|| FormatError::Overflow("%c arg not in range(0x100)".into()))?;
        let text = char::from_u32(code).unwrap_or('\u{fffd}').to_string();
        let parts = NumberParts {
            sign: None,
            prefix: String::new(),
            digits: String::new(),
            rest: text,
        };
        return Ok(layout_number(parts, spec, width));
    }
    let (radix, prefix) = match kind {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude().to_str_radix(radix);
    if kind == 'X' {
        digits.make_ascii_uppercase();
    }
    let parts = NumberParts {
        sign: sign_char(value.sign() == Sign::Minus, spec.sign),
        prefix: if spec.alternate {
            prefix.to_string()
        } else {
            String::new()
        },
        digits,
        rest: String::new(),
    };
    Ok(layout_number(parts, spec, width))
}

/// `format(n, spec)` for an `int` held as `i64`.
pub fn format_i64(value: i64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    format_int(&BigInt::from(value), spec, type_name)
}

/// Splits an unsigned float text into leading digits and the rest.
fn split_float_text(text: String) -> (String, String) {
    let cut = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let rest = text[cut..].to_string();
    let mut digits = text;
    digits.truncate(cut);
    (digits, rest)
}

/// Resolves the float type letter: (kind, precision, upper case, add `.0`, append `%`, scale).
fn float_plan(
    kind: Option<char>,
    precision: Option<usize>,
    default_precision: usize,
    add_dot_0_default: bool,
) -> (FloatKind, usize, bool, bool, bool) {
    let (float_kind, upper, add_dot_0, percent) = match kind {
        None | Some('\0') => (FloatKind::General, false, add_dot_0_default, false),
        Some('e') => (FloatKind::Exponent, false, false, false),
        Some('E') => (FloatKind::Exponent, true, false, false),
        Some('f') => (FloatKind::Fixed, false, false, false),
        Some('F') => (FloatKind::Fixed, true, false, false),
        Some('G') => (FloatKind::General, true, false, false),
        Some('%') => (FloatKind::Fixed, false, false, true),
        _ => (FloatKind::General, false, false, false),
    };
    let default = if matches!(kind, None | Some('\0')) {
        default_precision
    } else {
        6
    };
    (
        float_kind,
        precision.unwrap_or(default),
        upper,
        add_dot_0,
        percent,
    )
}

fn check_precision(precision: Option<usize>) -> Result<(), FormatError> {
    match precision {
        Some(p) if p > i32::MAX as usize => Err(value_error("precision too big")),
        Some(p) if p > MAX_FIELD => Err(FormatError::Memory),
        _ => Ok(()),
    }
}

/// `format(x, spec)` for `float`. The default type is `g` with precision 12 that keeps a `.0`
/// on integral output and switches to exponent form one digit earlier (so `''` gives `str(x)`).
pub fn format_float(x: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.kind {
        None | Some('\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(c) => return Err(unknown_code(c, "float")),
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in float format specifier",
        ));
    }
    check_precision(spec.precision)?;
    let width = check_width(spec)?;
    let (kind, precision, upper, add_dot_0, percent) =
        float_plan(spec.kind, spec.precision, 12, true);
    let value = if percent { x * 100.0 } else { x };
    let mut text = float_body(value, kind, precision, false, add_dot_0);
    if upper {
        text.make_ascii_uppercase();
    }
    if percent {
        text.push('%');
    }
    let negative = value.is_sign_negative() && !value.is_nan();
    let (digits, rest) = split_float_text(text);
    let parts = NumberParts {
        sign: sign_char(negative, spec.sign),
        prefix: String::new(),
        digits,
        rest,
    };
    Ok(layout_number(parts, spec, width))
}

/// One part of a complex: sign and grouped text, no padding.
fn complex_part(
    x: f64,
    kind: FloatKind,
    precision: usize,
    upper: bool,
    spec_sign: Option<char>,
    thousands: bool,
) -> String {
    let mut text = float_body(x, kind, precision, false, false);
    if upper {
        text.make_ascii_uppercase();
    }
    let negative = x.is_sign_negative() && !x.is_nan();
    let (digits, rest) = split_float_text(text);
    let mut out = String::new();
    out.extend(sign_char(negative, spec_sign));
    if !digits.is_empty() {
        out.push_str(&group_digits(&digits, 0, thousands.then_some(',')));
    }
    out.push_str(&rest);
    out
}

/// `format(z, spec)` for `complex(real, imag)`. The default type is `g` with precision 12 that
/// drops a `+0.0` real part and otherwise wraps the result in parentheses.
pub fn format_complex(real: f64, imag: f64, spec: &FormatSpec) -> Result<String, FormatError> {
    match spec.kind {
        None | Some('\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') => {}
        Some(c) => return Err(unknown_code(c, "complex")),
    }
    if spec.alternate {
        return Err(value_error(
            "Alternate form (#) not allowed in complex format specifier",
        ));
    }
    if spec.fill == Some('0') {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    check_precision(spec.precision)?;
    let width = check_width(spec)?;
    let (kind, precision, upper, _, _) = float_plan(spec.kind, spec.precision, 12, false);
    let default_type = matches!(spec.kind, None | Some('\0'));
    let skip_real = default_type && real.is_zero() && real.is_sign_positive();
    let mut body = String::new();
    if default_type && !skip_real {
        body.push('(');
    }
    if !skip_real {
        body.push_str(&complex_part(
            real,
            kind,
            precision,
            upper,
            spec.sign,
            spec.thousands,
        ));
    }
    let imag_sign = if skip_real { spec.sign } else { Some('+') };
    body.push_str(&complex_part(
        imag,
        kind,
        precision,
        upper,
        imag_sign,
        spec.thousands,
    ));
    body.push('j');
    if default_type && !skip_real {
        body.push(')');
    }
    let parts = NumberParts {
        sign: None,
        prefix: String::new(),
        digits: String::new(),
        rest: body,
    };
    Ok(layout_number(parts, spec, width))
}

/// Convenience: parse `spec` with the int default and format.
pub fn format_int_spec(value: &BigInt, spec: &str, type_name: &str) -> Result<String, FormatError> {
    format_int(value, &parse_spec(spec, Some('d'))?, type_name)
}

/// Convenience: parse `spec` with the float default and format.
pub fn format_float_spec(x: f64, spec: &str) -> Result<String, FormatError> {
    format_float(x, &parse_spec(spec, None)?)
}

/// Convenience: parse `spec` with the complex default and format.
pub fn format_complex_spec(real: f64, imag: f64, spec: &str) -> Result<String, FormatError> {
    format_complex(real, imag, &parse_spec(spec, None)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(result: Result<String, FormatError>) -> String {
        match result {
            Ok(text) => text,
            Err(e) => format!("!{}: {}", e.class_name(), e.message()),
        }
    }

    fn check(failures: &mut Vec<String>, what: String, got: String, expected: &str) {
        if got != expected {
            failures.push(format!("{}: got {:?}, expected {:?}", what, got, expected));
        }
    }

    fn report(failures: Vec<String>, total: usize) {
        assert!(
            failures.is_empty(),
            "{} of {} failed:\n{}",
            failures.len(),
            total,
            failures.join("\n")
        );
    }

    #[test]
    fn int_specs_match_cpython() {
        let mut failures = Vec::new();
        for (value, type_name, spec, expected) in INT_CASES {
            if *type_name == "bool" && spec.is_empty() {
                continue; // format(True, '') is str(True): the runtime's empty-spec rule.
            }
            let n: BigInt = value.parse().unwrap();
            let got = render(format_int_spec(&n, spec, type_name));
            check(
                &mut failures,
                format!("format({}, {:?})", value, spec),
                got,
                expected,
            );
        }
        report(failures, INT_CASES.len());
    }

    #[test]
    fn float_specs_match_cpython() {
        let mut failures = Vec::new();
        for (bits, spec, expected) in FLOAT_CASES {
            let x = f64::from_bits(*bits);
            let got = render(format_float_spec(x, spec));
            check(
                &mut failures,
                format!("format({:e}, {:?})", x, spec),
                got,
                expected,
            );
        }
        report(failures, FLOAT_CASES.len());
    }

    #[test]
    fn complex_specs_match_cpython() {
        let mut failures = Vec::new();
        for (re, im, spec, expected) in COMPLEX_CASES {
            let (re, im) = (f64::from_bits(*re), f64::from_bits(*im));
            let got = render(format_complex_spec(re, im, spec));
            check(
                &mut failures,
                format!("format(({:e}, {:e}), {:?})", re, im, spec),
                got,
                expected,
            );
        }
        report(failures, COMPLEX_CASES.len());
    }

    #[test]
    fn random_specs_match_cpython() {
        let mut failures = Vec::new();
        for (value, type_name, spec, expected) in RANDOM_INT_CASES {
            let got = render(format_int_spec(&value.parse().unwrap(), spec, type_name));
            check(
                &mut failures,
                format!("format({}, {:?})", value, spec),
                got,
                expected,
            );
        }
        for (bits, spec, expected) in RANDOM_FLOAT_CASES {
            let x = f64::from_bits(*bits);
            let got = render(format_float_spec(x, spec));
            check(
                &mut failures,
                format!("format({:e}, {:?})", x, spec),
                got,
                expected,
            );
        }
        for (re, im, spec, expected) in RANDOM_COMPLEX_CASES {
            let (re, im) = (f64::from_bits(*re), f64::from_bits(*im));
            let got = render(format_complex_spec(re, im, spec));
            check(
                &mut failures,
                format!("format(({:e}, {:e}), {:?})", re, im, spec),
                got,
                expected,
            );
        }
        let total = RANDOM_INT_CASES.len() + RANDOM_FLOAT_CASES.len() + RANDOM_COMPLEX_CASES.len();
        report(failures, total);
    }

    #[test]
    fn str_specs_match_cpython() {
        let mut failures = Vec::new();
        for (value, type_name, spec, expected) in STR_CASES {
            let got = render(format_str(value, spec, type_name));
            check(
                &mut failures,
                format!("format({:?}, {:?})", value, spec),
                got,
                expected,
            );
        }
        report(failures, STR_CASES.len());
    }

    #[test]
    fn long_float_outputs_match_cpython() {
        for (bits, spec, len, head, tail) in LONG_FLOAT_CASES {
            let x = f64::from_bits(*bits);
            let got = if let Some(printf) = spec.strip_prefix('%') {
                let code: Vec<u32> = spec.chars().map(|c| c as u32).collect();
                let conv = crate::pyfmt::parse_printf(&code, 0, false)
                    .unwrap()
                    .resolve(None, None);
                assert!(!printf.is_empty());
                crate::pyfmt::printf_float(x, &conv).unwrap()
            } else {
                format_float_spec(x, spec).unwrap()
            };
            let what = format!("{:e} {:?}", x, spec);
            assert_eq!(got.len(), *len, "{}", what);
            assert!(got.starts_with(head) && got.ends_with(tail), "{}", what);
        }
    }

    /// Random specs over the spec alphabet: every function returns, none panics.
    #[test]
    fn random_specs_never_panic() {
        let alphabet: Vec<char> = "<>^=+- #0123456789,.%bcdeEfFgGnosxXj(*)hlL\u{e9}"
            .chars()
            .collect();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |n: usize| {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((state >> 33) as usize) % n
        };
        let big = BigInt::from(-12345678901234567i64);
        for _ in 0..20000 {
            let len = next(9);
            let spec: String = (0..len).map(|_| alphabet[next(alphabet.len())]).collect();
            let longest_number = spec
                .split(|c: char| !c.is_ascii_digit())
                .map(str::len)
                .max();
            if longest_number.unwrap_or(0) > 4 {
                continue;
            }
            let _ = format_str("abc", &spec, "str");
            let _ = format_int_spec(&big, &spec, "long");
            for x in [0.1, -1e300, f64::NAN, 5e-324] {
                let _ = format_float_spec(x, &spec);
                let _ = format_complex_spec(x, -x, &spec);
            }
            let printf = format!("%{}", spec);
            let code: Vec<u32> = printf.chars().map(|c| c as u32).collect();
            if let Ok(parsed) = crate::pyfmt::parse_printf(&code, 0, next(2) == 0) {
                let conv = parsed.resolve(Some(-7), Some(-3));
                let _ = crate::pyfmt::printf_int(&big, next(2) == 0, &conv);
                let _ = crate::pyfmt::printf_float(-0.0, &conv);
                let _ = crate::pyfmt::printf_char_code(&big, true);
                let _ = crate::pyfmt::printf_text_layout(3, &conv, true);
            }
        }
    }

    #[test]
    fn huge_width_is_memory_error() {
        let spec = parse_spec("99999999999", Some('s')).unwrap();
        assert_eq!(str_layout(1, &spec, "str"), Err(FormatError::Memory));
    }

    include!("spec_cases.rs");
}
