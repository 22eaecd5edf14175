//! Fuzz target: any bytes through the whole front end (decoding, lexing, parsing, checks) in
//! every origin and mode, and the AST dumper on whatever parses. The front end must return a tree
//! or an error value, never panic or overflow the stack. Crashes found here become cases in
//! engine/src/syntax/robustness_tests.rs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use pyston_engine::syntax::{dump, parse_and_check, Mode, Origin, ParseOptions};

fuzz_target!(|data: &[u8]| {
    for origin in [Origin::String, Origin::File] {
        for mode in [Mode::Exec, Mode::Eval, Mode::Single] {
            let opts = ParseOptions {
                mode,
                origin,
                future: Default::default(),
            };
            if let Ok(module) = parse_and_check(data, "fuzz.py", &opts) {
                let _ = dump::dump(&module, true);
            }
        }
    }
});
