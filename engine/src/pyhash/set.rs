//! `SetTable`: the operations of CPython 2.7's Objects/setobject.c over [`RawTable`]
//! (values are `()`).
//!
//! In: keys with caller-computed hashes and a fallible `eq(stored, probe)` callback (see
//! `table.rs`). Out: the same slot layout, and so the same iteration order, as CPython
//! after the same operations. An `Err` from `eq` aborts where CPython would, keeping
//! insertions already made.
//!
//! How each Python operation maps here (`s`, `t` sets or frozensets, `d` an exact dict,
//! `it` any other iterable, whose keys the caller hashes and passes one by one):
//! - `s.add(x)`, `set(it)`, `s.update(it)`, `s |= it`: [`SetTable::add`] per key.
//! - `set(t)`, `t.copy()`, `frozenset(t)`: [`SetTable::copy`]; `s.update(t)`, `s |= t`:
//!   [`SetTable::merge`] (one pre-size, then `t`'s slot order, no resize checks).
//! - `set(d)`, `s.update(d)`: [`SetTable::update_from_dict`] (pre-size, then `add` per key
//!   in d's slot order).
//! - `s | t`, `s.union(t)`: copy of `s`, then update with `t` ([`SetTable::union`]).
//!   `s.union(a, b, ...)` updates the copy with each argument in turn, skipping `s` itself.
//! - `s & t`, `s.intersection(t)`: [`SetTable::intersection`] iterates the smaller operand
//!   (`t` on a tie) and probes the other; with an iterable `it`: iterate `it`, probe `s`
//!   ([`SetTable::intersection_items`]). `s &= t` replaces `s` by that result.
//!   `s.intersection(a, b)` chains: `(s & a) & b`. `s & s` is `s.copy()`.
//! - `s - t`: [`SetTable::difference`] iterates `s` and probes `t` (same for a dict:
//!   [`SetTable::difference_dict`]); with another iterable: copy of `s`, then
//!   `difference_update`. `s.difference(a, b, ...)`: `s - a`, then `difference_update(b)`...
//! - `s -= t`, `s.difference_update(t)`: [`SetTable::difference_update`] discards each key
//!   of `t` in its iteration order, then rebuilds if dummies exceed a fifth of the mask.
//!   `s -= s` is `s.clear()`.
//! - `s ^= t`: [`SetTable::symmetric_difference_update`]: for each key of `t` in order,
//!   discard it from `s` or, if absent, add it. With an exact dict, the dict's keys with
//!   their stored hashes; with another iterable, first `t = set(it)`. `s ^= s` clears.
//! - `s ^ t`: [`SetTable::symmetric_difference`]: a copy of **t**, updated with `s`.
//! - `s.pop()`: [`SetTable::pop`] (slot-0 finger, as `dict.popitem`).
//!   `s.discard`/`s.remove`: [`SetTable::discard`] (never resizes).
//! - `set.__init__` on an existing set (`s.__init__(it)`): `clear`, then as `set(it)`.

use super::dict::DictTable;
use super::table::RawTable;

/// A set's (or frozenset's) table.
#[derive(Clone, Debug)]
pub struct SetTable<K> {
    raw: RawTable<K, ()>,
}

impl<K> Default for SetTable<K> {
    fn default() -> Self {
        Self::new()
    }
}

impl<K> SetTable<K> {
    /// An empty set: 8 empty slots.
    pub fn new() -> Self {
        SetTable {
            raw: RawTable::new(),
        }
    }

    /// The underlying table (slot layout, fill, mask).
    pub fn raw(&self) -> &RawTable<K, ()> {
        &self.raw
    }

    /// The underlying table, for callers that probe it step by step
    /// ([`RawTable::lookup_reentrant`]) and then insert or remove at the slot found.
    pub fn raw_mut(&mut self) -> &mut RawTable<K, ()> {
        &mut self.raw
    }

    /// `len(s)`.
    pub fn len(&self) -> usize {
        self.raw.used()
    }

    pub fn is_empty(&self) -> bool {
        self.raw.used() == 0
    }

    /// Keys in iteration order with their stored hashes.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K)> {
        self.raw.iter().map(|(h, k, _)| (h, k))
    }

    /// Keys in iteration order (`list(s)`).
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.raw.iter().map(|(_, k, _)| k)
    }

    /// `key in s`.
    pub fn contains<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let idx = self.raw.lookup(key, hash, eq)?;
        Ok(self.raw.is_active(idx))
    }

    /// `set_add_entry`: insert unless present, then grow if a new key filled 2/3 of the
    /// table. Returns whether the key was added.
    pub fn add<E>(
        &mut self,
        key: K,
        hash: i64,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let before = self.raw.used();
        let added = self.raw.insert_if_absent(key, hash, (), eq)?;
        self.raw.grow_after_insert(before);
        Ok(added)
    }

    /// `s.discard(key)`: removes the equal key (leaving a dummy) and returns it; `None` when
    /// absent (`s.remove` raises `KeyError` then).
    pub fn discard<E>(
        &mut self,
        key: &K,
        hash: i64,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<K>, E> {
        Ok(self.raw.remove(key, hash, eq)?.map(|(k, ())| k))
    }

    /// `s.pop()`: `None` when empty (the caller raises `KeyError: 'pop from an empty set'`).
    pub fn pop(&mut self) -> Option<K> {
        self.raw.pop_first().map(|(k, ())| k)
    }

    /// `s.clear()`.
    pub fn clear(&mut self) {
        self.raw.clear();
    }

    /// The dummy cleanup ending `set_difference_update_internal`: when
    /// `(fill - used) * 5 >= mask`, rebuild for `used * 4` keys (`* 2` above 50000).
    pub fn shed_dummies(&mut self) {
        if (self.raw.fill() - self.raw.used()) * 5 >= self.raw.mask() {
            self.raw.resize(self.raw.growth_target());
        }
    }

    /// `s.difference_update(it)` / `s -= t` over keys given in the other's iteration order
    /// (for a set or dict: its slot order with stored hashes).
    pub fn difference_update_items<'a, E>(
        &mut self,
        items: impl IntoIterator<Item = (i64, &'a K)>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        K: 'a,
    {
        for (hash, k) in items {
            self.raw.remove(k, hash, eq)?;
        }
        self.shed_dummies();
        Ok(())
    }

    /// `s -= t` / `s.difference_update(t)` for a set `t` (not `s` itself: that is `clear`).
    pub fn difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        self.difference_update_items(other.iter(), eq)
    }
}

impl<K: Clone> SetTable<K> {
    /// `set_merge(self, other)` (`s.update(t)`, `s |= t` for a set `t` other than `s`):
    /// if `(fill + len(t)) * 3 >= size * 2`, resize for `(len + len(t)) * 2` keys, then
    /// insert t's keys in its slot order with stored hashes, without resize checks.
    pub fn merge<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if other.is_empty() {
            return Ok(());
        }
        if (self.raw.fill() + other.len()) * 3 >= (self.raw.mask() + 1) * 2 {
            self.raw.resize((self.len() + other.len()) * 2);
        }
        for (hash, k) in other.iter() {
            self.raw.insert_if_absent(k.clone(), hash, (), eq)?;
        }
        Ok(())
    }

    /// `set_update_internal` with an exact dict: pre-size as [`SetTable::merge`] does (with
    /// `len(d)`), then [`SetTable::add`] each key in d's slot order with its stored hash.
    pub fn update_from_dict<V, E>(
        &mut self,
        other: &DictTable<K, V>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        if (self.raw.fill() + other.len()) * 3 >= (self.raw.mask() + 1) * 2 {
            self.raw.resize((self.len() + other.len()) * 2);
        }
        for (hash, k, _) in other.iter() {
            self.add(k.clone(), hash, eq)?;
        }
        Ok(())
    }

    /// `set(t)` / `t.copy()` / `frozenset(t)`: a new set merged from `self`.
    pub fn copy<E>(&self, eq: &mut impl FnMut(&K, &K) -> Result<bool, E>) -> Result<Self, E> {
        let mut s = Self::new();
        s.merge(self, eq)?;
        Ok(s)
    }

    /// `s | t` / `s.union(t)` for a set `t`: a copy of `s` merged with `t`.
    pub fn union<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut s = self.copy(eq)?;
        s.merge(other, eq)?;
        Ok(s)
    }

    /// `s & t` for a set `t`: iterate the smaller (t when equal sizes), probe the other,
    /// add hits to a new set in that order.
    pub fn intersection<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let (probed, iterated) = if other.len() > self.len() {
            (other, self)
        } else {
            (self, other)
        };
        let mut result = Self::new();
        for (hash, k) in iterated.iter() {
            if probed.contains(k, hash, eq)? {
                result.add(k.clone(), hash, eq)?;
            }
        }
        Ok(result)
    }

    /// `s.intersection(it)` for a non-set iterable: keys of `it` (with hashes) in its
    /// order, each added to a new set when present in `s`.
    pub fn intersection_items<E>(
        &self,
        items: impl IntoIterator<Item = (K, i64)>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut result = Self::new();
        for (k, hash) in items {
            if self.contains(&k, hash, eq)? {
                result.add(k, hash, eq)?;
            }
        }
        Ok(result)
    }

    /// `s - t` for a set `t`: s's keys in its order, added to a new set when not in `t`.
    pub fn difference<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut result = Self::new();
        for (hash, k) in self.iter() {
            if !other.contains(k, hash, eq)? {
                result.add(k.clone(), hash, eq)?;
            }
        }
        Ok(result)
    }

    /// `s.difference(d)` for an exact dict `d`: as [`SetTable::difference`], probing `d`.
    pub fn difference_dict<V, E>(
        &self,
        other: &DictTable<K, V>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut result = Self::new();
        for (hash, k) in self.iter() {
            if !other.contains(k, hash, eq)? {
                result.add(k.clone(), hash, eq)?;
            }
        }
        Ok(result)
    }

    /// `s ^= t` over the keys of `t` in its iteration order with hashes (a set, or an exact
    /// dict's keys): discard each present key, add each absent one.
    pub fn symmetric_difference_update_items<'a, E>(
        &mut self,
        items: impl IntoIterator<Item = (i64, &'a K)>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E>
    where
        K: 'a,
    {
        for (hash, k) in items {
            if self.raw.remove(k, hash, eq)?.is_none() {
                self.add(k.clone(), hash, eq)?;
            }
        }
        Ok(())
    }

    /// `s ^= t` for a set `t` other than `s`.
    pub fn symmetric_difference_update<E>(
        &mut self,
        other: &SetTable<K>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<(), E> {
        self.symmetric_difference_update_items(other.iter(), eq)
    }

    /// `s ^ t` for a set `t`: a copy of `t`, then `^=` with `s`.
    pub fn symmetric_difference<E>(
        &self,
        other: &SetTable<K>,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Self, E> {
        let mut result = other.copy(eq)?;
        result.symmetric_difference_update(self, eq)?;
        Ok(result)
    }
}
