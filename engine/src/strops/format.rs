//! str.format parsing (placeholder while the module is written).
