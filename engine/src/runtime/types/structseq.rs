//! Struct sequences (`sys.version_info`, `time.struct_time`, `os.stat_result`, ...): tuple
//! subclasses whose items are also named attributes, with CPython's repr
//! `name(field=value, ...)`. `new_type` makes one; calling it with a sequence builds an instance.

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::{tobj, Slots};
use super::{descr, dict, list, str as pystr, tuple, GetSetDef};

macro_rules! getters {
    ($($f:ident => $i:expr),* $(,)?) => {
        $(fn $f(o: Obj) -> PyResult<Obj> { item(o, $i) })*
        static GETTERS: &[GetSetDef] = &[$(super::gs("item", $f, None)),*];
    };
}

getters!(
    g0 => 0, g1 => 1, g2 => 2, g3 => 3, g4 => 4, g5 => 5, g6 => 6, g7 => 7, g8 => 8, g9 => 9,
    g10 => 10, g11 => 11, g12 => 12, g13 => 13, g14 => 14, g15 => 15, g16 => 16, g17 => 17,
    g18 => 18, g19 => 19,
);

fn item(o: Obj, i: usize) -> PyResult<Obj> {
    tuple::items(o)
        .get(i)
        .copied()
        .ok_or_else(|| exc::attribute_error("struct sequence field"))
}

fn field_names(t: Obj) -> PyResult<Vec<Obj>> {
    let fields = dict::get_str(tobj(t).dict, "_fields")
        .ok_or_else(|| exc::type_error("not a struct sequence"))?;
    Ok(tuple::items(fields).to_vec())
}

fn repr(o: Obj) -> PyResult<Obj> {
    let names = field_names(o.class())?;
    let module = super::object::module_of_type(o.class())?.unwrap_or_default();
    let mut out = format!(
        "{}.{}(",
        module,
        super::super::typeobj::type_name(o.class())
    );
    for (i, (&n, &v)) in names.iter().zip(tuple::items(o)).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&pystr::to_string_lossy(n));
        out.push('=');
        out.push_str(&ops::repr_text(v)?);
    }
    out.push(')');
    pystr::from_str(&out)
}

fn new(t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = super::parse_args(
        &super::super::typeobj::type_name(t),
        args,
        kw,
        &["sequence", "dict"],
        1,
    )?;
    let items = ops::iterate_to_list(a[0].unwrap())?;
    let n = field_names(t)?.len();
    let got = list::items(items).len();
    if got != n {
        return Err(exc::type_error(&format!(
            "{}() takes a {}-sequence ({}-sequence given)",
            super::super::typeobj::type_name(t),
            n,
            got
        )));
    }
    tuple::new_of(t, list::items(items))
}

/// A new struct-sequence type `module.name` with `fields` (at most 20).
pub fn new_type(name: &str, module: &str, fields: &[&str]) -> PyResult<Obj> {
    let r = rt();
    let ns = dict::new()?;
    dict::set_str(ns, "__module__", pystr::from_str(module)?)?;
    let names_t = tuple::from_fn(fields.len(), |i| pystr::intern(fields[i]))?;
    dict::set_str(ns, "_fields", names_t)?;
    let names = tuple::items(names_t);
    dict::set_str(
        ns,
        "n_sequence_fields",
        super::int::new(fields.len() as i64)?,
    )?;
    dict::set_str(ns, "n_fields", super::int::new(fields.len() as i64)?)?;
    dict::set_str(ns, "__slots__", tuple::new(&[])?)?;
    let bases = tuple::new(&[r.types.tuple])?;
    let t = super::super::class::new_class(r.types.type_, pystr::from_str(name)?, bases, ns)?;
    let d = tobj(t).dict;
    for (i, &n) in names.iter().enumerate().take(GETTERS.len()) {
        let g = descr::new_getset_named(&GETTERS[i], n, t)?;
        dict::set_item(d, n, g)?;
    }
    super::super::typeobj::modified(t);
    let to = tobj(t);
    to.slots.repr = Some(repr);
    to.slots.str = Some(repr);
    to.slots.new = Some(new);
    let _ = Slots::default();
    Ok(t)
}

/// An instance of struct-sequence type `t` with `values`.
pub fn make(t: Obj, values: &[Obj]) -> PyResult<Obj> {
    tuple::new_of(t, values)
}
