//! Python 2.7's hashing and hash tables, independent of the object model.
//!
//! In: hashes computed by the caller (with the functions of [`hash`] for built-in values)
//! and fallible key-equality callbacks. Out: hash values, and dict/set tables whose slot
//! layout, and so whose iteration order, equals CPython 2.7.18's after the same sequence of
//! operations (same probing, dummies, fill/used accounting, resize points and merge
//! pre-sizing).
//!
//! - [`hash`]: `hash()` of str, unicode, int, long, float, complex, tuple, frozenset.
//! - [`table`]: the open-addressing core shared by dicts and sets (`RawTable`).
//! - [`dict`]: `DictTable`, the operations of Objects/dictobject.c.
//! - [`set`]: `SetTable`, the operations of Objects/setobject.c.
//!
//! The tables are generic over key and value types; the runtime instantiates them with GC
//! references and is responsible for rooting them (tables never allocate Python objects).

pub mod dict;
pub mod hash;
pub mod set;
pub mod table;

pub use dict::DictTable;
pub use hash::{
    complex_hash, float_hash, frozenset_hash, int_hash, long_hash, str_hash, tuple_hash,
    unicode_hash, unicode_hash_str,
};
pub use set::SetTable;

#[cfg(test)]
mod hash_cases;
#[cfg(test)]
mod order_cases;
#[cfg(test)]
mod testkey;
#[cfg(test)]
mod tests;
