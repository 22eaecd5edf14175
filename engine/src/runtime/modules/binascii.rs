//! The `binascii` module. hexlify/unhexlify, base64 lines, crc32.
//! Its code is Python (`py/binascii.py`, run in the module's namespace at import); see the comment
//! at the top of that file for the details and the invariants.

use super::super::object::{Obj, PyResult};

pub fn init(d: Obj) -> PyResult<()> {
    super::run_source(d, "binascii", include_str!("py/binascii.py"))
}
