//! The `_collections` module. `deque` (maxlen, rotate, appendleft/popleft, indexing) and `defaultdict`, under collections.py.
//! Its code is Python (`py/_collections.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the details and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "_collections", include_str!("py/_collections.py"))
}
