//! Compile-time checks: a parsed module in, the first SyntaxError CPython's compiler (symtable and
//! code generator) would report out. STUB: to be written.

use super::ast::Mod;
use super::SyntaxError;

pub fn check(_module: &Mod) -> Result<(), SyntaxError> {
    Ok(())
}
