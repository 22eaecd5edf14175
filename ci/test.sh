#!/bin/sh
# What CI runs: README.md's test command (`cargo test`, the debug build), then the runtime
# matrix (every tests/python program under every tests/matrix.yaml configuration) on the release
# and prof builds, then the speed gate: `pyston-harness bench --quick --measure instructions`
# against benches/python/baseline-quick-instructions.json, failing when a benchmark's speedup
# (CPython instructions / pyston instructions outside its compile thread, counted under
# valgrind's callgrind) is more than 15% below the baseline's. Instruction counts repeat to within ~0.1% on a loaded machine, where
# wall time varies by ±30% (more than the gate's 15%); the gate takes 2-5 minutes on 2 cores.
# Needs a Rust toolchain and llvm-14-dev; for the gate also valgrind and CPython 2.7.18 (pyenv's
# `python2.7`; the tests themselves compare with blessed files and need no CPython).
set -eu
cd "$(dirname "$0")/.."
# Checked first, so a machine without it fails at once rather than after the tests.
if ! command -v valgrind >/dev/null 2>&1; then
    echo "ci/test.sh: valgrind not found; the speed gate counts instructions under callgrind" \
        "(apt-get install valgrind)" >&2
    exit 1
fi
cargo test
cargo test --release --test python
# The prof build ("prof-like": release code, line tables, frame pointers). Its own target
# directory: the flag changes every crate's fingerprint, and would otherwise rebuild release.
CARGO_TARGET_DIR=target/prof-fp RUSTFLAGS="-C force-frame-pointers=yes" \
    cargo test --profile prof --test python
# The speed gate. Regenerating the baseline after an intentional change: README.md, "The harness".
cargo build --release -p pyston-engine --bin pyston
cargo run --release -p pyston-harness -- bench --quick --measure instructions \
    --gate benches/python/baseline-quick-instructions.json
