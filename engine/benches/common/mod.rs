//! What the criterion benches share: where CPython 2.7's Lib tree is, and reading its files.
//!
//! In: the environment (`PYSTON_BENCH_LIB`, `PYENV_ROOT`, `HOME`). Out: a directory of Python 2.7
//! sources, or `None` (the benches then fall back to sources of this repository).
//!
//! Invariant: file lists are sorted, so every run measures the same files in the same order.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// CPython 2.7's `Lib` directory: `$PYSTON_BENCH_LIB`, else pyenv's 2.7.18
/// (`$PYENV_ROOT`, default `~/.pyenv`, `/versions/2.7.18/lib/python2.7`), else `None`.
pub fn cpython_lib() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("PYSTON_BENCH_LIB") {
        return Some(PathBuf::from(dir)).filter(|d| d.is_dir());
    }
    let pyenv_root = std::env::var_os("PYENV_ROOT")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".pyenv")))?;
    let lib = pyenv_root.join("versions/2.7.18/lib/python2.7");
    lib.join("os.py").is_file().then_some(lib)
}

/// The repository root (`engine/` is one of its members).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("engine/ lives inside the workspace")
        .to_path_buf()
}

/// The `.py` files directly in `dir`, sorted, with their bytes.
pub fn py_files(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
        .into_iter()
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect()
}
