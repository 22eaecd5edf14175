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
//! Invariants: nothing here panics on any input; every size computation is checked and every
//! large allocation is fallible (OverflowError / MemoryError as CPython raises them). Each
//! `gen_*.py` beside a module regenerates the CPython 2.7.18 expectations its tests compare with.

mod chars;
pub mod codecs;
mod error;
pub mod format;
mod search;
mod transform;
mod unicode_db;

#[cfg(test)]
pub(crate) mod tests;

pub use chars::{unicode_flags, Elem};
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
