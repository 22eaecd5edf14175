//! Generators: a suspended frame plus its resume point (`interp::resume_frame` with
//! `Resume::Send`/`Resume::Throw`). `send`, `next`, `throw`, `close` as in CPython 2.7.
//!
//! The common resumption (a started generator, not running, not finished) is the inlined
//! `resume` → `run`, which enters the frame's compiled code directly when it has some; the
//! other states (refusals, the first start, a finished generator) take `resume_unusual`.

use super::super::exc;
use super::super::interp::{resume_frame, Exit, Resume};
use super::super::object::{alloc_value, mark, Header, Obj, PyResult};
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::{code, frame, str as pystr, Arity, GetSetDef, MethodDef};
use crate::gc;

#[repr(C)]
pub struct GenObj {
    pub head: Header,
    pub frame: Obj,
    pub started: bool,
    pub running: bool,
    pub finished: bool,
}

unsafe fn trace_gen(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a generator object.
    unsafe {
        if *(p as *const usize) == 0 {
            return;
        }
        mark(m, (*(p as *const GenObj)).frame);
    }
}

pub static GEN_KIND: gc::Kind = gc::Kind {
    name: "generator",
    trace: Some(trace_gen),
    drop: None,
};

pub fn new(fr: Obj) -> PyResult<Obj> {
    let t = rt().types.generator;
    alloc_value(
        &GEN_KIND,
        t,
        GenObj {
            head: Header { class: t },
            frame: fr,
            started: false,
            running: false,
            finished: false,
        },
    )
}

#[inline]
fn gobj(g: Obj) -> &'static mut GenObj {
    // SAFETY: the caller knows `g` is a generator.
    unsafe { g.cast::<GenObj>() }
}

/// Resumes the generator: Ok(None) when it finished (StopIteration to raise).
#[inline(always)]
fn resume(g: Obj, how: Resume) -> PyResult<Option<Obj>> {
    let go = gobj(g);
    if go.running || go.finished || !go.started {
        return resume_unusual(g, how);
    }
    run(g, how)
}

/// `resume` of a generator that is running (refused), finished, or not started yet.
#[inline(never)]
fn resume_unusual(g: Obj, how: Resume) -> PyResult<Option<Obj>> {
    let go = gobj(g);
    if go.running {
        return Err(exc::value_error("generator already executing"));
    }
    if go.finished {
        if let Resume::Throw = how {
            return Err(super::super::object::Raised);
        }
        return Ok(None);
    }
    match how {
        Resume::Send(v) if v != rt().none => Err(exc::type_error(
            "can't send non-None value to a just-started generator",
        )),
        Resume::Throw => {
            go.finished = true;
            Err(super::super::object::Raised)
        }
        _ => {
            go.started = true;
            run(g, Resume::Start)
        }
    }
}

/// Runs the started, suspended generator `g` until it yields, returns or raises.
#[inline(always)]
fn run(g: Obj, how: Resume) -> PyResult<Option<Obj>> {
    let go = gobj(g);
    let fr = go.frame;
    go.running = true;
    let res = resume_frame(fr, how);
    let go = gobj(g);
    go.running = false;
    match res {
        Ok(Exit::Yield(v)) => {
            // Suspended inside a `try` (or `with`): abandoning it must run the cleanup, as
            // CPython's generator finalizer closes it (the GC registers an object once).
            let at = frame::obj(fr).block as usize;
            let unit = code::unit(frame::code_of(fr));
            if unit.blocks.get(at).is_some_and(|b| b.handler.is_some()) {
                // SAFETY: `g` is a live object we hold.
                unsafe { crate::gc::register_finalizer(g.as_ptr()) };
            }
            Ok(Some(v))
        }
        Ok(Exit::Return(_)) => {
            go.finished = true;
            Ok(None)
        }
        Err(e) => {
            go.finished = true;
            // A StopIteration raised in the body ends the generator (Python 2 semantics).
            if exc::pending_is(rt().exc.StopIteration) {
                exc::clear_pending();
                return Ok(None);
            }
            Err(e)
        }
    }
}

fn gen_next(g: Obj) -> PyResult<Option<Obj>> {
    resume(g, Resume::Send(rt().none))
}

fn self_iter(g: Obj) -> PyResult<Obj> {
    Ok(g)
}

fn gen_repr(g: Obj) -> PyResult<Obj> {
    let name = pystr::to_string_lossy(code::obj(frame::code_of(gobj(g).frame)).name);
    pystr::from_str(&format!("<generator object {} at {:#x}>", name, g.addr()))
}

pub fn slots() -> Slots {
    Slots {
        iter: Some(self_iter),
        next: Some(gen_next),
        repr: Some(gen_repr),
        hash: Some(super::object::pointer_hash),
        ..Default::default()
    }
}

fn m_next(g: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match resume(g, Resume::Send(rt().none))? {
        Some(v) => Ok(v),
        None => Err(exc::stop_iteration()),
    }
}

fn m_send(g: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match resume(g, Resume::Send(a[0]))? {
        Some(v) => Ok(v),
        None => Err(exc::stop_iteration()),
    }
}

fn m_throw(g: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let ty = a[0];
    let value = a.get(1).copied();
    let tb = a.get(2).copied();
    let _ = super::super::raise::do_raise(Some(ty), value, tb);
    match resume(g, Resume::Throw)? {
        Some(v) => Ok(v),
        None => Err(exc::stop_iteration()),
    }
}

/// `g.close()` (also the finalizer of an abandoned generator suspended inside a `try`).
pub fn close(g: Obj) -> PyResult<Obj> {
    m_close(g, &[], None)
}

fn m_close(g: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    let go = gobj(g);
    if go.finished || !go.started {
        go.finished = true;
        return Ok(r.none);
    }
    let _ = exc::raise_args(r.exc.GeneratorExit, &[]);
    match resume(g, Resume::Throw) {
        Ok(Some(_)) => Err(exc::runtime_error("generator ignored GeneratorExit")),
        Ok(None) => Ok(r.none),
        Err(e) => {
            if exc::pending_is(r.exc.GeneratorExit) || exc::pending_is(r.exc.StopIteration) {
                exc::clear_pending();
                Ok(r.none)
            } else {
                Err(e)
            }
        }
    }
}

pub static METHODS: &[MethodDef] = &[
    super::m("next", m_next, Arity::None),
    super::m("send", m_send, Arity::One),
    super::m("throw", m_throw, Arity::Range(1, 3)),
    super::m("close", m_close, Arity::None),
];

fn g_frame(g: Obj) -> PyResult<Obj> {
    if gobj(g).finished {
        return Ok(rt().none);
    }
    super::frame::escape(gobj(g).frame);
    Ok(gobj(g).frame)
}
fn g_running(g: Obj) -> PyResult<Obj> {
    super::int::new(gobj(g).running as i64)
}
fn g_name(g: Obj) -> PyResult<Obj> {
    Ok(code::obj(frame::code_of(gobj(g).frame)).name)
}
fn g_code(g: Obj) -> PyResult<Obj> {
    Ok(frame::code_of(gobj(g).frame))
}

pub static GETSETS: &[GetSetDef] = &[
    super::gs("gi_frame", g_frame, None),
    super::gs("gi_running", g_running, None),
    super::gs("gi_code", g_code, None),
    super::gs("__name__", g_name, None),
];
