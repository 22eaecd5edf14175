//! Introspection: `dir()`, and the attributes of code, frame, traceback and cell objects
//! (`co_name`, `f_lineno`, `f_back`, `tb_next`, `cell_contents`, ...).

use super::exc;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::typeobj::{is_type, tobj};
use super::types::{
    cell, classobj, code, dict, frame, int, list, str as pystr, traceback, tuple, GetSetDef,
};

/// `dir([o])`: sorted names (the current locals without an argument).
pub fn dir(o: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let names = dict::new()?;
    match o {
        None => {
            let l = match exc::current_frame() {
                Some(f) => frame::locals_dict(f)?,
                None => return list::new(&[]),
            };
            let keys = ops::call_method(l, "keys", &[])?;
            let out = ops::iterate_to_list(keys)?;
            super::types::list_methods::sort_list(out, None, None, false)?;
            return Ok(out);
        }
        Some(o) => {
            if let Some(f) = if classobj::is_instance(o) {
                None
            } else {
                super::class::lookup_special(o, r.names.__dir__)?
            } {
                let res = super::call::call(f, &[], None)?;
                if !list::is_list(res) {
                    return Err(exc::type_error(&format!(
                        "__dir__() must return a list, not {}",
                        ops::type_name_of(res)
                    )));
                }
                let out = res; // CPython sorts and returns the very list `__dir__` gave.
                super::types::list_methods::sort_list(out, None, None, false)?;
                return Ok(out);
            }
            if o.class() == r.types.module {
                merge_dict(names, super::types::module::dict_of(o))?;
            } else if is_type(o) {
                for &c in tuple::items(tobj(o).mro) {
                    merge_dict(names, super::typeobj::class_dict(c))?;
                }
            } else if classobj::is_class(o) {
                let mut mro = Vec::new();
                classobj::classic_mro(o, &mut mro);
                for c in mro {
                    merge_dict(names, super::typeobj::class_dict(c))?;
                }
            } else {
                if let Some(d) = ops::getattr_opt(o, r.names.__dict__)? {
                    if dict::is_dict(d) {
                        merge_dict(names, d)?;
                    }
                }
                let cls = if classobj::is_instance(o) {
                    classobj::instance_class(o)
                } else {
                    o.class()
                };
                if classobj::is_class(cls) {
                    let mut mro = Vec::new();
                    classobj::classic_mro(cls, &mut mro);
                    for c in mro {
                        merge_dict(names, super::typeobj::class_dict(c))?;
                    }
                } else {
                    for &c in tuple::items(tobj(cls).mro) {
                        merge_dict(names, super::typeobj::class_dict(c))?;
                    }
                }
            }
        }
    }
    let out = list::new(&dict::keys_vec(names))?;
    super::types::list_methods::sort_list(out, None, None, false)?;
    Ok(out)
}

fn merge_dict(into: Obj, d: Obj) -> PyResult<()> {
    for k in dict::keys_vec(d) {
        dict::set_item(into, k, rt().none)?;
    }
    Ok(())
}

// --- code ------------------------------------------------------------------------------------

fn co_name(c: Obj) -> PyResult<Obj> {
    Ok(code::obj(c).name)
}
fn co_filename(c: Obj) -> PyResult<Obj> {
    Ok(code::obj(c).filename)
}
fn co_firstlineno(c: Obj) -> PyResult<Obj> {
    int::new(code::unit(c).first_line as i64)
}
fn co_varnames(c: Obj) -> PyResult<Obj> {
    Ok(code::obj(c).varnames)
}
fn co_cellvars(c: Obj) -> PyResult<Obj> {
    Ok(code::obj(c).cellvars)
}
fn co_freevars(c: Obj) -> PyResult<Obj> {
    Ok(code::obj(c).freevars)
}
fn co_names(c: Obj) -> PyResult<Obj> {
    Ok(code::obj(c).names)
}
/// `co_consts`: a function's or lambda's start with its docstring (None without one), as
/// CPython's compiler puts it first; the rest are the CFG's constants.
fn co_consts(c: Obj) -> PyResult<Obj> {
    use crate::compile::ir::UnitKind;
    let u = code::unit(c);
    let consts = code::obj(c).consts;
    if !matches!(u.kind, UnitKind::Function | UnitKind::Lambda) {
        return Ok(consts);
    }
    let doc = match &u.doc {
        Some(_) => super::types::function::doc_const(c)?,
        None => rt().none,
    };
    let items = super::types::tuple::items(consts);
    super::types::tuple::from_fn(items.len() + 1, |i| {
        Ok(if i == 0 {
            doc
        } else {
            super::types::tuple::items(consts)[i - 1]
        })
    })
}
fn co_argcount(c: Obj) -> PyResult<Obj> {
    int::new(code::unit(c).params.argcount as i64)
}
fn co_nlocals(c: Obj) -> PyResult<Obj> {
    int::new(code::unit(c).n_locals as i64)
}
fn co_flags(c: Obj) -> PyResult<Obj> {
    let u = code::unit(c);
    let mut f = 0;
    if !u.uses_locals_dict {
        f |= 0x1 | 0x2;
    }
    if u.params.varargs {
        f |= 0x4;
    }
    if u.params.varkw {
        f |= 0x8;
    }
    if !u.freevars.is_empty() {
        f |= 0x10;
    }
    if u.is_generator {
        f |= 0x20;
    }
    if u.cellvars.is_empty() && u.freevars.is_empty() {
        f |= 0x40;
    }
    if u.future_division {
        f |= 0x2000;
    }
    if u.future_absolute_import {
        f |= 0x4000;
    }
    if u.future_print_function {
        f |= 0x10000;
    }
    if u.future_unicode_literals {
        f |= 0x20000;
    }
    int::new(f)
}

/// `co_code`: there is no bytecode (the tiers run the CFG), so a stand-in str: one byte per CFG
/// instruction and terminator, so that it is non-empty and grows with the code.
fn co_code(c: Obj) -> PyResult<Obj> {
    let u = code::unit(c);
    let n: usize = u.blocks.iter().map(|b| b.insts.len() + 1).sum();
    pystr::new(&vec![9u8; n]) // 9: NOP in CPython's opcode table
}

/// `co_lnotab` in CPython's format (address increment, line increment byte pairs), with the
/// stand-in addresses of `co_code` (one per instruction).
fn co_lnotab(c: Obj) -> PyResult<Obj> {
    let u = code::unit(c);
    let mut out = Vec::new();
    let (mut addr, mut last_addr, mut last_line) = (0u32, 0u32, u.first_line);
    for b in &u.blocks {
        for &line in b.lines.iter().chain(std::iter::once(&b.term_line)) {
            if line > last_line {
                let (mut da, mut dl) = (addr - last_addr, line - last_line);
                while da > 255 {
                    out.extend([255, 0]);
                    da -= 255;
                }
                while dl > 255 {
                    out.extend([da as u8, 255]);
                    da = 0;
                    dl -= 255;
                }
                out.extend([da as u8, dl as u8]);
                last_addr = addr;
                last_line = line;
            }
            addr += 1;
        }
    }
    pystr::new(&out)
}

/// `co_stacksize`: the CFG's temporaries play the value stack's part.
fn co_stacksize(c: Obj) -> PyResult<Obj> {
    let u = code::unit(c);
    int::new((u.n_slots - u.n_locals) as i64)
}

pub static CODE_GETSETS: &[GetSetDef] = &[
    super::types::gs("co_code", co_code, None),
    super::types::gs("co_lnotab", co_lnotab, None),
    super::types::gs("co_stacksize", co_stacksize, None),
    super::types::gs("co_name", co_name, None),
    super::types::gs("co_filename", co_filename, None),
    super::types::gs("co_firstlineno", co_firstlineno, None),
    super::types::gs("co_varnames", co_varnames, None),
    super::types::gs("co_cellvars", co_cellvars, None),
    super::types::gs("co_freevars", co_freevars, None),
    super::types::gs("co_names", co_names, None),
    super::types::gs("co_consts", co_consts, None),
    super::types::gs("co_argcount", co_argcount, None),
    super::types::gs("co_nlocals", co_nlocals, None),
    super::types::gs("co_flags", co_flags, None),
];

fn code_repr(c: Obj) -> PyResult<Obj> {
    let co = code::obj(c);
    pystr::from_str(&format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        pystr::to_string_lossy(co.name),
        c.addr(),
        pystr::to_string_lossy(co.filename),
        code::unit(c).first_line
    ))
}

pub fn code_slots() -> super::typeobj::Slots {
    super::typeobj::Slots {
        repr: Some(code_repr),
        hash: Some(super::types::object::pointer_hash),
        ..Default::default()
    }
}

// --- frame -----------------------------------------------------------------------------------

fn f_lineno(f: Obj) -> PyResult<Obj> {
    int::new(frame::obj(f).lineno as i64)
}
fn f_code(f: Obj) -> PyResult<Obj> {
    Ok(frame::code_of(f))
}
fn f_back(f: Obj) -> PyResult<Obj> {
    match frame::obj(f).back {
        Some(b) => {
            frame::escape(b);
            Ok(b)
        }
        None => Ok(rt().none),
    }
}
fn f_globals(f: Obj) -> PyResult<Obj> {
    Ok(frame::globals_of(f))
}
fn f_locals(f: Obj) -> PyResult<Obj> {
    frame::locals_dict(f)
}
fn f_builtins(f: Obj) -> PyResult<Obj> {
    Ok(frame::obj(f).builtins.unwrap_or(rt().builtins_dict))
}
fn f_lasti(_f: Obj) -> PyResult<Obj> {
    int::new(0)
}
fn f_trace(_f: Obj) -> PyResult<Obj> {
    Ok(rt().none)
}

pub static FRAME_GETSETS: &[GetSetDef] = &[
    super::types::gs("f_lineno", f_lineno, None),
    super::types::gs("f_code", f_code, None),
    super::types::gs("f_back", f_back, None),
    super::types::gs("f_globals", f_globals, None),
    super::types::gs("f_locals", f_locals, None),
    super::types::gs("f_builtins", f_builtins, None),
    super::types::gs("f_lasti", f_lasti, None),
    super::types::gs("f_trace", f_trace, None),
];

fn frame_repr(f: Obj) -> PyResult<Obj> {
    pystr::from_str(&format!("<frame object at {:#x}>", f.addr()))
}

pub fn frame_slots() -> super::typeobj::Slots {
    super::typeobj::Slots {
        repr: Some(frame_repr),
        hash: Some(super::types::object::pointer_hash),
        ..Default::default()
    }
}

// --- traceback -------------------------------------------------------------------------------

fn tb_next(t: Obj) -> PyResult<Obj> {
    Ok(traceback::obj(t).next.unwrap_or(rt().none))
}
fn tb_frame(t: Obj) -> PyResult<Obj> {
    Ok(traceback::obj(t).frame)
}
fn tb_lineno(t: Obj) -> PyResult<Obj> {
    int::new(traceback::obj(t).lineno)
}
fn tb_lasti(_t: Obj) -> PyResult<Obj> {
    int::new(0)
}

pub static TB_GETSETS: &[GetSetDef] = &[
    super::types::gs("tb_next", tb_next, None),
    super::types::gs("tb_frame", tb_frame, None),
    super::types::gs("tb_lineno", tb_lineno, None),
    super::types::gs("tb_lasti", tb_lasti, None),
];

// --- cell ------------------------------------------------------------------------------------

fn cell_contents(c: Obj) -> PyResult<Obj> {
    cell::get(c).ok_or_else(|| exc::value_error("Cell is empty"))
}

pub static CELL_GETSETS: &[GetSetDef] = &[super::types::gs("cell_contents", cell_contents, None)];

fn cell_repr(c: Obj) -> PyResult<Obj> {
    let s = match cell::get(c) {
        None => format!("<cell at {:#x}: empty>", c.addr()),
        Some(v) => format!(
            "<cell at {:#x}: {} object at {:#x}>",
            c.addr(),
            ops::type_name_of(v),
            v.addr()
        ),
    };
    pystr::from_str(&s)
}

pub fn cell_slots() -> super::typeobj::Slots {
    super::typeobj::Slots {
        repr: Some(cell_repr),
        ..Default::default()
    }
}
