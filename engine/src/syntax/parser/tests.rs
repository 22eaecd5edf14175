//! Parser unit tests; whole-file parity with CPython is the harness's `ast-parity` and the
//! blessed cases under tests/syntax.
