//! CPython 2.7's list sort order of comparisons, for programs whose comparison functions have
//! visible effects (they print, count calls): for lists shorter than 64 items CPython's timsort
//! is `count_run` followed by a binary insertion sort, reproduced here exactly; longer lists
//! use a stable merge sort over the same `less` (same result, different comparison sequence;
//! halves already in order are not merged, so sorted input takes about n comparisons).

/// Sorts `v` stably by `less`; stops comparing after `less` reports an error (it then returns
/// false and the caller discards the order).
pub fn sort<T: Copy>(v: &mut [T], less: &mut impl FnMut(T, T) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    if n < 64 {
        let run = count_run(v, less);
        binary_insertion(v, run, less);
        return;
    }
    merge_sort(v, less);
}

/// Length of the run at the start (a strictly descending run is reversed in place).
fn count_run<T: Copy>(v: &mut [T], less: &mut impl FnMut(T, T) -> bool) -> usize {
    let n = v.len();
    let mut i;
    if less(v[1], v[0]) {
        i = 2;
        while i < n && less(v[i], v[i - 1]) {
            i += 1;
        }
        v[..i].reverse();
    } else {
        i = 2;
        while i < n && !less(v[i], v[i - 1]) {
            i += 1;
        }
    }
    i
}

/// CPython's `binarysort`: items `start..` are inserted into the sorted prefix.
fn binary_insertion<T: Copy>(v: &mut [T], start: usize, less: &mut impl FnMut(T, T) -> bool) {
    for i in start..v.len() {
        let pivot = v[i];
        let (mut l, mut r) = (0, i);
        while l < r {
            let p = l + ((r - l) >> 1);
            if less(pivot, v[p]) {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v.copy_within(l..i, l + 1);
        v[l] = pivot;
    }
}

/// Top-down merge sort; runs shorter than 32 are binary-insertion sorted. `buf` holds the
/// left half while merging (one allocation for the whole sort); two halves already in order
/// (`!(first of right < last of left)`) are not merged.
fn merge_sort<T: Copy>(v: &mut [T], less: &mut impl FnMut(T, T) -> bool) {
    let mut buf = Vec::with_capacity(v.len() / 2 + 1);
    merge_sort_in(v, &mut buf, less);
}

fn merge_sort_in<T: Copy>(v: &mut [T], buf: &mut Vec<T>, less: &mut impl FnMut(T, T) -> bool) {
    let n = v.len();
    if n < 32 {
        binary_insertion(v, 1, less);
        return;
    }
    let mid = n / 2;
    merge_sort_in(&mut v[..mid], buf, less);
    merge_sort_in(&mut v[mid..], buf, less);
    if !less(v[mid], v[mid - 1]) {
        return;
    }
    buf.clear();
    buf.extend_from_slice(&v[..mid]);
    let left = &buf[..];
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < n {
        if less(v[j], left[i]) {
            v[k] = v[j];
            j += 1;
        } else {
            v[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    v[k..k + left.len() - i].copy_from_slice(&left[i..]);
}
