//! `bool`: a subclass of int with exactly two instances (`rt().true_`, `rt().false_`); its
//! slots are in `number.rs`.

pub use super::number::bool_slots as slots;
