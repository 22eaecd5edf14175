//! `ast.dump`: a tree in, exactly the text CPython 2.7's `ast.dump(tree, include_attributes)`
//! returns out. STUB: to be written.

use super::ast::Mod;

pub fn dump(_module: &Mod, _include_attributes: bool) -> String {
    todo!("dump")
}
