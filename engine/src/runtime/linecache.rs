//! Source lines for tracebacks: files read once and kept (as CPython's `linecache` does for
//! `traceback`, and as `PyErr_Display`'s `Py_DisplaySourceLine` reads them).

use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    static CACHE: RefCell<HashMap<String, Option<Vec<String>>>> = RefCell::new(HashMap::new());
}

/// Line `n` (1-based) of `filename`, with its newline; None when unreadable.
pub fn line(filename: &str, n: usize) -> Option<String> {
    if n == 0 {
        return None;
    }
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        let lines = c.entry(filename.to_string()).or_insert_with(|| {
            std::fs::read(filename).ok().map(|b| {
                String::from_utf8_lossy(&b)
                    .split_inclusive('\n')
                    .map(|s| s.to_string())
                    .collect()
            })
        });
        lines.as_ref()?.get(n - 1).cloned()
    })
}

/// Registers source text for a file name that is not on disk (`-c`, stdin): CPython prints
/// no source line for those, so this only exists to record that fact.
pub fn forget(filename: &str) {
    CACHE.with(|c| {
        c.borrow_mut().insert(filename.to_string(), None);
    });
}
