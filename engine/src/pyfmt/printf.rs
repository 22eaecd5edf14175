//! `%`-formatting (`'%5.2f' % x`) of Python 2.7: parsing one conversion spec, and the numeric
//! conversions `d i u o x X e E f F g G c` with CPython 2.7.18's exact output.
//!
//! In: the format as code points (a `str` format is passed byte for byte, a `unicode` one code
//! point for code point) and the index of a `%`; later, the argument as a plain value (`BigInt`
//! plus whether it is a `long`, `f64`, `i64` for `%c`). Out: a [`PrintfSpec`] (mapping key as an
//! index range, flags, width, precision, conversion letter) and the converted text, or a
//! [`FormatError`] with CPython's class and message.
//!
//! The split with the runtime: it walks the format, copies literal text, looks up the mapping
//! key, takes `*` width/precision and the value from the arguments, converts the value (`%d` of
//! a float truncates it, `%f` of an int converts it, "%d format: a number is required, not str"
//! and "not enough arguments" are its errors), and uses [`printf_text_layout`] for `%s`/`%r`/`%c`
//! padding. Known order difference: CPython looks the mapping key up (KeyError) and takes `*`
//! arguments while parsing, so for a malformed spec after a missing key it raises KeyError first;
//! a runtime that wants that order calls [`parse_mapping_key`] first, then [`parse_conversion`].
//! Invariants: no panics; `int` (not `long`) conversions keep CPython's 120-byte buffer limit
//! ("formatted integer is too long"), `long` ones have none.

use super::float_text::{float_body, FloatKind};
use super::spec::{FormatError, StrLayout};
use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;
use std::ops::Range;

/// A width or precision as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    Absent,
    /// `*`: taken from the arguments.
    Star,
    Given(usize),
}

/// The flags `- + space # 0`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PrintfFlags {
    pub left: bool,
    pub plus: bool,
    pub blank: bool,
    pub alternate: bool,
    pub zero: bool,
}

/// One parsed conversion `%(key)flags width .precision [hlL] letter`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PrintfSpec {
    /// Code-point range of the mapping key inside the format, without the parentheses.
    pub key: Option<Range<usize>>,
    pub flags: PrintfFlags,
    pub width: Count,
    pub precision: Count,
    /// The conversion letter (one of `diouxXeEfFgGcrs%`).
    pub conversion: char,
    /// Index of the conversion letter in the format (for messages).
    pub conversion_at: usize,
    /// Index just after the spec.
    pub end: usize,
}

/// A conversion with width and precision known (after `*` arguments are taken).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Conversion {
    pub flags: PrintfFlags,
    pub width: usize,
    pub precision: Option<usize>,
    pub conversion: char,
}

fn value_error(message: impl Into<String>) -> FormatError {
    FormatError::Value(message.into())
}

fn incomplete() -> FormatError {
    value_error("incomplete format")
}

/// Parses `%(key)` if present. `at` is the index of the `%`; returns the key range and the index
/// after the key (or after the `%`).
pub fn parse_mapping_key<C: Copy + Into<u32>>(
    format: &[C],
    at: usize,
) -> Result<(Option<Range<usize>>, usize), FormatError> {
    let start = at + 1;
    if code_at(format, start) != Some('(' as u32) {
        return Ok((None, start));
    }
    let mut depth = 1;
    let mut i = start + 1;
    while i < format.len() {
        match char::from_u32(format[i].into()) {
            Some(')') => {
                depth -= 1;
                if depth == 0 {
                    return Ok((Some(start + 1..i), i + 1));
                }
            }
            Some('(') => depth += 1,
            _ => {}
        }
        i += 1;
    }
    Err(value_error("incomplete format key"))
}

/// The code at `i` (a byte of a str format, a code point of a unicode one).
#[inline]
fn code_at<C: Copy + Into<u32>>(format: &[C], i: usize) -> Option<u32> {
    format.get(i).map(|&c| c.into())
}

/// The character at `i`, if any.
#[inline]
fn char_at<C: Copy + Into<u32>>(format: &[C], i: usize) -> Option<char> {
    code_at(format, i).and_then(char::from_u32)
}

fn digit<C: Copy + Into<u32>>(format: &[C], i: usize) -> Option<usize> {
    char_at(format, i)
        .and_then(|c| c.to_digit(10))
        .map(|d| d as usize)
}

/// Parses the rest of a conversion from `from` (after the `%` and any mapping key). `unicode`
/// selects how an unsupported letter is shown in the message (`'?'` for non-ASCII in unicode; the
/// raw byte with a sign-extended code in str, as CPython 2.7 prints them).
pub fn parse_conversion<C: Copy + Into<u32>>(
    format: &[C],
    from: usize,
    unicode: bool,
) -> Result<PrintfSpec, FormatError> {
    let mut flags = PrintfFlags::default();
    let mut i = from;
    loop {
        match char_at(format, i) {
            Some('-') => flags.left = true,
            Some('+') => flags.plus = true,
            Some(' ') => flags.blank = true,
            Some('#') => flags.alternate = true,
            Some('0') => flags.zero = true,
            _ => break,
        }
        i += 1;
    }
    let mut width = Count::Absent;
    if code_at(format, i) == Some('*' as u32) {
        width = Count::Star;
        i += 1;
    } else if digit(format, i).is_some() {
        let mut value: usize = 0;
        while let Some(d) = digit(format, i) {
            value = value
                .checked_mul(10)
                .and_then(|v| v.checked_add(d))
                .filter(|&v| v <= isize::MAX as usize)
                .ok_or_else(|| value_error("width too big"))?;
            i += 1;
        }
        width = Count::Given(value);
    }
    let mut precision = Count::Absent;
    if code_at(format, i) == Some('.' as u32) {
        i += 1;
        if code_at(format, i) == Some('*' as u32) {
            precision = Count::Star;
            i += 1;
        } else {
            let mut value: usize = 0;
            while let Some(d) = digit(format, i) {
                value = value
                    .checked_mul(10)
                    .and_then(|v| v.checked_add(d))
                    .filter(|&v| v <= i32::MAX as usize)
                    .ok_or_else(|| value_error("prec too big"))?;
                i += 1;
            }
            precision = Count::Given(value);
        }
    }
    if matches!(char_at(format, i), Some('h' | 'l' | 'L')) {
        i += 1;
    }
    let Some(code) = code_at(format, i) else {
        return Err(incomplete());
    };
    let conversion = char::from_u32(code).filter(|c| {
        matches!(
            c,
            'd' | 'i'
                | 'o'
                | 'u'
                | 'x'
                | 'X'
                | 'e'
                | 'E'
                | 'f'
                | 'F'
                | 'g'
                | 'G'
                | 'c'
                | 'r'
                | 's'
                | '%'
        )
    });
    let Some(conversion) = conversion else {
        let (shown, hex) = if unicode {
            let shown = if (32..=126).contains(&code) {
                char::from_u32(code).unwrap_or('?')
            } else {
                '?'
            };
            (shown, code as u64)
        } else {
            let hex = if code >= 0x80 {
                0xffff_ff00 | code as u64
            } else {
                code as u64
            };
            (char::from_u32(code).unwrap_or('?'), hex)
        };
        return Err(value_error(format!(
            "unsupported format character '{}' (0x{:x}) at index {}",
            shown, hex, i
        )));
    };
    Ok(PrintfSpec {
        key: None,
        flags,
        width,
        precision,
        conversion,
        conversion_at: i,
        end: i + 1,
    })
}

/// Parses the whole conversion starting at the `%` at index `at`.
pub fn parse_printf<C: Copy + Into<u32>>(
    format: &[C],
    at: usize,
    unicode: bool,
) -> Result<PrintfSpec, FormatError> {
    let (key, from) = parse_mapping_key(format, at)?;
    let mut spec = parse_conversion(format, from, unicode)?;
    spec.key = key;
    Ok(spec)
}

impl PrintfSpec {
    /// Fixes width and precision: `star_width`/`star_precision` are the `*` arguments (ignored
    /// when the spec gave no `*`). A negative `*` width left-justifies; a negative `*` precision
    /// is 0.
    pub fn resolve(&self, star_width: Option<i64>, star_precision: Option<i64>) -> Conversion {
        let mut flags = self.flags;
        let width = match self.width {
            Count::Absent => 0,
            Count::Given(w) => w,
            Count::Star => {
                let w = star_width.unwrap_or(0);
                if w < 0 {
                    flags.left = true;
                }
                w.unsigned_abs() as usize
            }
        };
        let precision = match self.precision {
            Count::Absent => None,
            Count::Given(p) => Some(p),
            Count::Star => Some(star_precision.unwrap_or(0).max(0) as usize),
        };
        Conversion {
            flags,
            width,
            precision,
            conversion: self.conversion,
        }
    }
}

/// Appends `sign + prefix + body` padded as CPython's `PyString_Format` pads numbers; `body`
/// writes the `body_len` body bytes.
fn pad_into(
    sign: Option<char>,
    prefix: &str,
    body_len: usize,
    body: impl FnOnce(&mut Vec<u8>),
    conv: &Conversion,
    zero_fill: bool,
    out: &mut Vec<u8>,
) -> Result<(), FormatError> {
    if conv.width > super::spec::MAX_FIELD {
        return Err(FormatError::Memory);
    }
    let sign: &[u8] = match sign {
        Some('-') => b"-",
        Some('+') => b"+",
        Some(_) => b" ",
        None => b"",
    };
    let len = sign.len() + prefix.len() + body_len;
    let padding = conv.width.saturating_sub(len);
    out.reserve(len + padding);
    if conv.flags.left {
        out.extend_from_slice(sign);
        out.extend_from_slice(prefix.as_bytes());
        body(out);
        out.extend(std::iter::repeat_n(b' ', padding));
    } else if zero_fill {
        out.extend_from_slice(sign);
        out.extend_from_slice(prefix.as_bytes());
        out.extend(std::iter::repeat_n(b'0', padding));
        body(out);
    } else {
        out.extend(std::iter::repeat_n(b' ', padding));
        out.extend_from_slice(sign);
        out.extend_from_slice(prefix.as_bytes());
        body(out);
    }
    Ok(())
}

fn sign_of(negative: bool, flags: &PrintfFlags) -> Option<char> {
    if negative {
        Some('-')
    } else if flags.plus {
        Some('+')
    } else if flags.blank {
        Some(' ')
    } else {
        None
    }
}

/// ASCII bytes (all these conversions produce) as text.
fn ascii_text(bytes: Vec<u8>) -> String {
    String::from_utf8(bytes).unwrap_or_default()
}

fn radix_of(conversion: char) -> u32 {
    match conversion {
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    }
}

/// `%d %i %u %o %x %X` of an integer; `is_long` selects 2.7's `long` path (no precision limit,
/// and `%.0d` of zero prints `0` where an `int` prints nothing).
pub fn printf_int(value: &BigInt, is_long: bool, conv: &Conversion) -> Result<String, FormatError> {
    let radix = radix_of(conv.conversion);
    let digits = match value.magnitude().to_u64() {
        // Most values fit a machine word: no big-integer digit conversion.
        Some(m) => {
            let mut buf = [0u8; U64_DIGITS];
            let at = u64_digits(m, radix, &mut buf);
            buf[at..].to_vec()
        }
        None => value.magnitude().to_str_radix(radix).into_bytes(),
    };
    let mut out = Vec::new();
    int_text_into(value.sign(), is_long, conv, &digits, &mut out)?;
    Ok(ascii_text(out))
}

/// [`printf_int`] of an `int` (not `long`) value, appended to `out` without building a big
/// integer or any intermediate text.
pub fn printf_i64_into(
    value: i64,
    conv: &Conversion,
    out: &mut Vec<u8>,
) -> Result<(), FormatError> {
    let sign = match value {
        0 => Sign::NoSign,
        v if v < 0 => Sign::Minus,
        _ => Sign::Plus,
    };
    let mut buf = [0u8; U64_DIGITS];
    let at = u64_digits(value.unsigned_abs(), radix_of(conv.conversion), &mut buf);
    int_text_into(sign, false, conv, &buf[at..], out)
}

/// Room for a `u64` in octal (22 digits), the longest radix used.
const U64_DIGITS: usize = 24;

/// The lower-case digits of `m` in `radix`, written at the end of `buf`; returns where they start.
fn u64_digits(mut m: u64, radix: u32, buf: &mut [u8; U64_DIGITS]) -> usize {
    let radix = radix as u64;
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b"0123456789abcdef"[(m % radix) as usize];
        m /= radix;
        if m == 0 {
            return i;
        }
    }
}

/// The shared body of the integer conversions: `digits` are the magnitude's lower-case digits
/// in the conversion's radix.
fn int_text_into(
    sign: Sign,
    is_long: bool,
    conv: &Conversion,
    digits: &[u8],
    out: &mut Vec<u8>,
) -> Result<(), FormatError> {
    let precision = conv.precision.unwrap_or(if is_long { 0 } else { 1 });
    if !is_long && precision >= 117 {
        return Err(FormatError::Overflow(
            "formatted integer is too long (precision too large?)".into(),
        ));
    }
    if precision > super::spec::MAX_FIELD {
        return Err(FormatError::Memory);
    }
    let digits: &[u8] = if !is_long && precision == 0 && sign == Sign::NoSign {
        b"" // C's "%.0d" of 0
    } else {
        digits
    };
    // Precision pads the digits with zeros on the left.
    let zeros = precision.saturating_sub(digits.len());
    let mut octal_zero = false;
    let mut prefix = "";
    if conv.flags.alternate {
        match conv.conversion {
            'o' => octal_zero = zeros == 0 && digits.first() != Some(&b'0'),
            'x' => prefix = "0x",
            'X' => prefix = "0X",
            _ => {}
        }
    }
    let upper = conv.conversion == 'X';
    let body_len = octal_zero as usize + zeros + digits.len();
    let body = |out: &mut Vec<u8>| {
        out.extend(std::iter::repeat_n(b'0', octal_zero as usize + zeros));
        if upper {
            out.extend(digits.iter().map(u8::to_ascii_uppercase));
        } else {
            out.extend_from_slice(digits);
        }
    };
    let sign = sign_of(sign == Sign::Minus, &conv.flags);
    pad_into(sign, prefix, body_len, body, conv, conv.flags.zero, out)
}

/// `%e %E %f %F %g %G` of a float (an int argument is converted by the runtime first).
pub fn printf_float(x: f64, conv: &Conversion) -> Result<String, FormatError> {
    let mut out = Vec::new();
    printf_float_into(x, conv, &mut out)?;
    Ok(ascii_text(out))
}

/// [`printf_float`], appended to `out`.
pub fn printf_float_into(x: f64, conv: &Conversion, out: &mut Vec<u8>) -> Result<(), FormatError> {
    let precision = conv.precision.unwrap_or(6);
    if precision > super::spec::MAX_FIELD {
        return Err(FormatError::Memory);
    }
    let kind = match conv.conversion {
        'e' | 'E' => FloatKind::Exponent,
        'f' | 'F' => FloatKind::Fixed,
        _ => FloatKind::General,
    };
    let mut body = float_body(x, kind, precision, conv.flags.alternate, false);
    if conv.conversion.is_ascii_uppercase() {
        body.make_ascii_uppercase();
    }
    let sign = sign_of(x.is_sign_negative() && !x.is_nan(), &conv.flags);
    let fill = |out: &mut Vec<u8>| out.extend_from_slice(body.as_bytes());
    pad_into(sign, "", body.len(), fill, conv, conv.flags.zero, out)
}

/// The code point `%c` of an integer produces: 0..256 in a `str` format, 0..0x110000 in a
/// `unicode` one. The caller pads it with [`printf_text_layout`] (precision ignored).
pub fn printf_char_code(value: &BigInt, unicode: bool) -> Result<u32, FormatError> {
    use num_traits::ToPrimitive;
    let Some(code) = value.to_i64() else {
        return Err(if unicode {
            FormatError::Type("%c requires int or char".into())
        } else {
            FormatError::Overflow("Python int too large to convert to C long".into())
        });
    };
    if unicode {
        return u32::try_from(code)
            .ok()
            .filter(|&c| c < 0x110000)
            .ok_or_else(|| {
                FormatError::Overflow("%c arg not in range(0x110000) (wide Python build)".into())
            });
    }
    if code < 0 {
        return Err(FormatError::Overflow(
            "unsigned byte integer is less than minimum".into(),
        ));
    }
    if code > 255 {
        return Err(FormatError::Overflow(
            "unsigned byte integer is greater than maximum".into(),
        ));
    }
    Ok(code as u32)
}

/// Padding of a `%s`/`%r`/`%c`/`%%` result of `len` characters: `precision` truncates `%s`/`%r`
/// (`truncate`), flags other than `-` are ignored, the fill is always a space.
pub fn printf_text_layout(
    len: usize,
    conv: &Conversion,
    truncate: bool,
) -> Result<StrLayout, FormatError> {
    if conv.width > super::spec::MAX_FIELD {
        return Err(FormatError::Memory);
    }
    let keep = match conv.precision {
        Some(p) if truncate => p.min(len),
        _ => len,
    };
    let padding = conv.width.saturating_sub(keep);
    let (left, right) = if conv.flags.left {
        (0, padding)
    } else {
        (padding, 0)
    };
    Ok(StrLayout {
        keep,
        left,
        right,
        fill: ' ',
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use num_traits::ToPrimitive;

    /// An argument of the generated cases.
    #[derive(Clone, Copy, Debug)]
    enum A {
        I(&'static str, bool),
        F(u64),
        S(&'static str),
        D(&'static [(&'static str, A)]),
    }

    fn error_text(e: FormatError) -> String {
        format!("!{}: {}", e.class_name(), e.message())
    }

    fn push_laid_out(out: &mut String, text: &str, layout: StrLayout) {
        out.extend(std::iter::repeat_n(layout.fill, layout.left));
        out.extend(text.chars().take(layout.keep));
        out.extend(std::iter::repeat_n(layout.fill, layout.right));
    }

    /// A miniature of the runtime's `format % args`, enough for the generated cases.
    fn apply(format: &str, unicode: bool, args: &[A]) -> Result<String, FormatError> {
        let code: Vec<u32> = format.chars().map(|c| c as u32).collect();
        let mapping = match args {
            [A::D(pairs)] => Some(*pairs),
            _ => None,
        };
        let mut next = 0;
        let mut take = || {
            next += 1;
            args[next - 1]
        };
        let mut out = String::new();
        let mut i = 0;
        while i < code.len() {
            if code[i] != '%' as u32 {
                out.push(char::from_u32(code[i]).unwrap());
                i += 1;
                continue;
            }
            let spec = parse_printf(&code, i, unicode)?;
            let star = |count: Count, take: &mut dyn FnMut() -> A| match count {
                Count::Star => match take() {
                    A::I(n, _) => Some(n.parse::<i64>().unwrap()),
                    other => panic!("star argument {:?}", other),
                },
                _ => None,
            };
            let star_width = star(spec.width, &mut take);
            let star_precision = star(spec.precision, &mut take);
            let conv = spec.resolve(star_width, star_precision);
            i = spec.end;
            if spec.conversion == '%' {
                push_laid_out(&mut out, "%", printf_text_layout(1, &conv, false)?);
                continue;
            }
            let value = match (&spec.key, mapping) {
                (Some(range), Some(pairs)) => {
                    let key: String = code[range.clone()]
                        .iter()
                        .map(|&c| char::from_u32(c).unwrap())
                        .collect();
                    pairs
                        .iter()
                        .find(|(k, _)| *k == key)
                        .map(|(_, v)| *v)
                        .unwrap()
                }
                _ => take(),
            };
            match (spec.conversion, value) {
                ('d' | 'i' | 'u' | 'o' | 'x' | 'X', A::I(n, is_long)) => {
                    let text = printf_int(&n.parse().unwrap(), is_long, &conv);
                    if let (false, Ok(v)) = (is_long, n.parse::<i64>()) {
                        // The machine-integer path agrees with the big-integer one.
                        let mut direct = Vec::new();
                        let direct = printf_i64_into(v, &conv, &mut direct)
                            .map(|()| String::from_utf8(direct).unwrap());
                        assert_eq!(direct, text, "{format:?} % {n}");
                    }
                    out.push_str(&text?);
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::F(bits)) => {
                    out.push_str(&printf_float(f64::from_bits(bits), &conv)?);
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', A::I(n, _)) => {
                    let x = n.parse::<BigInt>().unwrap().to_f64().unwrap();
                    out.push_str(&printf_float(x, &conv)?);
                }
                ('c', A::I(n, _)) => {
                    let c = printf_char_code(&n.parse().unwrap(), unicode)?;
                    let text = char::from_u32(c).unwrap().to_string();
                    push_laid_out(&mut out, &text, printf_text_layout(1, &conv, false)?);
                }
                ('s', A::S(text)) => {
                    let layout = printf_text_layout(text.chars().count(), &conv, true)?;
                    push_laid_out(&mut out, text, layout);
                }
                other => panic!("case outside the miniature runtime: {:?}", other),
            }
        }
        Ok(out)
    }

    #[test]
    fn printf_matches_cpython() {
        let mut failures = Vec::new();
        for (format, unicode, args, expected) in PRINTF_CASES {
            let got = apply(format, *unicode, args).unwrap_or_else(error_text);
            if got != *expected {
                failures.push(format!(
                    "{:?} % {:?}: got {:?}, expected {:?}",
                    format, args, got, expected
                ));
            }
        }
        assert!(
            failures.is_empty(),
            "{} of {} failed:\n{}",
            failures.len(),
            PRINTF_CASES.len(),
            failures.join("\n")
        );
    }

    #[test]
    fn mapping_key_and_spec_fields() {
        let format: Vec<u32> = "x%(k(1))-+ #0*.*lf".chars().map(|c| c as u32).collect();
        let spec = parse_printf(&format, 1, false).unwrap();
        assert_eq!(spec.key, Some(3..7));
        let all = PrintfFlags {
            left: true,
            plus: true,
            blank: true,
            alternate: true,
            zero: true,
        };
        assert_eq!(spec.flags, all);
        assert_eq!((spec.width, spec.precision), (Count::Star, Count::Star));
        assert_eq!(
            (spec.conversion, spec.conversion_at, spec.end),
            ('f', 17, 18)
        );
    }

    include!("printf_cases.rs");
}
