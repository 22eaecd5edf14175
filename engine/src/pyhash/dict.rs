//! `DictTable`: the operations of CPython 2.7's Objects/dictobject.c over [`RawTable`].
//!
//! In: keys with caller-computed hashes, values, and a fallible `eq(stored, probe)` callback
//! (see `table.rs` for its contract). Out: the same slot layout, and so the same
//! `keys()`/`values()`/`items()`/iteration order (slot order), as CPython after the same
//! operations. An `Err` from `eq` aborts the operation where CPython would, leaving any
//! insertions already made (as CPython does).
//!
//! Which CPython path each method mirrors:
//! - `d[k] = v`, `setdefault`, `dict(seq_of_pairs)`, `update(non-dict)`, dict comprehensions
//!   and generic `fromkeys(iterable)`: [`DictTable::set_item`] per pair (`PyDict_SetItem`).
//! - dict displays `{a: b, ...}`: [`DictTable::presized`] with the number of pairs
//!   (`BUILD_MAP n`, capped at 0xFFFF by the compiler) then `set_item` per pair in source order.
//! - `dict(d)`, `d.copy()`, `d.update(d2)` with `d2` an exact dict: [`DictTable::merge`]
//!   (`PyDict_Merge`: one pre-size, then insertion in the other's slot order without
//!   further resize checks). `other is self` is a no-op the caller handles (Rust borrowing
//!   forbids passing the same table twice).
//! - `dict.fromkeys(d)` / `dict.fromkeys(s)` for an exact dict / exact set or frozenset,
//!   when the class is exactly `dict`: [`DictTable::fromkeys_dict`] / [`DictTable::fromkeys_set`].

use super::set::SetTable;
use super::table::RawTable;

/// A dict's table. `V` is the value type; see the module header for the operations.
#[derive(Clone, Debug)]
pub struct DictTable<K, V> {
    raw: RawTable<K, V>,
}

impl<K, V> Default for DictTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K, V> DictTable<K, V> {
    /// `PyDict_New()`: 8 empty slots.
    pub fn new() -> Self {
        DictTable {
            raw: RawTable::new(),
        }
    }

    /// `_PyDict_NewPresized(n)` (dict displays): resized for `n` keys when `n > 5`.
    pub fn presized(n: usize) -> Self {
        let mut d = Self::new();
        if n > 5 {
            d.raw.resize(n);
        }
        d
    }

    /// The underlying table (slot layout, fill, mask).
    pub fn raw(&self) -> &RawTable<K, V> {
        &self.raw
    }

    /// The underlying table, for callers that probe it step by step
    /// ([`RawTable::lookup_reentrant`]) and then insert or remove at the slot found.
    pub fn raw_mut(&mut self) -> &mut RawTable<K, V> {
        &mut self.raw
    }

    /// `len(d)`.
    pub fn len(&self) -> usize {
        self.raw.used()
    }

    pub fn is_empty(&self) -> bool {
        self.raw.used() == 0
    }

    /// Items in iteration order: `(hash, key, value)`.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K, &V)> {
        self.raw.iter()
    }

    /// Keys in iteration order (`d.keys()`).
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.raw.iter().map(|(_, k, _)| k)
    }

    /// `d[key]` / `d.get(key)`: the value of the equal key, if any.
    pub fn get<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<&V>, E> {
        let idx = self.raw.lookup(key, hash, eq)?;
        Ok(self.raw.get_at(idx).map(|(_, v)| v))
    }

    /// `key in d`.
    pub fn contains<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        Ok(self.get(key, hash, eq)?.is_some())
    }

    /// `PyDict_SetItem`: insert or replace (an existing equal key is kept, its value
    /// replaced and returned), then grow if a new key filled 2/3 of the table.
    pub fn set_item<E>(
        &mut self,
        key: K,
        hash: i64,
        value: V,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        let before = self.raw.used();
        let old = self.raw.insert(key, hash, value, eq)?;
        self.raw.grow_after_insert(before);
        Ok(old)
    }

    /// `del d[key]` / `d.pop(key)`: removes the equal key, leaving a dummy; `None` when
    /// absent (the caller raises `KeyError`). Never resizes.
    pub fn del_item<E>(
        &mut self,
        key: &K,
        hash: i64,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<(K, V)>, E> {
        self.raw.remove(key, hash, eq)
    }

    /// `d.popitem()`: `None` when empty (the caller raises
    /// `KeyError: 'popitem(): dictionary is empty'`).
    pub fn popitem(&mut self) -> Option<(K, V)> {
        self.raw.pop_first()
    }

    /// `d.clear()`.
    pub fn clear(&mut self) {
        self.raw.clear();
    }
}

impl<K: Clone, V: Clone> DictTable<K, V> {
    /// `PyDict_Merge(self, other, override)` for an exact dict `other` (not `self`):
    /// if `(fill + len(other)) * 3 >= size * 2`, resize for `(len + len(other)) * 2` keys;
    /// then insert other's items in its slot order with their stored hashes, without resize
    /// checks. With `override == false` keys already present keep their value (CPython's
    /// `PyDict_GetItem` there swallows comparison errors; here they propagate).
    pub fn merge<E>(
        &mut self,
        other: &DictTable<K, V>,
        mut override_: bool,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.is_empty() {
            return Ok(());
        }
        if self.is_empty() {
            override_ = true;
        }
        if (self.raw.fill() + other.len()) * 3 >= (self.raw.mask() + 1) * 2 {
            self.raw.resize((self.len() + other.len()) * 2);
        }
        for (hash, k, v) in other.iter() {
            if !override_ && self.get(k, hash, eq)?.is_some() {
                continue;
            }
            self.raw.insert(k.clone(), hash, v.clone(), eq)?;
        }
        Ok(())
    }

    /// `PyDict_Copy` (`d.copy()`, `dict(d)` for an exact dict): a new dict merged from `self`.
    pub fn copy<E>(&self, eq: &mut impl FnMut(&K, &K) -> Result<bool, E>) -> Result<Self, E> {
        let mut d = Self::new();
        d.merge(self, true, eq)?;
        Ok(d)
    }

    /// `dict.fromkeys(src, value)` for an exact dict `src`: resized for `len(src) / 2 * 3`
    /// keys (integer division), then src's keys inserted in its slot order with their stored
    /// hashes, without resize checks.
    pub fn fromkeys_dict<W, E>(
        src: &DictTable<K, W>,
        value: V,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut d = Self::new();
        d.raw.resize(src.len() / 2 * 3);
        for (hash, k, _) in src.iter() {
            d.raw.insert(k.clone(), hash, value.clone(), eq)?;
        }
        Ok(d)
    }

    /// `dict.fromkeys(s, value)` for an exact set or frozenset `s`: resized for
    /// `len(s) / 2 * 3` keys, then s's keys inserted in its slot order without resize checks.
    pub fn fromkeys_set<E>(
        src: &SetTable<K>,
        value: V,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut d = Self::new();
        d.raw.resize(src.len() / 2 * 3);
        for (hash, k) in src.iter() {
            d.raw.insert(k.clone(), hash, value.clone(), eq)?;
        }
        Ok(d)
    }
}
