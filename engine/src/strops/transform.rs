//! The methods that classify or rebuild a string, for `str` and `unicode` alike: the `is*`
//! predicates, case changes, `strip`s, padding (`center`, `ljust`, `rjust`, `zfill`),
//! `expandtabs`, `join`, repetition, `translate`, and slicing.
//!
//! In: the receiver and already-converted arguments (a fill character is one element; the caller
//! raises CPython's TypeError for a fill string that is not one character long). Out: CPython
//! 2.7.18's result; `Cow::Borrowed` where CPython hands back the receiver itself.
//!
//! Case rules (the same code for both types; `Elem` supplies the character classes):
//! `upper`/`lower` map each element to exactly one (so `u'\xdf'.upper() == u'\xdf'`);
//! `capitalize` uppercases the first element and lowercases the rest; `swapcase` swaps upper and
//! lower and leaves titlecase letters alone; `title` titlecases an element after an uncased one
//! and lowercases it after a cased one (cased = upper, lower or title).

use std::borrow::Cow;

use super::chars::Elem;
use super::error::{StrError, StrResult};
use super::try_vec;

/// The shape shared by `isspace`, `isalpha`, ...: false when empty, else every element passes.
fn all_of<T: Elem>(s: &[T], pred: impl Fn(T) -> bool) -> bool {
    !s.is_empty() && s.iter().all(|&c| pred(c))
}

pub fn isspace<T: Elem>(s: &[T]) -> bool {
    all_of(s, T::is_space)
}
pub fn isalpha<T: Elem>(s: &[T]) -> bool {
    all_of(s, T::is_alpha)
}
pub fn isalnum<T: Elem>(s: &[T]) -> bool {
    all_of(s, T::is_alnum)
}
pub fn isdigit<T: Elem>(s: &[T]) -> bool {
    all_of(s, T::is_digit)
}
/// `unicode.isdecimal()` (str has no such method).
pub fn isdecimal<T: Elem>(s: &[T]) -> bool {
    all_of(s, T::is_decimal)
}
/// `unicode.isnumeric()`.
pub fn isnumeric<T: Elem>(s: &[T]) -> bool {
    all_of(s, T::is_numeric)
}

/// `s.islower()`: some lowercase letter and no uppercase or titlecase one.
pub fn islower<T: Elem>(s: &[T]) -> bool {
    let mut cased = false;
    for &c in s {
        if c.is_upper() || c.is_title() {
            return false;
        }
        cased |= c.is_lower();
    }
    cased
}

/// `s.isupper()`: some uppercase letter and no lowercase or titlecase one.
pub fn isupper<T: Elem>(s: &[T]) -> bool {
    let mut cased = false;
    for &c in s {
        if c.is_lower() || c.is_title() {
            return false;
        }
        cased |= c.is_upper();
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase letters only after uncased elements, lowercase ones only
/// after cased elements, and at least one cased letter.
pub fn istitle<T: Elem>(s: &[T]) -> bool {
    let (mut cased, mut previous_cased) = (false, false);
    for &c in s {
        if c.is_upper() || c.is_title() {
            if previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else if c.is_lower() {
            if !previous_cased {
                return false;
            }
            previous_cased = true;
            cased = true;
        } else {
            previous_cased = false;
        }
    }
    cased
}

pub fn lower<T: Elem>(s: &[T]) -> Vec<T> {
    s.iter().map(|&c| c.to_lower()).collect()
}

pub fn upper<T: Elem>(s: &[T]) -> Vec<T> {
    s.iter().map(|&c| c.to_upper()).collect()
}

pub fn swapcase<T: Elem>(s: &[T]) -> Vec<T> {
    s.iter()
        .map(|&c| {
            if c.is_upper() {
                c.to_lower()
            } else if c.is_lower() {
                c.to_upper()
            } else {
                c
            }
        })
        .collect()
}

pub fn capitalize<T: Elem>(s: &[T]) -> Vec<T> {
    s.iter()
        .enumerate()
        .map(|(i, &c)| {
            if i == 0 {
                if c.is_upper() {
                    c
                } else {
                    c.to_upper()
                }
            } else if c.is_lower() {
                c
            } else {
                c.to_lower()
            }
        })
        .collect()
}

pub fn title<T: Elem>(s: &[T]) -> Vec<T> {
    let mut previous_cased = false;
    s.iter()
        .map(|&c| {
            let out = if previous_cased {
                c.to_lower()
            } else {
                c.to_title()
            };
            previous_cased = c.is_lower() || c.is_upper() || c.is_title();
            out
        })
        .collect()
}

/// Which ends `strip` works on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StripSide {
    Left,
    Right,
    Both,
}

/// `s.strip(chars)`, `lstrip`, `rstrip`: `chars` None strips whitespace.
pub fn strip<'a, T: Elem>(s: &'a [T], chars: Option<&[T]>, side: StripSide) -> &'a [T] {
    let strippable = |c: &T| match chars {
        None => c.is_space(),
        Some(set) => set.contains(c),
    };
    let mut a = 0;
    let mut b = s.len();
    if side != StripSide::Right {
        while a < b && strippable(&s[a]) {
            a += 1;
        }
    }
    if side != StripSide::Left {
        while b > a && strippable(&s[b - 1]) {
            b -= 1;
        }
    }
    &s[a..b]
}

/// `left` fill elements, `s`, `right` fill elements.
fn pad<'a, T: Elem>(s: &'a [T], left: usize, right: usize, fill: T) -> StrResult<Cow<'a, [T]>> {
    if left == 0 && right == 0 {
        return Ok(Cow::Borrowed(s));
    }
    let mut out = try_vec(left + s.len() + right)?;
    out.resize(left, fill);
    out.extend_from_slice(s);
    out.resize(left + s.len() + right, fill);
    Ok(Cow::Owned(out))
}

/// How many fill elements reach `width`, or `None` when `s` is already that wide.
fn margin<T>(s: &[T], width: i64) -> Option<usize> {
    let len = s.len() as i64;
    (width > len).then(|| (width - len) as usize)
}

pub fn ljust<T: Elem>(s: &[T], width: i64, fill: T) -> StrResult<Cow<'_, [T]>> {
    match margin(s, width) {
        Some(m) => pad(s, 0, m, fill),
        None => Ok(Cow::Borrowed(s)),
    }
}

pub fn rjust<T: Elem>(s: &[T], width: i64, fill: T) -> StrResult<Cow<'_, [T]>> {
    match margin(s, width) {
        Some(m) => pad(s, m, 0, fill),
        None => Ok(Cow::Borrowed(s)),
    }
}

/// `s.center(width, fill)`: the odd element goes left when both the margin and `width` are odd.
pub fn center<T: Elem>(s: &[T], width: i64, fill: T) -> StrResult<Cow<'_, [T]>> {
    match margin(s, width) {
        Some(m) => {
            let left = m / 2 + (m & (width as usize) & 1);
            pad(s, left, m - left, fill)
        }
        None => Ok(Cow::Borrowed(s)),
    }
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill<T: Elem>(s: &[T], width: i64) -> StrResult<Cow<'_, [T]>> {
    let Some(m) = margin(s, width) else {
        return Ok(Cow::Borrowed(s));
    };
    let mut out = pad(s, m, 0, T::ascii(b'0'))?.into_owned();
    if let Some(&first) = out.get(m) {
        if first == T::ascii(b'+') || first == T::ascii(b'-') {
            out[0] = first;
            out[m] = T::ascii(b'0');
        }
    }
    Ok(Cow::Owned(out))
}

/// `s.expandtabs(tabsize)` (CPython reads `tabsize` as a C int; the caller raises its
/// OverflowError "signed integer is greater than maximum" past `i32`): columns restart after `\n` and `\r`; a tabsize of 0 or less drops
/// tabs. OverflowError "new string is too long" past the size limit.
pub fn expandtabs<T: Elem>(s: &[T], tabsize: i64) -> StrResult<Vec<T>> {
    let too_long = || StrError::overflow("new string is too long");
    // First pass: the size, with CPython's overflow checks.
    let (mut total, mut column): (i64, i64) = (0, 0);
    for &c in s {
        if c == T::ascii(b'\t') {
            if tabsize > 0 {
                let incr = tabsize - column % tabsize;
                column = column.checked_add(incr).ok_or_else(too_long)?;
            }
        } else {
            column = column.checked_add(1).ok_or_else(too_long)?;
            if c == T::ascii(b'\n') || c == T::ascii(b'\r') {
                total = total.checked_add(column).ok_or_else(too_long)?;
                column = 0;
            }
        }
    }
    let size = total.checked_add(column).ok_or_else(too_long)?;
    let mut out = try_vec(size as usize)?;
    let mut column = 0i64;
    for &c in s {
        if c == T::ascii(b'\t') {
            if tabsize > 0 {
                let incr = tabsize - column % tabsize;
                column += incr;
                out.resize(out.len() + incr as usize, T::ascii(b' '));
            }
        } else {
            column += 1;
            out.push(c);
            if c == T::ascii(b'\n') || c == T::ascii(b'\r') {
                column = 0;
            }
        }
    }
    Ok(out)
}

/// `sep.join(pieces)` once the caller has the pieces as strings of this type.
pub fn join<T: Elem, P: AsRef<[T]>>(sep: &[T], pieces: &[P]) -> StrResult<Vec<T>> {
    let too_long = || StrError::overflow("join() result is too long for a Python string");
    let mut size = sep
        .len()
        .checked_mul(pieces.len().saturating_sub(1))
        .ok_or_else(too_long)?;
    for p in pieces {
        size = size.checked_add(p.as_ref().len()).ok_or_else(too_long)?;
    }
    if size > isize::MAX as usize {
        return Err(too_long());
    }
    let mut out = try_vec(size)?;
    for (i, p) in pieces.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(p.as_ref());
    }
    Ok(out)
}

/// `s * n`: empty for `n <= 0`; OverflowError "repeated string is too long" when the size does
/// not fit, MemoryError when it cannot be allocated.
pub fn repeat<T: Elem>(s: &[T], n: i64) -> StrResult<Vec<T>> {
    if n <= 0 || s.is_empty() {
        return Ok(Vec::new());
    }
    let size = s
        .len()
        .checked_mul(n as u64 as usize)
        .filter(|&x| x <= isize::MAX as usize / std::mem::size_of::<T>().max(1))
        .ok_or_else(|| StrError::overflow("repeated string is too long"))?;
    let mut out = try_vec(size)?;
    for _ in 0..n {
        out.extend_from_slice(s);
    }
    Ok(out)
}

/// `str.translate(table, deletechars)`: `table` None keeps bytes, else it must be 256 long
/// (ValueError "translation table must be 256 characters long").
pub fn translate_bytes(s: &[u8], table: Option<&[u8]>, deletechars: &[u8]) -> StrResult<Vec<u8>> {
    if let Some(t) = table {
        if t.len() != 256 {
            return Err(StrError::value(
                "translation table must be 256 characters long",
            ));
        }
    }
    let mut delete = [false; 256];
    for &b in deletechars {
        delete[b as usize] = true;
    }
    Ok(s.iter()
        .filter(|&&b| !delete[b as usize])
        .map(|&b| table.map_or(b, |t| t[b as usize]))
        .collect())
}

/// `string.maketrans(frm, to)`: the identity table with `frm[i]` mapped to `to[i]`.
/// ValueError "maketrans arguments must have same length".
pub fn maketrans(frm: &[u8], to: &[u8]) -> StrResult<Vec<u8>> {
    if frm.len() != to.len() {
        return Err(StrError::value("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to) {
        table[f as usize] = t;
    }
    Ok(table)
}

/// What a `unicode.translate` mapping gives for one code point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Translation {
    /// Not in the mapping (LookupError): the code point stays.
    Keep,
    /// Mapped to None: the code point is dropped.
    Delete,
    /// Mapped to an int or a unicode string.
    Replace(Vec<u32>),
}

/// `unicode.translate(table)`: `lookup` does the `table[ord(c)]` (and raises CPython's TypeError
/// "character mapping must return integer, None or unicode" or ValueError "character mapping
/// must be in range(0x110000)" itself). As in CPython 2.7, every code point is looked up, in
/// order, without caching.
pub fn translate_unicode(
    s: &[u32],
    mut lookup: impl FnMut(u32) -> StrResult<Translation>,
) -> StrResult<Vec<u32>> {
    let mut out = try_vec(s.len())?;
    for &c in s {
        match lookup(c)? {
            Translation::Keep => out.push(c),
            Translation::Delete => {}
            Translation::Replace(r) => out.extend_from_slice(&r),
        }
    }
    Ok(out)
}

/// `slice.indices(len)` for a step slice: (start, stop, step, length of the result).
/// ValueError "slice step cannot be zero".
pub fn slice_indices(
    len: usize,
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> StrResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(StrError::value("slice step cannot be zero"));
    }
    let step = step.max(-i64::MAX);
    let clip = |v: Option<i64>, default: i64| -> i64 {
        match v {
            None => default,
            Some(v) if v < 0 => {
                let v = v.saturating_add(len);
                if v < 0 {
                    if step < 0 {
                        -1
                    } else {
                        0
                    }
                } else {
                    v
                }
            }
            Some(v) if v >= len => {
                if step < 0 {
                    len - 1
                } else {
                    len
                }
            }
            Some(v) => v,
        }
    };
    let (start, stop) = if step < 0 {
        (clip(start, len - 1), clip(stop, -1))
    } else {
        (clip(start, 0), clip(stop, len))
    };
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}

/// `s[start:stop:step]`.
pub fn get_slice<T: Elem>(
    s: &[T],
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
) -> StrResult<Vec<T>> {
    let (start, _, step, count) = slice_indices(s.len(), start, stop, step)?;
    Ok((0..count as i64)
        .map(|k| s[(start + k * step) as usize])
        .collect())
}

/// `cmp(a, b)` and the rich comparisons of two strings of the same type: element by element,
/// bytes unsigned, code points by value (surrogates included), a prefix first.
pub fn compare<T: Elem>(a: &[T], b: &[T]) -> std::cmp::Ordering {
    a.cmp(b)
}

/// `PyUnicode_EncodeDecimal`, which `int()`, `long()`, `float()` and `complex()` apply to a
/// unicode argument before parsing: whitespace becomes ' ', decimal digits of any script become
/// ASCII digits, other code points from 1 to 255 stay; anything else is UnicodeEncodeError
/// (codec 'decimal', "invalid decimal Unicode string", over the run of such code points).
pub fn encode_decimal(text: &[u32]) -> StrResult<Vec<u8>> {
    let encodable = |c: u32| c.is_space() || c.decimal_value().is_some() || (1..256).contains(&c);
    let mut out = try_vec(text.len())?;
    for (i, &c) in text.iter().enumerate() {
        if c.is_space() {
            out.push(b' ');
        } else if let Some(d) = c.decimal_value() {
            out.push(b'0' + d as u8);
        } else if (1..256).contains(&c) {
            out.push(c as u8);
        } else {
            let end = text[i..]
                .iter()
                .position(|&c| encodable(c))
                .map_or(text.len(), |n| i + n);
            return Err(StrError::encode(
                "decimal",
                text,
                i,
                end,
                "invalid decimal Unicode string",
            ));
        }
    }
    Ok(out)
}
