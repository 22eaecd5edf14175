//! CPython 2.7's `str` and `unicode` methods and codecs as plain functions over element slices:
//! `&[u8]` for `str`, `&[u32]` for `unicode` (a UCS4 build: any value up to 0x10FFFF is a
//! character, lone surrogates included). No Python objects: the runtime converts arguments
//! (`None` indices become `None`, big ints are clipped to `i64` as CPython's slice indices are),
//! calls these, and builds result objects and exceptions from the returned data.
//!
//! Map: `chars.rs` (the `Elem` trait: character classes and case mappings of a byte / a code
//! point), `unicode_db.rs` (CPython 2.7's Unicode 5.2 tables, generated), `search.rs` (find,
//! count, split, partition, replace, ...), `transform.rs` (predicates, case changes, strip,
//! padding, expandtabs, join, repetition, translate, slicing), `codecs/` (encode/decode with
//! error handlers, codec name lookup), `format.rs` (`str.format` template parsing), `error.rs`
//! (`StrError`: the exception class and CPython's exact message).
//!
//! The two string types share one implementation: every algorithm is generic over [`Elem`]
//! (`u8` or `u32`), which supplies character classes, case mappings and the few places where
//! CPython 2.7's two types differ (`T::IS_UNICODE`: an empty prefix always matches in
//! `unicode.startswith`; `str`'s line breaks are only `\n` and `\r`).
//!
//! Character data: `str` follows the C locale (ASCII letters, digits and whitespace only);
//! `unicode` follows CPython 2.7's own Unicode 5.2 database, generated from CPython into
//! `unicode_db.rs` (not Rust's `char` methods, whose newer Unicode disagrees on hundreds of code
//! points), with one-to-one case mappings (`u'\xdf'.upper() == u'\xdf'`).
//!
//! Messages are Rust text standing for CPython's byte-string messages: where a message quotes a
//! byte above 0x7f (a codec name, a conversion character), the byte is the char of that value.
//!
//! Invariants: nothing here panics on any input; every size computation is checked and every
//! large allocation is fallible (OverflowError / MemoryError as CPython raises them). Each
//! `gen_*.py` beside a module regenerates the CPython 2.7.18 expectations its tests compare with
//! (`method_cases.txt`, `format_cases.txt`, `codecs/codec_cases.txt`, and a digest of the whole
//! Unicode database).

mod chars;
pub mod codecs;
mod error;
pub mod format;
mod search;
mod transform;
mod unicode_db;

#[cfg(test)]
pub(crate) mod tests;

pub use chars::Elem;
pub use error::{ExcKind, StrError, StrResult, UnicodeErrorInfo, UnicodeObject};
pub use search::{
    adjust_indices, contains, count, endswith, find, find_slice, index, partition, replace, rfind,
    rfind_slice, rindex, rpartition, rsplit, split, splitlines, startswith,
};
pub use transform::{
    capitalize, center, compare, encode_decimal, expandtabs, get_slice, isalnum, isalpha,
    isdecimal, isdigit, islower, isnumeric, isspace, istitle, isupper, join, ljust, lower,
    maketrans, repeat, rjust, slice_indices, strip, swapcase, title, translate_bytes,
    translate_unicode, upper, zfill, StripSide, Translation,
};

/// An empty vector with room for `n` elements, or MemoryError.
pub(crate) fn try_vec<T>(n: usize) -> StrResult<Vec<T>> {
    let mut v = Vec::new();
    v.try_reserve_exact(n).map_err(|_| StrError::memory())?;
    Ok(v)
}
