//! Stages 2 and 3: scope analysis and lowering of the AST to the CFG (`ir`) that every tier runs.
//!
//! In: a module AST the front end accepted (`syntax::check` found no error). Out: the module's
//! [`ir::CodeUnit`], nested scopes' units as its constants.

pub mod ir;
