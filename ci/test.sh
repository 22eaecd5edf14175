#!/bin/sh
# What CI runs: README.md's test command (`cargo test`, the debug build), then the runtime
# matrix (every tests/python program under every tests/matrix.yaml configuration) on the release
# and prof builds, and the speed gate: the benchmarks at their quick sizes against CPython 2.7,
# failing when a speedup falls more than 15% below benches/python/baseline-quick.json. Needs a
# Rust toolchain and llvm-14-dev; CPython 2.7.18 only for the gate (skipped without it: tests
# compare with blessed files).
set -eu
cd "$(dirname "$0")/.."
cargo test
cargo test --release --test python
# The prof build ("prof-like": release code, line tables, frame pointers). Its own target
# directory: the flag changes every crate's fingerprint, and would otherwise rebuild release.
CARGO_TARGET_DIR=target/prof-fp RUSTFLAGS="-C force-frame-pointers=yes" \
    cargo test --profile prof --test python

if PYENV_VERSION=2.7.18 python2.7 -c 'import sys; sys.exit(sys.version_info[:3] != (2, 7, 18))' 2>/dev/null
then
    cargo build --release --bins
    target/release/pyston-harness bench --quick --runs 5 --gate benches/python/baseline-quick.json
else
    echo "ci: CPython 2.7.18 not found; speed gate skipped"
fi
