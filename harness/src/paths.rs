//! Where things are: the repository, the `pyston` binary, CPython 2.7.18 and the files to test.
//!
//! In: the harness's own location (compile-time manifest dir, run-time executable path) and the
//! command line. Out: paths and ready-to-run `Command`s.
//!
//! Invariants: CPython is always run as `PYENV_VERSION=2.7.18 python2.7` unless the caller names
//! another interpreter; file lists are sorted, so every report lists files in the same order.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The CPython release every expected output comes from.
pub const CPYTHON_VERSION: &str = "2.7.18";

/// The repository root (the workspace holding this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("harness/ lives inside the workspace")
        .to_path_buf()
}

/// `tests/syntax/` in the repository.
pub fn syntax_tests_dir() -> PathBuf {
    repo_root().join("tests").join("syntax")
}

/// `tests/python/` in the repository: the runtime's test programs (top level only).
pub fn python_tests_dir() -> PathBuf {
    repo_root().join("tests").join("python")
}

/// The default `pyston`: the one cargo built next to this executable (`target/<profile>/pyston`).
pub fn default_pyston() -> PathBuf {
    let exe = std::env::current_exe().unwrap_or_else(|_| PathBuf::from("pyston-harness"));
    exe.parent()
        .map(|dir| dir.join("pyston"))
        .unwrap_or_else(|| PathBuf::from("pyston"))
}

/// Checks that the `pyston` binary exists, with advice when it does not.
pub fn require_pyston(path: &Path) -> Result<(), String> {
    if path.is_file() {
        Ok(())
    } else {
        Err(format!(
            "no pyston binary at {} (build it with `cargo build --bin pyston`, same profile, or pass --pyston PATH)",
            path.display()
        ))
    }
}

/// A `Command` for the CPython 2.7 oracle: `python` (default `python2.7`) with
/// `PYENV_VERSION=2.7.18` unless the environment already chooses a version.
pub fn cpython_command(python: Option<&Path>) -> Command {
    let mut cmd = Command::new(python.unwrap_or(Path::new("python2.7")));
    if std::env::var_os("PYENV_VERSION").is_none() {
        cmd.env("PYENV_VERSION", CPYTHON_VERSION);
    }
    // Byte-for-byte output: no PYTHON* settings (PYTHONPATH, PYTHONHASHSEED, ...), no .pyc writes.
    clean_environment(&mut cmd);
    cmd.env("PYTHONDONTWRITEBYTECODE", "1");
    cmd
}

/// Removes inherited variables that could change how a Python implementation behaves: every
/// `PYTHON*` and `PYSTON_*` one except `PYSTON_STDLIB` (which only says where CPython's Lib is).
pub fn clean_environment(cmd: &mut Command) {
    for (key, _) in std::env::vars_os() {
        if let Some(k) = key.to_str() {
            if (k.starts_with("PYTHON") || k.starts_with("PYSTON_")) && k != "PYSTON_STDLIB" {
                cmd.env_remove(k);
            }
        }
    }
}

/// CPython's `Lib` directory: `dirname(os.__file__)` as the oracle reports it.
pub fn cpython_lib_dir(python: Option<&Path>) -> Result<PathBuf, String> {
    let out = cpython_command(python)
        .args(["-c", "import os; print os.path.dirname(os.__file__)"])
        .output()
        .map_err(|e| format!("cannot run CPython 2.7: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "CPython 2.7 failed to report its Lib dir: {}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    if text.is_empty() {
        return Err("CPython 2.7 reported an empty Lib dir".into());
    }
    Ok(PathBuf::from(text))
}

/// Every `*.py` file under `root` (or `root` itself if it is a file), sorted by path.
pub fn python_files(root: &Path) -> Vec<PathBuf> {
    if root.is_file() {
        return vec![root.to_path_buf()];
    }
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root)
        .sort_by_file_name()
        .into_iter()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .map(|e| e.into_path())
        .filter(|p| p.extension().map(|x| x == "py").unwrap_or(false))
        .collect();
    files.sort();
    files
}

/// Builds (if needed) and returns the `pyston` binary of the build this test binary belongs to.
///
/// A test binary lives in `<target>/<profile>/deps/`; the `pyston` binary of the same build belongs
/// in `<target>/<profile>/`. A package's integration tests only get its OWN binaries built by cargo
/// (`CARGO_BIN_EXE_*`), so this runs `cargo build -p pyston-engine --bin pyston` for that profile
/// and target dir first (a no-op when it is up to date; cargo releases its build lock before
/// running tests). `PYSTON_BIN=path` skips the build and uses that binary instead.
pub fn ensure_pyston() -> Result<PathBuf, String> {
    if let Some(bin) = std::env::var_os("PYSTON_BIN") {
        let bin = PathBuf::from(bin);
        require_pyston(&bin)?;
        return Ok(bin);
    }
    let exe = std::env::current_exe().map_err(|e| format!("current_exe: {e}"))?;
    // <target>[/<triple>]/<profile>/deps/<test binary>
    let profile_dir = exe
        .parent()
        .and_then(Path::parent)
        .ok_or("test binary is not in <target>/<profile>/deps")?;
    let profile_name = profile_dir
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or("unreadable profile directory")?;
    let above = profile_dir.parent().ok_or("no target directory")?;
    let (target_root, triple) = if above.join("CACHEDIR.TAG").exists() {
        (above, None)
    } else {
        let root = above.parent().ok_or("no target directory")?;
        (root, above.file_name().and_then(|n| n.to_str()))
    };
    let profile = match profile_name {
        "debug" => "dev",
        other => other,
    };
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args(["build", "--quiet", "-p", "pyston-engine", "--bin", "pyston"])
        .arg("--profile")
        .arg(profile)
        .arg("--manifest-path")
        .arg(repo_root().join("Cargo.toml"))
        .env("CARGO_TARGET_DIR", target_root);
    if let Some(triple) = triple {
        cmd.arg("--target").arg(triple);
    }
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run cargo to build pyston: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "building pyston failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    let bin = profile_dir.join("pyston");
    require_pyston(&bin)?;
    Ok(bin)
}
