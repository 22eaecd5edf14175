//! The `itertools` module. Iterator building blocks: count, cycle, repeat, chain, islice, imap, izip, groupby, tee, product, permutations, combinations, ...
//! Its code is Python (`py/itertools.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the details and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "itertools", include_str!("py/itertools.py"))
}
