//! Literal values: a NUMBER or STRING token's text in, the Python value CPython builds out.
//! STUB: to be written.

use super::ast::{Number, StrValue};
use super::source::SourceEncoding;

/// The value of a NUMBER token (`0777`, `0x1F`, `10L`, `1e-5`, `1.5J`, ...), possibly with a
/// leading `-` (CPython folds `-<number>` into the literal). Errors are SyntaxError messages.
pub fn parse_number(_text: &str) -> Result<Number, String> {
    todo!("numbers")
}

/// The value of one STRING token (prefix and quotes included). `encoding` is the source's declared
/// encoding; `unicode_literals` is the `from __future__ import unicode_literals` state.
pub fn decode_string(
    _token: &[u8],
    _encoding: Option<&SourceEncoding>,
    _unicode_literals: bool,
) -> Result<StrValue, String> {
    todo!("strings")
}
