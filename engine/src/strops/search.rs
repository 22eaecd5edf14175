//! Substring search and the methods built on it, for `str` and `unicode` alike: `find`, `rfind`,
//! `index`, `rindex`, `count`, `startswith`, `endswith`, `__contains__`, `split`, `rsplit`,
//! `splitlines`, `partition`, `rpartition`, `replace`.
//!
//! In: the receiver, the arguments already converted (a substring as a slice of the same element
//! type, `start`/`end` as `Option<i64>` with `None` for an omitted or `None` argument, big ints
//! clipped to the `i64` range by the caller as `_PyEval_SliceIndex` clips them).
//! Out: CPython 2.7.18's result. Pieces of the receiver are returned as borrowed slices (the
//! runtime makes the objects); `partition`'s middle is the separator as found in the receiver.

use std::borrow::Cow;

use super::chars::Elem;
use super::error::{StrError, StrResult};
use super::try_vec;

/// CPython's `ADJUST_INDICES`: `end` is clipped to `len`, negative indices count from the end and
/// stop at 0; `start` may stay past the end (which the callers then treat as "nothing there").
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// The needle's characters as a 64-bit bloom filter (CPython's fastsearch trick).
fn bloom_bit<T: Elem>(c: T) -> u64 {
    1u64 << (c.code() & 63)
}

/// The first index of `needle` in `hay`: a Horspool-style scan keyed on the needle's last
/// element, skipping a whole needle length when the element after the window cannot occur in it.
pub fn find_slice<T: Elem>(hay: &[T], needle: &[T]) -> Option<usize> {
    let (n, m) = (hay.len(), needle.len());
    if m == 0 {
        return Some(0);
    }
    if m > n {
        return None;
    }
    if m == 1 {
        return T::position_in(hay, needle[0]);
    }
    let mlast = m - 1;
    let last = needle[mlast];
    let mut skip = mlast - 1;
    let mut mask = 0u64;
    for (i, &c) in needle[..mlast].iter().enumerate() {
        mask |= bloom_bit(c);
        if c == last {
            skip = mlast - i - 1;
        }
    }
    mask |= bloom_bit(last);
    let w = n - m;
    let mut i = 0;
    while i <= w {
        if hay[i + mlast] == last {
            if hay[i..i + mlast] == needle[..mlast] {
                return Some(i);
            }
            if i + m < n && mask & bloom_bit(hay[i + m]) == 0 {
                i += m;
            } else {
                i += skip;
            }
        } else if i + m < n && mask & bloom_bit(hay[i + m]) == 0 {
            i += m;
        }
        i += 1;
    }
    None
}

/// The last index of `needle` in `hay` (the mirror image of `find_slice`).
pub fn rfind_slice<T: Elem>(hay: &[T], needle: &[T]) -> Option<usize> {
    let (n, m) = (hay.len(), needle.len());
    if m == 0 {
        return Some(n);
    }
    if m > n {
        return None;
    }
    if m == 1 {
        return hay.iter().rposition(|&c| c == needle[0]);
    }
    let first = needle[0];
    let mut skip = m - 1;
    let mut mask = bloom_bit(first);
    for i in (1..m).rev() {
        mask |= bloom_bit(needle[i]);
        if needle[i] == first {
            skip = i - 1;
        }
    }
    let mut i = n - m;
    loop {
        if hay[i] == first {
            if hay[i + 1..i + m] == needle[1..] {
                return Some(i);
            }
            if i > 0 && mask & bloom_bit(hay[i - 1]) == 0 {
                i = i.checked_sub(m)?;
            } else {
                i = i.checked_sub(skip)?;
            }
        } else if i > 0 && mask & bloom_bit(hay[i - 1]) == 0 {
            i = i.checked_sub(m)?;
        }
        i = i.checked_sub(1)?;
    }
}

/// The window `s[start:end]` after `adjust_indices`, or `None` when it is "negative" (start past
/// end), which CPython treats as no match even for an empty needle.
fn window(len: usize, start: Option<i64>, end: Option<i64>) -> Option<(usize, usize)> {
    let (start, end) = adjust_indices(start, end, len);
    (end >= start).then_some((start as usize, end as usize))
}

/// `s.find(sub, start, end)`: an index, or -1.
pub fn find<T: Elem>(s: &[T], sub: &[T], start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s.len(), start, end) {
        Some((a, b)) => find_slice(&s[a..b], sub).map_or(-1, |i| (a + i) as i64),
        None => -1,
    }
}

/// `s.rfind(sub, start, end)`.
pub fn rfind<T: Elem>(s: &[T], sub: &[T], start: Option<i64>, end: Option<i64>) -> i64 {
    match window(s.len(), start, end) {
        Some((a, b)) => rfind_slice(&s[a..b], sub).map_or(-1, |i| (a + i) as i64),
        None => -1,
    }
}

/// `s.index(sub, start, end)`: ValueError "substring not found" when absent.
pub fn index<T: Elem>(
    s: &[T],
    sub: &[T],
    start: Option<i64>,
    end: Option<i64>,
) -> StrResult<usize> {
    match find(s, sub, start, end) {
        -1 => Err(StrError::value("substring not found")),
        i => Ok(i as usize),
    }
}

/// `s.rindex(sub, start, end)`.
pub fn rindex<T: Elem>(
    s: &[T],
    sub: &[T],
    start: Option<i64>,
    end: Option<i64>,
) -> StrResult<usize> {
    match rfind(s, sub, start, end) {
        -1 => Err(StrError::value("substring not found")),
        i => Ok(i as usize),
    }
}

/// Non-overlapping occurrences of a non-empty `sub` in `hay`, at most `max`.
fn count_in<T: Elem>(hay: &[T], sub: &[T], max: usize) -> usize {
    if sub.is_empty() {
        return (hay.len() + 1).min(max);
    }
    let mut n = 0;
    let mut i = 0;
    while n < max {
        match find_slice(&hay[i..], sub) {
            Some(off) => {
                n += 1;
                i += off + sub.len();
            }
            None => break,
        }
    }
    n
}

/// `s.count(sub, start, end)`: an empty `sub` counts `len(window) + 1` places.
pub fn count<T: Elem>(s: &[T], sub: &[T], start: Option<i64>, end: Option<i64>) -> usize {
    match window(s.len(), start, end) {
        Some((a, b)) => count_in(&s[a..b], sub, usize::MAX),
        None => 0,
    }
}

/// `sub in s`.
pub fn contains<T: Elem>(s: &[T], sub: &[T]) -> bool {
    find_slice(s, sub).is_some()
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller loops over a tuple). For
/// unicode (only) an empty prefix matches whatever the indices are.
pub fn startswith<T: Elem>(s: &[T], prefix: &[T], start: Option<i64>, end: Option<i64>) -> bool {
    if T::IS_UNICODE && prefix.is_empty() {
        return true;
    }
    let (start, end) = adjust_indices(start, end, s.len());
    let n = prefix.len() as i64;
    if start.saturating_add(n) > s.len() as i64 || end - start < n {
        return false;
    }
    let a = start as usize;
    &s[a..a + prefix.len()] == prefix
}

/// `s.endswith(suffix, start, end)` for one suffix (unicode: an empty one always matches).
pub fn endswith<T: Elem>(s: &[T], suffix: &[T], start: Option<i64>, end: Option<i64>) -> bool {
    if T::IS_UNICODE && suffix.is_empty() {
        return true;
    }
    let (start, end) = adjust_indices(start, end, s.len());
    let n = suffix.len() as i64;
    if end - start < n || start > s.len() as i64 {
        return false;
    }
    let b = end as usize;
    &s[b - suffix.len()..b] == suffix
}

/// `maxsplit` as CPython reads it: negative means no limit.
fn limit(maxsplit: i64) -> usize {
    if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    }
}

/// `s.split(sep, maxsplit)`; `sep` None splits on runs of whitespace. ValueError "empty separator".
pub fn split<'a, T: Elem>(s: &'a [T], sep: Option<&[T]>, maxsplit: i64) -> StrResult<Vec<&'a [T]>> {
    let mut left = limit(maxsplit);
    // Room for a typical short split without regrowing (CPython preallocates 12 too).
    let mut out = Vec::with_capacity(12);
    match sep {
        None => {
            let n = s.len();
            let mut i = 0;
            while left > 0 {
                left -= 1;
                while i < n && s[i].is_space() {
                    i += 1;
                }
                if i == n {
                    break;
                }
                let j = i;
                i += 1;
                while i < n && !s[i].is_space() {
                    i += 1;
                }
                out.push(&s[j..i]);
            }
            if i < n {
                while i < n && s[i].is_space() {
                    i += 1;
                }
                if i != n {
                    out.push(&s[i..]);
                }
            }
        }
        Some([]) => return Err(StrError::value("empty separator")),
        Some(sep) => {
            let mut i = 0;
            while left > 0 {
                match find_slice(&s[i..], sep) {
                    Some(off) => {
                        out.push(&s[i..i + off]);
                        i += off + sep.len();
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(&s[i..]);
        }
    }
    Ok(out)
}

/// `s.rsplit(sep, maxsplit)`.
pub fn rsplit<'a, T: Elem>(
    s: &'a [T],
    sep: Option<&[T]>,
    maxsplit: i64,
) -> StrResult<Vec<&'a [T]>> {
    let mut left = limit(maxsplit);
    let mut out = Vec::new();
    match sep {
        None => {
            // `i` is one past the element CPython's index points at.
            let mut i = s.len();
            while left > 0 {
                left -= 1;
                while i > 0 && s[i - 1].is_space() {
                    i -= 1;
                }
                if i == 0 {
                    break;
                }
                let j = i;
                i -= 1;
                while i > 0 && !s[i - 1].is_space() {
                    i -= 1;
                }
                out.push(&s[i..j]);
            }
            if i > 0 {
                while i > 0 && s[i - 1].is_space() {
                    i -= 1;
                }
                if i > 0 {
                    out.push(&s[..i]);
                }
            }
        }
        Some([]) => return Err(StrError::value("empty separator")),
        Some(sep) => {
            let mut end = s.len();
            while left > 0 {
                match rfind_slice(&s[..end], sep) {
                    Some(pos) => {
                        out.push(&s[pos + sep.len()..end]);
                        end = pos;
                        left -= 1;
                    }
                    None => break,
                }
            }
            out.push(&s[..end]);
        }
    }
    out.reverse();
    Ok(out)
}

/// `s.splitlines(keepends)`: `\r\n` is one break; unicode knows more breaks (`Elem::is_linebreak`).
pub fn splitlines<T: Elem>(s: &[T], keepends: bool) -> Vec<&[T]> {
    let n = s.len();
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < n {
        while i < n && !s[i].is_linebreak() {
            i += 1;
        }
        let mut eol = i;
        if i < n {
            if s[i] == T::ascii(b'\r') && i + 1 < n && s[i + 1] == T::ascii(b'\n') {
                i += 2;
            } else {
                i += 1;
            }
            if keepends {
                eol = i;
            }
        }
        out.push(&s[j..eol]);
        j = i;
    }
    out
}

/// `s.partition(sep)`: (before, sep, after), or (s, "", "") when absent.
pub fn partition<'a, T: Elem>(s: &'a [T], sep: &[T]) -> StrResult<(&'a [T], &'a [T], &'a [T])> {
    if sep.is_empty() {
        return Err(StrError::value("empty separator"));
    }
    Ok(match find_slice(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, &s[s.len()..], &s[s.len()..]),
    })
}

/// `s.rpartition(sep)`: ("", "", s) when absent.
pub fn rpartition<'a, T: Elem>(s: &'a [T], sep: &[T]) -> StrResult<(&'a [T], &'a [T], &'a [T])> {
    if sep.is_empty() {
        return Err(StrError::value("empty separator"));
    }
    Ok(match rfind_slice(s, sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (&s[..0], &s[..0], s),
    })
}

/// `s.replace(old, new, count)`: a negative count means all. An empty `old` inserts `new` before
/// every element and at the end (at most `count` times); as in CPython 2.7, an empty receiver
/// with an explicit non-negative count is returned unchanged. `Cow::Borrowed` means the result
/// is the receiver itself (CPython returns the same object then).
pub fn replace<'a, T: Elem>(
    s: &'a [T],
    old: &[T],
    new: &[T],
    count: i64,
) -> StrResult<Cow<'a, [T]>> {
    let max = if count < 0 {
        usize::MAX
    } else if count == 0 || s.is_empty() {
        return Ok(Cow::Borrowed(s));
    } else {
        count as usize
    };
    if old.is_empty() && new.is_empty() {
        return Ok(Cow::Borrowed(s));
    }
    let n = count_in(s, old, max);
    if n == 0 {
        return Ok(Cow::Borrowed(s));
    }
    let too_long = || StrError::overflow("replace string is too long");
    let grow = n.checked_mul(new.len()).ok_or_else(too_long)?;
    let size = (s.len() - n * old.len())
        .checked_add(grow)
        .filter(|&x| x <= isize::MAX as usize)
        .ok_or_else(too_long)?;
    let mut out = try_vec(size)?;
    if old.is_empty() {
        for (k, &c) in s.iter().enumerate() {
            if k < n {
                out.extend_from_slice(new);
            }
            out.push(c);
        }
        if n > s.len() {
            out.extend_from_slice(new);
        }
        return Ok(Cow::Owned(out));
    }
    let mut i = 0;
    for _ in 0..n {
        // count_in found n occurrences, so each search succeeds.
        let off = find_slice(&s[i..], old).unwrap_or(s.len() - i);
        out.extend_from_slice(&s[i..i + off]);
        out.extend_from_slice(new);
        i = (i + off + old.len()).min(s.len());
    }
    out.extend_from_slice(&s[i..]);
    Ok(Cow::Owned(out))
}
