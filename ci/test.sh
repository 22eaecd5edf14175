#!/bin/sh
# What CI runs: README.md's test command (`cargo test`, the debug build), then the runtime
# matrix (every tests/python program under every tests/matrix.yaml configuration) on the release
# and prof builds. Needs a Rust toolchain and llvm-14-dev; not CPython (tests compare with
# blessed files). The speed gate (`pyston-harness bench --quick --gate`) is not run here yet:
# at quick sizes, background and hot recompiles make speedups vary by more than its 15%.
set -eu
cd "$(dirname "$0")/.."
cargo test
cargo test --release --test python
# The prof build ("prof-like": release code, line tables, frame pointers). Its own target
# directory: the flag changes every crate's fingerprint, and would otherwise rebuild release.
CARGO_TARGET_DIR=target/prof-fp RUSTFLAGS="-C force-frame-pointers=yes" \
    cargo test --profile prof --test python

