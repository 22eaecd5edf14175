//! The one interface the generic string algorithms need from an element: `u8` for `str` (C locale
//! rules: only ASCII letters are letters, `isspace` is ` \t\n\r\x0b\x0c`) and `u32` for `unicode`
//! (CPython 2.7's Unicode 5.2 database, `unicode_db.rs`, generated from CPython itself).
//!
//! Every `u32` is accepted: lone surrogates and values past 0x10FFFF are simply characters with no
//! properties and no case mappings (CPython's database gives surrogates none either).
//!
//! Besides character classes, an element type says how to find one element in a slice
//! (`position_in`: a word-at-a-time scan for bytes).

use super::unicode_db as db;

/// An element of a Python string: a byte of `str` or a code point of `unicode`.
pub trait Elem: Copy + Eq + Ord + std::hash::Hash + std::fmt::Debug + 'static {
    /// True for `unicode`'s code points, false for `str`'s bytes (where the two types' methods
    /// differ in CPython 2.7 beyond character classes).
    const IS_UNICODE: bool;
    /// The element's value (a byte, or a code point).
    fn code(self) -> u32;
    /// The element for an ASCII character.
    fn ascii(b: u8) -> Self;

    fn is_space(self) -> bool;
    /// A line boundary for `splitlines` (str: `\n`, `\r`; unicode also `\x0b \x0c \x1c-\x1e \x85
    /// \u2028 \u2029`).
    fn is_linebreak(self) -> bool;
    fn is_alpha(self) -> bool;
    /// `isdigit`.
    fn is_digit(self) -> bool;
    /// `isdecimal` (str has no such method; the same as `is_digit` there).
    fn is_decimal(self) -> bool;
    /// `isnumeric` (str: the same as `is_digit`).
    fn is_numeric(self) -> bool;
    fn is_alnum(self) -> bool {
        self.is_alpha() || self.is_decimal() || self.is_digit() || self.is_numeric()
    }
    fn is_lower(self) -> bool;
    fn is_upper(self) -> bool;
    /// A titlecase letter (`Lt`); never true for `str`.
    fn is_title(self) -> bool;
    fn to_lower(self) -> Self;
    fn to_upper(self) -> Self;
    fn to_title(self) -> Self;
    /// The decimal digit value (`int()` and `str.format` field numbers use it).
    fn decimal_value(self) -> Option<u32>;
    /// The first index of `c` in `hay` (single-element searches, splits and replaces).
    fn position_in(hay: &[Self], c: Self) -> Option<usize> {
        hay.iter().position(|&x| x == c)
    }
}

/// The first index of byte `c` in `hay`, eight bytes at a time: a word has a zero byte where
/// `word ^ (c * 0x0101..)` does, found with the classic `(v - 0x01..) & !v & 0x80..` test (exact
/// for the lowest zero byte, which is the one taken).
fn byte_position(hay: &[u8], c: u8) -> Option<usize> {
    const LOW: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let pattern = LOW * c as u64;
    let mut chunks = hay.chunks_exact(8);
    let mut at = 0;
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let v = u64::from_le_bytes(word) ^ pattern;
        let found = v.wrapping_sub(LOW) & !v & HIGH;
        if found != 0 {
            return Some(at + (found.trailing_zeros() / 8) as usize);
        }
        at += 8;
    }
    chunks
        .remainder()
        .iter()
        .position(|&x| x == c)
        .map(|i| at + i)
}

impl Elem for u8 {
    const IS_UNICODE: bool = false;
    fn position_in(hay: &[u8], c: u8) -> Option<usize> {
        byte_position(hay, c)
    }
    fn code(self) -> u32 {
        self as u32
    }
    fn ascii(b: u8) -> Self {
        b
    }
    fn is_space(self) -> bool {
        matches!(self, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
    }
    fn is_linebreak(self) -> bool {
        matches!(self, b'\n' | b'\r')
    }
    fn is_alpha(self) -> bool {
        self.is_ascii_alphabetic()
    }
    fn is_digit(self) -> bool {
        self.is_ascii_digit()
    }
    fn is_decimal(self) -> bool {
        self.is_ascii_digit()
    }
    fn is_numeric(self) -> bool {
        self.is_ascii_digit()
    }
    fn is_alnum(self) -> bool {
        self.is_ascii_alphanumeric()
    }
    fn is_lower(self) -> bool {
        self.is_ascii_lowercase()
    }
    fn is_upper(self) -> bool {
        self.is_ascii_uppercase()
    }
    fn is_title(self) -> bool {
        false
    }
    fn to_lower(self) -> Self {
        self.to_ascii_lowercase()
    }
    fn to_upper(self) -> Self {
        self.to_ascii_uppercase()
    }
    fn to_title(self) -> Self {
        self.to_ascii_uppercase()
    }
    fn decimal_value(self) -> Option<u32> {
        self.is_ascii_digit().then(|| (self - b'0') as u32)
    }
}

/// The property flags of a code point (`unicode_db::ALPHA`, ...).
fn unicode_flags(c: u32) -> u16 {
    if c < 0x100 {
        return db::LATIN1_FLAGS[c as usize];
    }
    if c > 0x10FFFF {
        return 0;
    }
    let runs = db::FLAG_RUNS;
    let i = runs.partition_point(|&(start, _)| start <= c);
    // FLAG_RUNS starts at 0, so i >= 1.
    runs[i.saturating_sub(1)].1
}

/// `(upper, lower, title)` of a code point.
fn unicode_cases(c: u32) -> (u32, u32, u32) {
    match db::CASES.binary_search_by(|row| row.0.cmp(&c)) {
        Ok(i) => (db::CASES[i].1, db::CASES[i].2, db::CASES[i].3),
        Err(_) => (c, c, c),
    }
}

impl Elem for u32 {
    const IS_UNICODE: bool = true;
    fn code(self) -> u32 {
        self
    }
    fn ascii(b: u8) -> Self {
        b as u32
    }
    fn is_space(self) -> bool {
        unicode_flags(self) & db::SPACE != 0
    }
    fn is_linebreak(self) -> bool {
        unicode_flags(self) & db::LINEBREAK != 0
    }
    fn is_alpha(self) -> bool {
        unicode_flags(self) & db::ALPHA != 0
    }
    fn is_digit(self) -> bool {
        unicode_flags(self) & db::DIGIT != 0
    }
    fn is_decimal(self) -> bool {
        unicode_flags(self) & db::DECIMAL != 0
    }
    fn is_numeric(self) -> bool {
        unicode_flags(self) & db::NUMERIC != 0
    }
    fn is_lower(self) -> bool {
        unicode_flags(self) & db::LOWER != 0
    }
    fn is_upper(self) -> bool {
        unicode_flags(self) & db::UPPER != 0
    }
    fn is_title(self) -> bool {
        unicode_flags(self) & db::TITLE != 0
    }
    fn to_lower(self) -> Self {
        unicode_cases(self).1
    }
    fn to_upper(self) -> Self {
        unicode_cases(self).0
    }
    fn to_title(self) -> Self {
        unicode_cases(self).2
    }
    fn decimal_value(self) -> Option<u32> {
        let runs = db::DECIMAL_RUNS;
        let i = runs.partition_point(|&(start, _, _)| start <= self);
        let &(start, len, value) = runs.get(i.checked_sub(1)?)?;
        (self - start < len).then(|| value + (self - start))
    }
}
