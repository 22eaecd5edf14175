//! pyston-engine: a Python 2.7 implementation. See ARCHITECTURE.md for the pipeline and code map.

pub mod cli;
pub mod compile;
pub mod gc;
pub mod jit;
pub mod numeric;
pub mod pyfmt;
pub mod pyhash;
pub mod runtime;
pub mod strops;
pub mod syntax;
