//! The `_codecs` module: the codec registry, error handlers and codec functions under codecs.py
//! and the encodings package. Its code is Python (`py/_codecs.py`, run in the module's namespace
//! at import); see the comment at the top of that file for what it supports.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "_codecs", include_str!("py/_codecs.py"))
}
