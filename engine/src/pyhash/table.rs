//! The open-addressing hash table shared by CPython 2.7's dict and set
//! (Objects/dictobject.c, Objects/setobject.c).
//!
//! In: keys with caller-computed hashes, and a fallible equality callback
//! `eq(stored_key, probe_key)` (called as CPython calls `PyObject_RichCompareBool(startkey,
//! key, Py_EQ)`: only on a non-dummy slot whose stored hash equals the probe hash).
//! Out: slot indices; iteration is slot order `0..=mask`.
//!
//! Invariants (as CPython):
//! - the table size is a power of two, at least [`MIN_SIZE`]; `mask = size - 1`;
//! - `used` counts active slots, `fill` counts active + dummy slots; `fill < size` always
//!   (a resize happens once `fill * 3 >= size * 2` after an insertion of a new key);
//! - probing starts at `hash & mask` and continues with `i = 5*i + perturb + 1` (unmasked
//!   `usize` arithmetic, wrapping), `perturb` starting at `hash as usize` and shifted right by
//!   [`PERTURB_SHIFT`] after each step; slot index `i & mask`;
//! - deletion leaves a dummy that keeps the deleted key's hash (pop/popitem read slot 0's
//!   hash field as a search finger, so every slot, empty or dummy, carries a hash field;
//!   a fresh table has all hash fields 0).
//!
//! Simplifications (documented differences from CPython):
//! - CPython first tests key identity (`stored is key`) before comparing hashes; here the
//!   caller's `eq` must answer `true` for identical objects (`PyObject_RichCompareBool` does),
//!   which gives the same result unless an object's hash changed while it was stored.
//! - The closure-based operations ([`RawTable::lookup`], `insert`, `remove`, and the
//!   `DictTable`/`SetTable` operations built on them) borrow the table while `eq` runs, so
//!   `eq` must not reach the table. A runtime whose `eq` runs user code that may mutate the
//!   table being probed uses [`RawTable::lookup_reentrant`] instead: it holds no reference
//!   into the table while `eq` runs, and, as CPython's `lookdict`/`set_lookkey`, restarts
//!   the probe when the comparison replaced the table's storage or the compared slot no
//!   longer holds the compared key.
//! - Storage identity (CPython's `ma_table`/`table` pointer test) is [`RawTable::ident`]:
//!   0 for a minimum-size table (CPython keeps those in the object's inline small table,
//!   so clearing or rebuilding a small table keeps its identity), else a number unique to
//!   each allocation of a larger table (never reused, so no ABA).
//! - Keys and values are generic; the runtime instantiates them with GC references and
//!   roots the table itself (no `unsafe`, no allocation of Python objects here).

/// `PyDict_MINSIZE` / `PySet_MINSIZE`.
pub const MIN_SIZE: usize = 8;
/// `PERTURB_SHIFT`.
pub const PERTURB_SHIFT: u32 = 5;

/// Identities of allocated tables larger than [`MIN_SIZE`] (see [`RawTable::ident`]).
static NEXT_IDENT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn ident_for(size: usize) -> u64 {
    if size == MIN_SIZE {
        0
    } else {
        NEXT_IDENT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
    }
}

/// What a slot holds.
#[derive(Clone, Debug)]
pub enum Slot<K, V> {
    /// Never used since the table was (re)built.
    Empty,
    /// Deleted: probing continues past it; insertion may reuse it.
    Dummy,
    /// A live key and its value (`()` for sets).
    Active(K, V),
}

/// One slot with its hash field (meaningful for active and dummy slots, and slot 0's is the
/// pop/popitem search finger).
#[derive(Clone, Debug)]
pub struct Entry<K, V> {
    pub hash: i64,
    pub slot: Slot<K, V>,
}

impl<K, V> Entry<K, V> {
    fn empty() -> Self {
        Entry {
            hash: 0,
            slot: Slot::Empty,
        }
    }
}

/// The table: `entries.len()` is the size (a power of two).
#[derive(Debug)]
pub struct RawTable<K, V> {
    entries: Vec<Entry<K, V>>,
    fill: usize,
    used: usize,
    /// Storage identity: see [`RawTable::ident`].
    ident: u64,
    /// Keys made active so far (see [`RawTable::inserts`]).
    inserts: u64,
}

impl<K: Clone, V: Clone> Clone for RawTable<K, V> {
    /// A copy is a new allocation: a larger table gets a fresh identity.
    fn clone(&self) -> Self {
        RawTable {
            entries: self.entries.clone(),
            fill: self.fill,
            used: self.used,
            ident: ident_for(self.entries.len()),
            inserts: self.inserts,
        }
    }
}

/// A lookup in progress, for [`RawTable::probe_step`] (see [`RawTable::lookup_reentrant`]).
pub struct ProbeState {
    probe: Probe,
    freeslot: Option<usize>,
    ident: u64,
}

/// What [`RawTable::probe_step`] stopped at.
#[derive(Debug, PartialEq)]
pub enum ProbeStep<K> {
    /// The answer, as [`RawTable::lookup`]'s.
    Done(usize),
    /// Slot `index` holds `key` (a copy) with the probe's hash and the fast equality could
    /// not decide: the caller compares, holding no reference into the table, then calls
    /// [`RawTable::probe_resume`].
    Compare(usize, K),
}

/// What [`RawTable::probe_resume`] decided after a comparison.
#[derive(Debug, PartialEq, Eq)]
pub enum Resume {
    /// The key is at this (active) slot.
    Found(usize),
    /// Not equal, table unchanged where it matters: continue probing.
    Continue,
    /// The comparison replaced the storage or the compared slot's key: start over.
    Restart,
}

impl<K, V> Default for RawTable<K, V> {
    fn default() -> Self {
        Self::new()
    }
}

/// The probe sequence of `hash` in a table of `mask + 1` slots (an endless sequence of slot
/// indices; once `perturb` reaches 0 it cycles through every slot).
struct Probe {
    i: usize,
    perturb: usize,
    mask: usize,
    started: bool,
}

impl Probe {
    fn new(hash: i64, mask: usize) -> Self {
        Probe {
            i: (hash as usize) & mask,
            perturb: hash as usize,
            mask,
            started: false,
        }
    }

    fn next_slot(&mut self) -> usize {
        if self.started {
            self.i = (self.i << 2)
                .wrapping_add(self.i)
                .wrapping_add(self.perturb)
                .wrapping_add(1);
            self.perturb >>= PERTURB_SHIFT;
        }
        self.started = true;
        self.i & self.mask
    }
}

impl<K, V> RawTable<K, V> {
    /// An empty table of [`MIN_SIZE`] slots.
    pub fn new() -> Self {
        RawTable {
            entries: (0..MIN_SIZE).map(|_| Entry::empty()).collect(),
            fill: 0,
            used: 0,
            ident: 0,
            inserts: 0,
        }
    }

    /// Storage identity: equal before and after an operation iff CPython's table pointer
    /// would be (0 for minimum-size tables; a fresh number for each larger allocation).
    pub fn ident(&self) -> u64 {
        self.ident
    }

    /// How many times a key was stored in a slot that held none: while `ident` (non-zero)
    /// and this stay the same, no key absent before has been added (what caches of misses,
    /// such as the interpreter's builtin-name cache, check).
    pub fn inserts(&self) -> u64 {
        self.inserts
    }

    /// Number of live keys (`ma_used` / `used`).
    pub fn used(&self) -> usize {
        self.used
    }

    /// Live plus dummy slots (`ma_fill` / `fill`).
    pub fn fill(&self) -> usize {
        self.fill
    }

    /// Size minus one (`ma_mask` / `mask`).
    pub fn mask(&self) -> usize {
        self.entries.len() - 1
    }

    /// All slots in order (for iteration with a saved position, and for tests).
    pub fn entries(&self) -> &[Entry<K, V>] {
        &self.entries
    }

    /// The first active slot at index `>= pos`, as `(index, hash, key, value)`
    /// (`PyDict_Next` / `set_next`: the caller resumes at `index + 1`).
    pub fn next_active(&self, pos: usize) -> Option<(usize, i64, &K, &V)> {
        self.entries
            .iter()
            .enumerate()
            .skip(pos)
            .find_map(|(i, e)| match &e.slot {
                Slot::Active(k, v) => Some((i, e.hash, k, v)),
                _ => None,
            })
    }

    /// Active entries in slot order: `(hash, key, value)`.
    pub fn iter(&self) -> impl Iterator<Item = (i64, &K, &V)> {
        self.entries.iter().filter_map(|e| match &e.slot {
            Slot::Active(k, v) => Some((e.hash, k, v)),
            _ => None,
        })
    }

    /// The value at an active slot index returned by [`RawTable::lookup`].
    pub fn get_at(&self, index: usize) -> Option<(&K, &V)> {
        match &self.entries.get(index)?.slot {
            Slot::Active(k, v) => Some((k, v)),
            _ => None,
        }
    }

    /// Mutable value at an active slot index.
    pub fn value_at_mut(&mut self, index: usize) -> Option<&mut V> {
        match &mut self.entries.get_mut(index)?.slot {
            Slot::Active(_, v) => Some(v),
            _ => None,
        }
    }

    /// `lookdict` / `set_lookkey`: the index of the active slot holding a key equal to `key`,
    /// or else of the slot an insertion would use (the first dummy met, or the empty slot
    /// that ended the probe). Errors from `eq` propagate.
    pub fn lookup<E>(
        &self,
        key: &K,
        hash: i64,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<usize, E> {
        let mut freeslot: Option<usize> = None;
        let mut probe = Probe::new(hash, self.mask());
        loop {
            let idx = probe.next_slot();
            let e = &self.entries[idx];
            match &e.slot {
                Slot::Empty => return Ok(freeslot.unwrap_or(idx)),
                Slot::Dummy => {
                    if freeslot.is_none() {
                        freeslot = Some(idx);
                    }
                }
                Slot::Active(stored, _) => {
                    if e.hash == hash && eq(stored, key)? {
                        return Ok(idx);
                    }
                }
            }
        }
    }

    /// Starts a lookup of `hash` for [`RawTable::probe_step`].
    pub fn probe_start(&self, hash: i64) -> ProbeState {
        ProbeState {
            probe: Probe::new(hash, self.mask()),
            freeslot: None,
            ident: self.ident,
        }
    }

    /// Continues the lookup `st` (of `hash`) until it has an answer or meets an active slot
    /// with the same hash whose key `fast(stored)` cannot compare without running code
    /// (`None`; `Some(equal)` otherwise). `st` must come from [`RawTable::probe_start`] on
    /// this table, with [`RawTable::probe_resume`] answering `Continue` after each
    /// `Compare` (else the probe restarts from `probe_start`).
    #[inline]
    pub fn probe_step(
        &self,
        st: &mut ProbeState,
        hash: i64,
        fast: &mut impl FnMut(&K) -> Option<bool>,
    ) -> ProbeStep<K>
    where
        K: Clone,
    {
        if st.ident != self.ident || st.probe.mask != self.mask() {
            // Misuse (the table changed without a resume check): start over.
            *st = self.probe_start(hash);
        }
        loop {
            let idx = st.probe.next_slot();
            let e = &self.entries[idx];
            match &e.slot {
                Slot::Empty => return ProbeStep::Done(st.freeslot.unwrap_or(idx)),
                Slot::Dummy => {
                    if st.freeslot.is_none() {
                        st.freeslot = Some(idx);
                    }
                }
                Slot::Active(stored, _) => {
                    if e.hash == hash {
                        match fast(stored) {
                            Some(true) => return ProbeStep::Done(idx),
                            Some(false) => {}
                            None => return ProbeStep::Compare(idx, stored.clone()),
                        }
                    }
                }
            }
        }
    }

    /// After the caller compared `compared` (the key of [`ProbeStep::Compare`] at `index`)
    /// with the probe key (`equal`, no error): CPython's test `table unchanged && slot key
    /// is still the compared one` (`K`'s `==` must be identity) decides between the answer
    /// or continuing, and a restart.
    pub fn probe_resume(&self, st: &ProbeState, index: usize, compared: &K, equal: bool) -> Resume
    where
        K: PartialEq,
    {
        let same = st.ident == self.ident
            && st.probe.mask == self.mask()
            && matches!(self.entries.get(index), Some(Entry { slot: Slot::Active(k, _), .. }) if k == compared);
        match (same, equal) {
            (false, _) => Resume::Restart,
            (true, true) => Resume::Found(index),
            (true, false) => Resume::Continue,
        }
    }

    /// `lookdict` / `set_lookkey` for an `eq` that may mutate the table: `table()` gives
    /// the table afresh each time it is needed and no reference into it is held while
    /// `slow(stored, key)` runs (`fast` answers without running code, or `None`). When a
    /// comparison changed the table (see [`RawTable::probe_resume`]) the probe starts over
    /// after `restarted()` (which may give up with an error). Errors from `slow` propagate
    /// at once, as CPython's. The answer is as [`RawTable::lookup`]'s, for the table as it
    /// is on return.
    #[inline]
    pub fn lookup_reentrant<'a, E>(
        table: &impl Fn() -> &'a RawTable<K, V>,
        key: &K,
        hash: i64,
        fast: &mut impl FnMut(&K) -> Option<bool>,
        slow: &mut impl FnMut(&K, &K) -> Result<bool, E>,
        restarted: &mut impl FnMut() -> Result<(), E>,
    ) -> Result<usize, E>
    where
        K: Clone + PartialEq + 'a,
        V: 'a,
    {
        'restart: loop {
            let mut st = table().probe_start(hash);
            loop {
                match table().probe_step(&mut st, hash, fast) {
                    ProbeStep::Done(idx) => return Ok(idx),
                    ProbeStep::Compare(idx, stored) => {
                        let equal = slow(&stored, key)?;
                        match table().probe_resume(&st, idx, &stored, equal) {
                            Resume::Found(idx) => return Ok(idx),
                            Resume::Continue => {}
                            Resume::Restart => {
                                restarted()?;
                                continue 'restart;
                            }
                        }
                    }
                }
            }
        }
    }

    /// Keeps at least one empty slot after an insertion made without the resize check
    /// (`merge` paths pre-size, but a comparison run by an insertion may have filled the
    /// table meanwhile): rebuilds for [`RawTable::growth_target`] keys when `fill + 1 >=
    /// size`. Never triggers on tables only mutated as CPython's pre-sized paths expect.
    pub fn ensure_room(&mut self) {
        if self.fill + 1 >= self.entries.len() {
            self.resize(self.growth_target());
        }
    }

    /// Whether `index` (from [`RawTable::lookup`]) holds a live key.
    pub fn is_active(&self, index: usize) -> bool {
        matches!(
            self.entries.get(index).map(|e| &e.slot),
            Some(Slot::Active(..))
        )
    }

    /// Stores a new key at `index`, a non-active slot returned by [`RawTable::lookup`]
    /// (`insertdict` / `set_insert_key` for a key not present). No resize check.
    /// Returns `false` (and stores nothing) if `index` is out of range or active.
    pub fn occupy(&mut self, index: usize, key: K, hash: i64, value: V) -> bool {
        let Some(e) = self.entries.get_mut(index) else {
            return false;
        };
        match e.slot {
            Slot::Active(..) => return false,
            Slot::Empty => self.fill += 1,
            Slot::Dummy => {}
        }
        e.hash = hash;
        e.slot = Slot::Active(key, value);
        self.used += 1;
        self.inserts += 1;
        true
    }

    /// `insertdict` (dict) semantics without the resize check: replaces the value of an equal
    /// key (keeping the stored key) and returns the old value, or inserts the new key.
    pub fn insert<E>(
        &mut self,
        key: K,
        hash: i64,
        value: V,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<V>, E> {
        let idx = self.lookup(&key, hash, eq)?;
        if let Slot::Active(_, v) = &mut self.entries[idx].slot {
            return Ok(Some(std::mem::replace(v, value)));
        }
        self.occupy(idx, key, hash, value);
        Ok(None)
    }

    /// `set_insert_key` semantics without the resize check: inserts the key unless an equal
    /// one is present (then the new key is dropped). Returns whether it was added.
    pub fn insert_if_absent<E>(
        &mut self,
        key: K,
        hash: i64,
        value: V,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<bool, E> {
        let idx = self.lookup(&key, hash, eq)?;
        if self.is_active(idx) {
            return Ok(false);
        }
        self.occupy(idx, key, hash, value);
        Ok(true)
    }

    /// `insertdict_clean` / `set_insert_clean`: insert a key known absent into a table
    /// without dummies, at the first empty slot of its probe sequence.
    fn insert_clean(&mut self, key: K, hash: i64, value: V) {
        let mut probe = Probe::new(hash, self.mask());
        let mut idx = probe.next_slot();
        while !matches!(self.entries[idx].slot, Slot::Empty) {
            idx = probe.next_slot();
        }
        let e = &mut self.entries[idx];
        e.hash = hash;
        e.slot = Slot::Active(key, value);
        self.fill += 1;
        self.used += 1;
        self.inserts += 1;
    }

    /// The resize check after an insertion (`PyDict_SetItem`, `set_add_entry`): if a new key
    /// was added (`used > used_before`) and `fill * 3 >= size * 2`, resize for
    /// `used * 4` keys (`used * 2` above 50000 keys).
    pub fn grow_after_insert(&mut self, used_before: usize) {
        if self.used > used_before && self.fill * 3 >= self.entries.len() * 2 {
            self.resize(self.growth_target());
        }
    }

    /// `used * 4`, or `used * 2` above 50000 keys: the `minused` of a growth resize.
    pub fn growth_target(&self) -> usize {
        if self.used > 50000 {
            self.used * 2
        } else {
            self.used * 4
        }
    }

    /// `dictresize` / `set_table_resize`: rebuild with the smallest power of two `> minused`
    /// slots (at least [`MIN_SIZE`]), re-inserting live keys in old slot order with their
    /// stored hashes; dummies vanish, all hash fields of the new table start at 0.
    /// A minimum-size table without dummies resized to the minimum size is left as is.
    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MIN_SIZE;
        while newsize <= minused {
            match newsize.checked_mul(2) {
                Some(n) => newsize = n,
                None => break,
            }
        }
        if newsize == MIN_SIZE && self.entries.len() == MIN_SIZE && self.fill == self.used {
            return;
        }
        let old = std::mem::replace(
            &mut self.entries,
            (0..newsize).map(|_| Entry::empty()).collect(),
        );
        self.ident = ident_for(newsize);
        self.fill = 0;
        self.used = 0;
        for e in old {
            if let Slot::Active(k, v) = e.slot {
                self.insert_clean(k, e.hash, v);
            }
        }
    }

    /// Turns the active slot `index` into a dummy (its hash stays), returning key and value.
    pub fn remove_at(&mut self, index: usize) -> Option<(K, V)> {
        let e = self.entries.get_mut(index)?;
        if !matches!(e.slot, Slot::Active(..)) {
            return None;
        }
        self.used -= 1;
        match std::mem::replace(&mut e.slot, Slot::Dummy) {
            Slot::Active(k, v) => Some((k, v)),
            _ => None,
        }
    }

    /// Looks `key` up and removes it if present.
    pub fn remove<E>(
        &mut self,
        key: &K,
        hash: i64,
        eq: &mut impl FnMut(&K, &K) -> Result<bool, E>,
    ) -> Result<Option<(K, V)>, E> {
        let idx = self.lookup(key, hash, eq)?;
        Ok(self.remove_at(idx))
    }

    /// `dict.popitem` / `set.pop`: slot 0 if active, else the first active slot at or after
    /// the finger kept in slot 0's hash field (wrapping to 1, never 0); leaves the next
    /// start in slot 0's hash field. `None` when empty.
    pub fn pop_first(&mut self) -> Option<(K, V)> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i: usize = 0;
        if !self.is_active(0) {
            let finger = self.entries[0].hash;
            i = if finger < 1 || finger as u64 > mask as u64 {
                1
            } else {
                finger as usize
            };
            while !self.is_active(i) {
                i += 1;
                if i > mask {
                    i = 1;
                }
            }
        }
        let popped = self.remove_at(i);
        self.entries[0].hash = i as i64 + 1;
        popped
    }

    /// `dict.clear` / `set.clear`: back to an empty minimum-size table.
    pub fn clear(&mut self) {
        *self = RawTable::new();
    }
}
