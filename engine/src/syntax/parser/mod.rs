//! The parser: tokens in, CPython 2.7's AST out. STUB: to be written.

use super::ast::Mod;
use super::source::Source;
use super::{ParseOptions, SyntaxError};

pub fn parse(_src: &Source, _opts: &ParseOptions) -> Result<Mod, SyntaxError> {
    todo!("parser")
}
