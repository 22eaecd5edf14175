//! Every `.py` file of CPython 2.7's Lib (recursively) that the front end accepts compiles, and
//! every unit passes the verifier (about 1,800 files; a few seconds). Without the CPython
//! installation the test passes vacuously.

use super::scope_table::lib_dir;
use crate::compile::{compile, verify, CompileFlags};
use crate::syntax::{self, ParseOptions};

fn py_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            py_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "py") {
            out.push(p);
        }
    }
}

fn run(step: usize) {
    let Some(dir) = lib_dir() else {
        return;
    };
    let mut files = Vec::new();
    py_files(&dir, &mut files);
    let mut compiled = 0;
    let mut failures = Vec::new();
    for path in files.iter().step_by(step) {
        let Ok(bytes) = std::fs::read(path) else {
            continue;
        };
        let name = path.display().to_string();
        let Ok(module) = syntax::parse_and_check(&bytes, &name, &ParseOptions::script()) else {
            continue;
        };
        match compile(&module, &name, CompileFlags::default()) {
            Ok(unit) => {
                if let Err(e) = verify(&unit) {
                    failures.push(format!("{}: {}", name, e));
                }
                compiled += 1;
            }
            Err(e) => failures.push(format!("{}: {:?}", name, e.msg)),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
    assert!(
        compiled > files.len() / step / 2,
        "only {} compiled",
        compiled
    );
}

#[test]
fn lib_compiles_and_verifies() {
    run(1);
}
