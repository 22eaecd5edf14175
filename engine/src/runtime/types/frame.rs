//! `frame` objects: the state of one running (or suspended) code unit. Heap-allocated so that
//! tracebacks, `sys._getframe` and generators can hold them. Layout: the fixed fields, then
//! `nslots` value slots (locals then temporaries), then `ncells` cell references.
//!
//! The interpreter keeps `block`/`inst`/`lineno` current enough for tracebacks and `f_lineno`
//! (the line is stored whenever it changes), and a generator's resume point in `block`.

use super::super::object::{alloc, mark_opt, Header, Obj, PyResult};
use super::super::rt::rt;
use super::code;
use crate::gc;

#[repr(C)]
pub struct FrameObj {
    pub head: Header,
    pub code: Option<Obj>,
    pub globals: Option<Obj>,
    pub builtins: Option<Obj>,
    /// The locals mapping of module, class and unoptimized frames (`f_locals`).
    pub locals: Option<Obj>,
    pub back: Option<Obj>,
    /// Always empty: the caller's handled exception is saved in the activation's anchor
    /// (`interp::activation`). Kept so the slots stay where compiled code expects them.
    pub saved_exc: [Option<Obj>; 3],
    /// The exception this frame is handling (its `sys.exc_info()`), if any.
    pub own_exc: [Option<Obj>; 3],
    pub nslots: u32,
    pub ncells: u32,
    pub lineno: u32,
    /// The block running (or, in a suspended generator, the block whose `Yield` it stopped at).
    pub block: u32,
    /// The instruction of `block` running (= its instruction count: the terminator).
    pub inst: u32,
    /// Whether the frame is executing now.
    pub running: bool,
    pub finished: bool,
    /// Whether something besides the interpreter may hold the frame (a traceback,
    /// `sys._getframe`, a generator's `gi_frame`): then it is never reused (`retire`).
    pub escaped: bool,
    /// Whether the frame is one of its code's spare frames (see `retire`), not a frame of the
    /// program.
    pub spare: bool,
    // slots and cells follow
}

/// Bytes before the first slot (a multiple of the word size).
pub const FIXED: usize = std::mem::size_of::<FrameObj>();

unsafe fn trace_frame(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a frame (or all-zero); the trailing words are nslots+ncells references or null.
    unsafe {
        let f = &*(p as *const FrameObj);
        for o in [f.code, f.globals, f.builtins, f.locals, f.back] {
            mark_opt(m, o);
        }
        for o in f.saved_exc.iter().chain(f.own_exc.iter()) {
            mark_opt(m, *o);
        }
        let words = p.add(FIXED) as *mut *mut u8;
        let code = match f.code {
            Some(c) if f.nslots > 0 => c,
            _ => {
                for i in 0..(f.nslots + f.ncells) as usize {
                    m.mark(*words.add(i));
                }
                return;
            }
        };
        // Locals and cells always; temporaries only where still live (see compile::liveness).
        // A dead temporary is cleared, so nothing can read a reference to a freed object.
        let unit = code::unit(code);
        let n_locals = unit.n_locals as usize;
        for i in (0..n_locals).chain(f.nslots as usize..(f.nslots + f.ncells) as usize) {
            m.mark(*words.add(i));
        }
        let temps = &code::profile(code).temps;
        let mut live = [0u64; 8];
        let mut live_vec = Vec::new();
        let bits: &mut [u64] = if temps.words() <= live.len() {
            &mut live
        } else {
            live_vec.resize(temps.words(), 0);
            &mut live_vec
        };
        let after_yield = !f.running && !f.finished;
        temps.live_at(unit, f.block as usize, f.inst as usize, after_yield, bits);
        let nbits = f.nslots as usize;
        for i in n_locals..nbits {
            if bits[i / 64] & (1 << (i % 64)) != 0 {
                m.mark(*words.add(i));
            } else {
                *words.add(i) = std::ptr::null_mut();
            }
        }
    }
}

pub static FRAME_KIND: gc::Kind = gc::Kind {
    name: "frame",
    trace: Some(trace_frame),
    drop: None,
};

/// A frame for a call of `code_obj` with empty slots and cells: the code's spare frame (a
/// finished call's, see `retire`) when it has one, else a new one.
#[inline(always)]
pub fn for_call(code_obj: Obj, globals: Obj, locals: Option<Obj>) -> PyResult<Obj> {
    let Some(f) = code::take_spare_frame(code_obj) else {
        return new_for_call(code_obj, globals, locals);
    };
    let fo = obj(f);
    fo.spare = false;
    fo.back = None;
    fo.globals = Some(globals);
    fo.builtins = Some(builtins_near(globals));
    fo.locals = locals;
    fo.lineno = code::unit(code_obj).first_line;
    fo.block = 0;
    fo.inst = 0;
    fo.finished = false;
    Ok(f)
}

#[inline(never)]
fn new_for_call(code_obj: Obj, globals: Obj, locals: Option<Obj>) -> PyResult<Obj> {
    new(code_obj, globals, locals)
}

/// Called when a function call's frame has returned: unless it escaped (something else may
/// hold it), it is emptied and kept as one of its code's spare frames, saving a later call an
/// allocation (a few are kept, for recursion). Its references are cleared now, so what it held
/// dies as it would with the frame.
#[inline(always)]
pub fn retire(f: Obj) {
    let fo = obj(f);
    if fo.escaped || fo.running {
        return;
    }
    let Some(code_obj) = fo.code else { return };
    slots(f).fill(None);
    cells(f).fill(None);
    fo.locals = None;
    // `back` is the spare chain's link now; `own_exc` was cleared when the activation ended
    // (and `saved_exc` is never set).
    fo.spare = true;
    code::put_spare_frame(code_obj, f);
}

/// Marks `f` and the frames it reaches through `f_back` as escaped (see `FrameObj::escaped`).
pub fn escape(f: Obj) {
    let mut cur = Some(f);
    while let Some(c) = cur {
        let co = obj(c);
        if co.escaped {
            break;
        }
        co.escaped = true;
        cur = co.back;
    }
}

/// Whether `f` is its code's spare frame (not a frame of the running program).
pub fn is_spare(f: Obj) -> bool {
    obj(f).spare
}

/// A new frame for `code` with empty slots and cells.
pub fn new(code_obj: Obj, globals: Obj, locals: Option<Obj>) -> PyResult<Obj> {
    let u = code::unit(code_obj);
    let nslots = u.n_slots as usize;
    let ncells = u.cellvars.len() + u.freevars.len();
    let size = FIXED + 8 * (nslots + ncells);
    let r = rt();
    let f = alloc(&FRAME_KIND, size, r.types.frame)?;
    // SAFETY: fresh frame object of `size` bytes (zeroed: slots and cells empty).
    let fo = unsafe { f.cast::<FrameObj>() };
    fo.code = Some(code_obj);
    fo.globals = Some(globals);
    fo.builtins = Some(builtins_near(globals));
    fo.locals = locals;
    fo.nslots = nslots as u32;
    fo.ncells = ncells as u32;
    fo.lineno = u.first_line;
    Ok(f)
}

/// The builtins of a new frame with `globals`: as CPython, a frame sharing its caller's
/// globals shares its builtins (no lookup).
#[inline(always)]
fn builtins_near(globals: Obj) -> Obj {
    match super::super::exc::current_frame().map(obj) {
        Some(c) if c.globals == Some(globals) => match c.builtins {
            Some(b) => b,
            None => builtins_for(globals),
        },
        _ => builtins_for(globals),
    }
}

/// `__builtins__` of a globals dict: its `__builtins__` entry (a module or dict), else the
/// builtin module's dict.
fn builtins_for(globals: Obj) -> Obj {
    let r = rt();
    match super::dict::get_item(globals, r.names.__builtins__)
        .ok()
        .flatten()
    {
        Some(b) if super::dict::is_dict(b) => b,
        Some(b) if b.class() == r.types.module => super::module::dict_of(b),
        _ => r.builtins_dict,
    }
}

#[inline]
pub fn obj(f: Obj) -> &'static mut FrameObj {
    // SAFETY: the caller knows `f` is a frame.
    unsafe { f.cast::<FrameObj>() }
}

/// The frame's value slots.
#[inline]
pub fn slots(f: Obj) -> &'static mut [Option<Obj>] {
    let n = obj(f).nslots as usize;
    // SAFETY: nslots words follow the fixed part.
    unsafe { std::slice::from_raw_parts_mut(f.as_ptr().add(FIXED) as *mut Option<Obj>, n) }
}

/// The frame's cells (cellvars then freevars); unset until the call sets them up.
#[inline]
pub fn cells(f: Obj) -> &'static mut [Option<Obj>] {
    let fo = obj(f);
    let n = fo.nslots as usize;
    // SAFETY: ncells words follow the slots.
    unsafe {
        std::slice::from_raw_parts_mut(
            (f.as_ptr().add(FIXED) as *mut Option<Obj>).add(n),
            fo.ncells as usize,
        )
    }
}

pub fn code_of(f: Obj) -> Obj {
    obj(f).code.expect("frame has code")
}

pub fn globals_of(f: Obj) -> Obj {
    obj(f).globals.expect("frame has globals")
}

/// `f_locals`: the locals mapping, or for optimized frames a dict built from the fast locals
/// and cells (what `locals()` returns; CPython builds it the same way on each call).
pub fn locals_dict(f: Obj) -> PyResult<Obj> {
    let fo = obj(f);
    let code_obj = code_of(f);
    let u = code::unit(code_obj);
    if let Some(l) = fo.locals {
        if !u.uses_locals_dict || u.kind == crate::compile::ir::UnitKind::Module {
            return Ok(l);
        }
        fill_locals(f, l)?;
        return Ok(l);
    }
    let d = super::dict::new()?;
    fill_locals(f, d)?;
    fo.locals = Some(d);
    Ok(d)
}

fn fill_locals(f: Obj, d: Obj) -> PyResult<()> {
    let code_obj = code_of(f);
    let u = code::unit(code_obj);
    let co = code::obj(code_obj);
    let names = super::tuple::items(co.varnames);
    let sl = slots(f);
    for (i, &n) in names.iter().enumerate().take(u.n_locals as usize) {
        match sl[i] {
            Some(v) => super::dict::set_item(d, n, v)?,
            None => {
                super::dict::del_item(d, n)?;
            }
        }
    }
    let cell_names: Vec<Obj> = super::tuple::items(co.cellvars)
        .iter()
        .chain(super::tuple::items(co.freevars).iter())
        .copied()
        .collect();
    let cs = cells(f);
    for (i, n) in cell_names.into_iter().enumerate() {
        // Free variables of class bodies are not locals (CPython leaves them out there).
        if let Some(c) = cs.get(i).copied().flatten() {
            match super::cell::get(c) {
                Some(v) => super::dict::set_item(d, n, v)?,
                None => {
                    super::dict::del_item(d, n)?;
                }
            }
        }
    }
    Ok(())
}

/// `PyFrame_LocalsToFast(f, 0)`: after `exec` or `import *` in a function, the locals mapping's
/// values for the function's fast locals (and cells) are copied back into them.
pub fn locals_to_fast(f: Obj) -> PyResult<()> {
    let code_obj = code_of(f);
    let u = code::unit(code_obj);
    if u.kind == crate::compile::ir::UnitKind::Module
        || u.kind == crate::compile::ir::UnitKind::Class
    {
        return Ok(());
    }
    let Some(l) = obj(f).locals else {
        return Ok(());
    };
    if !super::dict::is_dict(l) {
        return Ok(());
    }
    let co = code::obj(code_obj);
    let names = super::tuple::items(co.varnames);
    let sl = slots(f);
    for (i, &n) in names.iter().enumerate().take(u.n_locals as usize) {
        if let Some(v) = super::dict::get_item(l, n)? {
            sl[i] = Some(v);
        }
    }
    let cs = cells(f);
    let cell_names: Vec<Obj> = super::tuple::items(co.cellvars)
        .iter()
        .chain(super::tuple::items(co.freevars).iter())
        .copied()
        .collect();
    for (i, n) in cell_names.into_iter().enumerate() {
        if let (Some(c), Some(v)) = (cs.get(i).copied().flatten(), super::dict::get_item(l, n)?) {
            super::cell::set(c, Some(v));
        }
    }
    Ok(())
}
