#!/bin/sh
# What CI runs: exactly the test command README.md gives, from the repository root.
# Needs a Rust toolchain and llvm-14-dev; not CPython (tests compare with blessed files).
set -eu
cd "$(dirname "$0")/.."
cargo test
