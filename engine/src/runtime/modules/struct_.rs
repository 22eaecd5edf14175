//! The `_struct` module: pack/unpack/calcsize/Struct for struct.py. Its code is Python
//! (`py/_struct.py`, run in the module's namespace at import; details there); this file adds the
//! IEEE float conversions it needs: `_pack_float(x, size)` gives the 4 or 8 little-endian bytes
//! (OverflowError `float too large to pack with f format` for a finite value out of f32 range),
//! `_unpack_float(bytes)` reads them back.

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::types::{float, int, str as pystr, Arity, NativeFn};

fn pack_float(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let x = float::value(a[0]);
    let size = int::value(a[1]);
    if size == 4 {
        let f = x as f32;
        if f.is_infinite() && x.is_finite() {
            return Err(exc::overflow_error("float too large to pack with f format"));
        }
        pystr::new(&f.to_le_bytes())
    } else {
        pystr::new(&x.to_le_bytes())
    }
}

fn unpack_float(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let b = pystr::bytes(a[0]);
    match b.len() {
        4 => float::new(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
        8 => {
            let mut w = [0u8; 8];
            w.copy_from_slice(b);
            float::new(f64::from_le_bytes(w))
        }
        _ => Err(exc::value_error("bad float size")),
    }
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("_pack_float", pack_float, Arity::Range(2, 2)),
    ("_unpack_float", unpack_float, Arity::One),
];

pub fn init(d: Obj) -> PyResult<()> {
    super::add_funcs(d, FUNCS)?;
    super::run_source(d, "_struct", include_str!("py/_struct.py"))
}
