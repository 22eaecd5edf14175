//! Tier 0: the interpreter of the CFG (`compile::ir`).
//!
//! In: a frame (code, globals, slots bound by the caller). Out: the frame's return value, a
//! yielded value (generators), or a pending exception.
//!
//! Per block: run the instructions in order, then the terminator. An instruction or
//! terminator that fails records a traceback entry (frame, line) unless it re-raises, and
//! control goes to the block's handler (whose first instruction fetches the exception), or
//! the frame exits with the exception. The profile counters the JIT tiers read are kept
//! here: calls per code object, backedges per loop header, and the class seen last at each
//! feedback site (`code::Profile`).
//!
//! Tiering: an activation starts in tier-1 code when `jit::at_entry` has (or makes) it (a
//! generator whose code is compiled is resumed straight in it: `resume_frame`), and an
//! interpreted frame moves to tier-1 code at a backedge to a loop header when `jit::at_backedge`
//! says so (OSR: the compiled function continues from that header over the same frame). Each
//! instruction's semantics live in `exec_inst`, which the interpreter loop inlines and tier 1's
//! generic helper (`jit::abi::pyston_rt_inst`) calls.
//!
//! Invariants: the frame (heap object) holds every value slot, so everything the frame uses is
//! reachable from it; the frame itself is on the native stack and in the thread state's frame
//! chain for the whole run.

use super::call::{call, call_positional, call_site};
use super::exc::{self, ExcState};
use super::finalize;
use super::object::{Obj, PyResult};
use super::ops;
use super::rt::rt;
use super::typeobj::NbOp;
use super::types::{
    cell, code, dict, float, frame, function, int, list, object, slice, str as pystr, traceback,
    tuple,
};
use crate::compile::ir::{BinOp, CmpOp, CodeUnit, Inst, SlotRange, Terminator, UnOp};

/// `get!(slots, s)`: the value in slot `s` (reading an empty temporary returns SystemError
/// from the enclosing function: the compiler never emits such a read).
macro_rules! get {
    ($slots:expr, $s:expr) => {
        match $slots[$s as usize] {
            Some(v) => v,
            None => return Err(exc::system_error("read of an empty temporary")),
        }
    };
}

/// `set!(slots, s, v)`: stores `v` in slot `s`.
macro_rules! set {
    ($slots:expr, $s:expr, $v:expr) => {
        $slots[$s as usize] = Some($v)
    };
}

/// How a frame is (re)entered.
pub enum Resume {
    Start,
    /// A generator resumed by `next()`/`send(v)`.
    Send(Obj),
    /// A generator resumed by `throw()`: the exception is pending.
    Throw,
}

/// How a frame run ended (besides an exception).
pub enum Exit {
    Return(Obj),
    Yield(Obj),
}

/// Runs a function's frame to completion.
pub fn run_function_frame(fr: Obj) -> PyResult<Obj> {
    match run_frame(fr, Resume::Start)? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(exc::system_error("yield from a non-generator frame")),
    }
}

/// See `run_frame`: one interpreter activation's anchor on the native stack.
#[repr(C)]
struct Anchor {
    regs: [usize; 6],
    saved: Option<ExcState>,
    fr: Obj,
}

/// Runs (or resumes) `fr` until it returns, yields or raises.
pub fn run_frame(fr: Obj, resume: Resume) -> PyResult<Exit> {
    activation(fr, || execute(fr, resume))
}

/// Starts or resumes the generator frame `fr` (`Resume::Start`, `Send`, `Throw`): when its code
/// is compiled, straight into the compiled code at the resume point, without the interpreter's
/// entry (`execute` and its tier decision); otherwise as `run_frame`.
#[inline]
pub fn resume_frame(fr: Obj, resume: Resume) -> PyResult<Exit> {
    if let Some(f) = crate::jit::compiled_of(code::profile(frame::code_of(fr))) {
        // The entry as `jit::run_activation` computes it; the compiled code is then called
        // straight from the activation.
        return activation(fr, || {
            let entry = match resume_point(fr, resume)? {
                (block, false) => block as u32,
                (block, true) => crate::jit::THROW | block as u32,
            };
            crate::jit::run(f, fr, entry)
        });
    }
    run_frame(fr, resume)
}

/// Runs the function frame `fr` from its start in its compiled code `f` (the caller has
/// checked that `f` is its code's): what `run_function_frame` does, without the interpreter's
/// entry checks.
#[inline(always)]
pub fn run_compiled_call(fr: Obj, f: crate::jit::CompiledFn) -> PyResult<Obj> {
    match activation(fr, CompiledBody(f))? {
        Exit::Return(v) => Ok(v),
        Exit::Yield(_) => Err(exc::system_error("yield from a non-generator frame")),
    }
}

/// What an activation runs (`activation`): a closure, or a compiled function from its start.
trait Body {
    fn run(self, fr: Obj) -> PyResult<Exit>;
}

impl<F: FnOnce() -> PyResult<Exit>> Body for F {
    #[inline(always)]
    fn run(self, _fr: Obj) -> PyResult<Exit> {
        self()
    }
}

/// Compiled code entered at its start: a call's body, inlined into the activation (a closure
/// is not always).
struct CompiledBody(crate::jit::CompiledFn);

impl Body for CompiledBody {
    #[inline(always)]
    fn run(self, fr: Obj) -> PyResult<Exit> {
        crate::jit::run(self.0, fr, 0)
    }
}

/// One activation of `fr`, running `body` (the interpreter or compiled code): the recursion
/// check, the thread's frame chain and exception state, the call count, and the anchor.
#[inline(always)]
fn activation(fr: Obj, body: impl Body) -> PyResult<Exit> {
    super::signals::tick();
    let ts = exc::ts();
    let caller = exc::enter_frame(ts, fr)?;
    let fo = frame::obj(fr);
    fo.back = caller;
    fo.running = true;
    // CPython 2.7 (`set_exc_info`/`reset_exc_info`): an exception this frame catches is the
    // thread's current one until the frame returns or yields; then the caller's comes back.
    let profile = code::profile(frame::code_of(fr));
    profile.calls.set(profile.calls.get() + 1);
    // The anchor: what this activation's callers need kept alive, at one stack address above
    // `execute`'s frame (the saved exception state, and the callee-saved registers, which may
    // hold the callers' references). Prompt-release collections scan the stack from here up.
    let mut anchor = Anchor {
        regs: [0; 6],
        saved: ts.handled.get(),
        fr,
    };
    crate::gc::save_registers(&mut anchor.regs);
    let anchor_addr = std::hint::black_box(&anchor) as *const Anchor as usize;
    let outer_anchor = finalize::push_anchor(ts, anchor_addr);
    let res = body.run(fr);
    finalize::pop_anchor(ts, outer_anchor);
    let fo = frame::obj(fr);
    let restore = if fo.own_exc[0].is_some() {
        fo.own_exc = [None, None, None];
        Some(std::hint::black_box(&anchor).saved)
    } else {
        None
    };
    fo.running = false;
    if matches!(res, Ok(Exit::Yield(_))) {
        fo.back = None;
    }
    exc::leave_frame(ts, caller, restore);
    res
}

#[inline]
pub(crate) fn record_site(profile: &code::Profile, site: u32, o: Obj) {
    if let Some(s) = profile.sites.get(site as usize) {
        note_class(s, o);
    }
}

#[inline(always)]
fn note_class(s: &code::SiteRecord, o: Obj) {
    let c = o.class().addr();
    if s.last_class.get() != c {
        s.last_class.set(c);
        s.changes.set(s.changes.get().saturating_add(1));
    }
}

/// `GetAttr` `o.name` at `site`: the site's type feedback recorded (as `record_site`), the
/// attribute read through the site's inline cache (`object::AttrCache`).
#[inline]
pub(crate) fn getattr_at(profile: &code::Profile, site: u32, o: Obj, name: Obj) -> PyResult<Obj> {
    match profile.sites.get(site as usize) {
        Some(s) => {
            note_class(s, o);
            object::getattr_cached(o, name, &s.attr)
        }
        None => ops::getattr(o, name),
    }
}

/// `SetAttr` `o.name = v` at `site`, as [`getattr_at`].
#[inline]
pub(crate) fn setattr_at(
    profile: &code::Profile,
    site: u32,
    o: Obj,
    name: Obj,
    v: Obj,
) -> PyResult<()> {
    match profile.sites.get(site as usize) {
        Some(s) => {
            note_class(s, o);
            object::setattr_cached(o, name, v, &s.attr)
        }
        None => ops::setattr(o, name, v),
    }
}

/// `LoadMethod` of `o.name` at `site` (see `object::method_for_call`), as [`getattr_at`].
#[inline]
pub(crate) fn method_at(
    profile: &code::Profile,
    site: u32,
    o: Obj,
    name: Obj,
) -> PyResult<(Obj, Option<Obj>)> {
    match profile.sites.get(site as usize) {
        Some(s) => {
            note_class(s, o);
            object::method_for_call_cached(o, name, &s.attr)
        }
        None => object::method_for_call(o, name),
    }
}

// Not inlined: `run_frame`'s anchor must sit above this function's whole frame.
#[inline(never)]
fn execute(fr: Obj, resume: Resume) -> PyResult<Exit> {
    let code_obj = frame::code_of(fr);
    if let Some(f) = crate::jit::at_entry(code_obj) {
        return crate::jit::run_activation(f, fr, resume);
    }
    let cx = Cx::new(fr);
    let Cx {
        r, unit, profile, ..
    } = cx;
    let slots = frame::slots(fr);

    let (mut bi, mut start_with_error) = resume_point(fr, resume)?;
    // Set when the error being handled is a re-raise (no new traceback entry).
    let mut reraise = false;

    // Set by instructions that drop a reference themselves (`del`, a store of None): CPython
    // frees at that instruction, so the check for deaths runs before the next one, not only
    // at the next line.
    let mut released_here = false;
    'blocks: loop {
        let block = &unit.blocks[bi];
        // Where the frame is (block, instruction): tracebacks and the GC's liveness of temporaries.
        frame::obj(fr).block = bi as u32;
        let err_line: u32;
        'run: {
            if start_with_error {
                start_with_error = false;
                err_line = block.term_line;
                break 'run;
            }
            for (k, inst) in block.insts.iter().enumerate() {
                let line = block.lines[k];
                at_instruction(fr, unit, k, line, std::mem::take(&mut released_here));
                match exec_inst(&cx, slots, inst, k, line) {
                    Ok(false) => {}
                    Ok(true) => released_here = true,
                    Err(_) => {
                        err_line = line;
                        break 'run;
                    }
                }
            }

            // The terminator.
            let line = block.term_line;
            let n = block.insts.len();
            at_instruction(fr, unit, n, line, std::mem::take(&mut released_here));
            macro_rules! tri_t {
                ($e:expr) => {
                    match $e {
                        Ok(v) => v,
                        Err(_) => {
                            err_line = line;
                            break 'run;
                        }
                    }
                };
            }
            match &block.term {
                Terminator::Jump(t) => {
                    let t = *t as usize;
                    if t <= bi {
                        tri_t!(super::signals::check());
                        if let Some(h) = unit.blocks[t].loop_header {
                            let c = &profile.backedges[h as usize];
                            c.set(c.get() + 1);
                            if let Some(f) = crate::jit::at_backedge(code_obj, c.get()) {
                                return crate::jit::run_osr(f, fr, t as u32);
                            }
                        }
                    }
                    bi = t;
                    continue 'blocks;
                }
                Terminator::Branch {
                    cond,
                    if_true,
                    if_false,
                } => {
                    let c = get!(slots, *cond);
                    let t = if c == r.true_ {
                        true
                    } else if c == r.false_ {
                        false
                    } else {
                        tri_t!(ops::truthy(c))
                    };
                    bi = if t { *if_true } else { *if_false } as usize;
                    continue 'blocks;
                }
                Terminator::Return { value } => {
                    let v = get!(slots, *value);
                    return Ok(Exit::Return(v));
                }
                Terminator::Raise { .. } | Terminator::Reraise { .. } => {
                    reraise = raise_terminator(slots, &block.term);
                    err_line = line;
                    break 'run;
                }
                Terminator::ForIter {
                    iter,
                    dst,
                    body,
                    exit,
                } => {
                    let it = get!(slots, *iter);
                    match tri_t!(ops::next(it)) {
                        Some(v) => {
                            set!(slots, *dst, v);
                            bi = *body as usize;
                        }
                        None => bi = *exit as usize,
                    }
                    continue 'blocks;
                }
                Terminator::Yield { value, .. } => {
                    let v = get!(slots, *value);
                    return Ok(Exit::Yield(v));
                }
                Terminator::Switch { sel, targets } => {
                    let s = get!(slots, *sel);
                    let i = if int::is_int(s) { int::value(s) } else { -1 };
                    match targets.get(i as usize) {
                        Some(t) => bi = *t as usize,
                        None => tri_t!(Err(exc::system_error("bad switch selector"))),
                    }
                    continue 'blocks;
                }
                Terminator::Unreachable => {
                    let _ = exc::system_error("reached unreachable code");
                    err_line = line;
                    break 'run;
                }
            }
        }
        // An exception is pending, raised at `err_line`.
        if !reraise {
            traceback::add_here(fr, err_line);
        }
        reraise = false;
        match block.handler {
            Some(h) => bi = h as usize,
            None => return Err(super::object::Raised),
        }
    }
}

/// Where an activation starts: (block, whether the pending exception is raised at its
/// terminator). A generator resumed by `send(v)` gets `v` in its `Yield`'s destination.
#[inline]
pub(crate) fn resume_point(fr: Obj, resume: Resume) -> PyResult<(usize, bool)> {
    match resume {
        Resume::Start => Ok((0, false)),
        Resume::Send(v) => {
            let at = frame::obj(fr).block as usize;
            match &code::unit(frame::code_of(fr)).blocks[at].term {
                Terminator::Yield { dst, resume, .. } => {
                    frame::slots(fr)[*dst as usize] = Some(v);
                    Ok((*resume as usize, false))
                }
                _ => Err(exc::system_error("bad generator resume point")),
            }
        }
        Resume::Throw => Ok((frame::obj(fr).block as usize, true)),
    }
}

/// The bookkeeping before instruction `k` (its block's terminator when `k` is the instruction
/// count) at `line`: the frame's position, and on a new line, or after an instruction that
/// dropped a reference itself (`released`), the line and the death check when a release is
/// pending.
#[inline]
pub(crate) fn at_instruction(fr: Obj, unit: &CodeUnit, k: usize, line: u32, released: bool) {
    let fo = frame::obj(fr);
    fo.inst = k as u32;
    if fo.lineno != line || released {
        fo.lineno = line;
        if finalize::release_pending() {
            finalize::reclaim(unit as *const _ as usize, line);
        }
    }
}

/// What one activation of `execute` (and a compiled frame's generic instruction helper) needs
/// at hand: the frame and what its code object gives.
#[derive(Clone, Copy)]
pub(crate) struct Cx {
    pub r: &'static super::rt::Runtime,
    pub fr: Obj,
    pub unit: &'static crate::compile::ir::CodeUnit,
    pub co: &'static code::CodeObj,
    pub consts: &'static [Obj],
    pub names: &'static [Obj],
    pub globals: Obj,
    pub builtins: Obj,
    pub profile: &'static code::Profile,
}

impl Cx {
    #[inline]
    pub fn new(fr: Obj) -> Cx {
        let r = rt();
        let code_obj = frame::code_of(fr);
        let co = code::obj(code_obj);
        Cx {
            r,
            fr,
            unit: code::unit(code_obj),
            co,
            consts: tuple::items(co.consts),
            names: tuple::items(co.names),
            globals: frame::globals_of(fr),
            builtins: frame::obj(fr).builtins.unwrap_or(r.builtins_dict),
            profile: code::profile(code_obj),
        }
    }
}

/// Runs instruction `inst` (number `k` of its block, at source line `line`) on `cx`'s frame.
/// Ok(true) when it dropped a reference itself (`del`, a store of None): the check for deaths
/// then runs before the next instruction. Err: the exception is pending (no traceback entry yet).
#[inline(always)]
pub(crate) fn exec_inst(
    cx: &Cx,
    slots: &mut [Option<Obj>],
    inst: &Inst,
    k: usize,
    line: u32,
) -> PyResult<bool> {
    let Cx {
        r,
        fr,
        unit,
        co,
        consts,
        names,
        globals,
        builtins,
        profile,
    } = *cx;
    let mut released = false;
    macro_rules! released {
        () => {{
            finalize::note_release();
            released = true;
        }};
    }
    macro_rules! tri {
        ($e:expr, $line:expr) => {
            $e?
        };
    }
    let _ = line;
    match inst {
        Inst::Const { dst, c } => set!(slots, *dst, consts[*c as usize]),
        Inst::Move { dst, src } => {
            let v = get!(slots, *src);
            if v == r.none && *dst < unit.n_locals {
                released!();
            }
            set!(slots, *dst, v)
        }
        Inst::LoadFast { dst, local } => match slots[*local as usize] {
            Some(v) => set!(slots, *dst, v),
            None => tri!(Err(unbound_local(co.varnames, *local)), line),
        },
        Inst::DeleteFast { local } => {
            if slots[*local as usize].is_none() {
                tri!(Err(unbound_local(co.varnames, *local)), line);
            }
            slots[*local as usize] = None;
            released!();
        }
        Inst::LoadDeref { dst, cell: c } => {
            let v = tri!(load_deref(fr, *c), line);
            set!(slots, *dst, v)
        }
        Inst::StoreDeref { cell: c, src } => {
            let v = get!(slots, *src);
            match frame::cells(fr)[*c as usize] {
                Some(cellobj) => cell::set(cellobj, Some(v)),
                None => tri!(Err(exc::system_error("missing cell")), line),
            }
        }
        Inst::LoadClosure { dst, cell: c } => match frame::cells(fr)[*c as usize] {
            Some(cellobj) => set!(slots, *dst, cellobj),
            None => tri!(Err(exc::system_error("missing cell")), line),
        },
        Inst::LoadGlobal { dst, name } => {
            let n = names[*name as usize];
            let cache = &profile.globals[*name as usize];
            let v = tri!(load_global(globals, builtins, n, cache), line);
            set!(slots, *dst, v)
        }
        Inst::StoreGlobal { name, src } => {
            let v = get!(slots, *src);
            if v == r.none {
                released!();
            }
            tri!(dict::set_item(globals, names[*name as usize], v), line)
        }
        Inst::DeleteGlobal { name } => {
            let n = names[*name as usize];
            if tri!(dict::del_item(globals, n), line).is_none() {
                tri!(Err(name_error("global name '{}' is not defined", n)), line);
            }
            released!();
        }
        Inst::LoadName { dst, name } => {
            let n = names[*name as usize];
            let v = tri!(load_name(fr, globals, builtins, n), line);
            set!(slots, *dst, v)
        }
        Inst::StoreName { name, src } => {
            let v = get!(slots, *src);
            if v == r.none {
                released!();
            }
            let n = names[*name as usize];
            tri!(store_name(fr, n, Some(v)), line)
        }
        Inst::DeleteName { name } => {
            let n = names[*name as usize];
            tri!(store_name(fr, n, None), line);
            released!();
        }
        Inst::LoadLocals { dst } => match frame::obj(fr).locals {
            Some(l) => set!(slots, *dst, l),
            None => tri!(Err(exc::system_error("no locals")), line),
        },
        Inst::Binary {
            dst,
            op,
            a,
            b,
            site,
        } => {
            let (x, y) = (get!(slots, *a), get!(slots, *b));
            code::note_operands(profile, *site, x, y);
            let v = tri!(binary(x, y, *op), line);
            set!(slots, *dst, v)
        }
        Inst::InPlace {
            dst,
            op,
            a,
            b,
            site,
        } => {
            let (x, y) = (get!(slots, *a), get!(slots, *b));
            code::note_operands(profile, *site, x, y);
            let v = tri!(inplace(x, y, *op), line);
            set!(slots, *dst, v)
        }
        Inst::Unary { dst, op, a } => {
            let x = get!(slots, *a);
            let v = tri!(unary(x, *op), line);
            set!(slots, *dst, v)
        }
        Inst::Compare {
            dst,
            op,
            a,
            b,
            site,
        } => {
            let (x, y) = (get!(slots, *a), get!(slots, *b));
            code::note_operands(profile, *site, x, y);
            let v = tri!(compare(x, y, *op), line);
            set!(slots, *dst, v)
        }
        Inst::Truth { dst, a } => {
            let x = get!(slots, *a);
            let t = tri!(ops::truthy(x), line);
            set!(slots, *dst, ops::bool_obj(t))
        }
        Inst::GetAttr {
            dst,
            obj,
            name,
            site,
        } => {
            let o = get!(slots, *obj);
            let v = tri!(getattr_at(profile, *site, o, names[*name as usize]), line);
            set!(slots, *dst, v)
        }
        Inst::LoadMethod {
            dst,
            self_,
            obj,
            name,
            site,
        } => {
            let o = get!(slots, *obj);
            let (f, s) = tri!(method_at(profile, *site, o, names[*name as usize]), line);
            set!(slots, *dst, f);
            slots[*self_ as usize] = s;
        }
        Inst::SetAttr {
            obj,
            name,
            src,
            site,
        } => {
            let (o, v) = (get!(slots, *obj), get!(slots, *src));
            if v == r.none {
                released!();
            }
            tri!(
                setattr_at(profile, *site, o, names[*name as usize], v),
                line
            )
        }
        Inst::DelAttr { obj, name } => {
            let o = get!(slots, *obj);
            tri!(ops::delattr(o, names[*name as usize]), line);
            released!();
        }
        Inst::GetItem {
            dst,
            obj,
            key,
            site,
        } => {
            let (o, k) = (get!(slots, *obj), get!(slots, *key));
            record_site(profile, *site, o);
            let v = tri!(getitem(o, k), line);
            set!(slots, *dst, v)
        }
        Inst::SetItem { obj, key, src } => {
            let (o, k, v) = (get!(slots, *obj), get!(slots, *key), get!(slots, *src));
            if v == r.none {
                released!();
            }
            tri!(ops::setitem(o, k, v), line)
        }
        Inst::DelItem { obj, key } => {
            let (o, k) = (get!(slots, *obj), get!(slots, *key));
            tri!(ops::delitem(o, k), line);
            released!();
        }
        Inst::GetSlice { dst, obj, lo, hi } => {
            let o = get!(slots, *obj);
            let lo = lo.map(|s| slots[s as usize]).flatten();
            let hi = hi.map(|s| slots[s as usize]).flatten();
            let v = tri!(ops::getslice(o, lo, hi), line);
            set!(slots, *dst, v)
        }
        Inst::SetSlice { obj, lo, hi, src } => {
            let (o, v) = (get!(slots, *obj), get!(slots, *src));
            let lo = lo.map(|s| slots[s as usize]).flatten();
            let hi = hi.map(|s| slots[s as usize]).flatten();
            tri!(ops::setslice(o, lo, hi, Some(v)), line)
        }
        Inst::DelSlice { obj, lo, hi } => {
            let o = get!(slots, *obj);
            let lo = lo.map(|s| slots[s as usize]).flatten();
            let hi = hi.map(|s| slots[s as usize]).flatten();
            tri!(ops::setslice(o, lo, hi, None), line);
            released!();
        }
        Inst::BuildSlice { dst, lo, hi, step } => {
            let lo = lo.map(|s| slots[s as usize]).flatten();
            let hi = hi.map(|s| slots[s as usize]).flatten();
            let st = step.map(|s| slots[s as usize]).flatten();
            let v = tri!(slice::new(lo, hi, st), line);
            set!(slots, *dst, v)
        }
        Inst::BuildTuple { dst, items } => {
            let v = tri!(tuple::new(range(slots, items.start, items.len)), line);
            set!(slots, *dst, v)
        }
        Inst::BuildList { dst, items } => {
            let v = tri!(list::new(range(slots, items.start, items.len)), line);
            set!(slots, *dst, v)
        }
        Inst::BuildSet { dst, items } => {
            let v = tri!(
                super::types::set::new_from(range(slots, items.start, items.len)),
                line
            );
            set!(slots, *dst, v)
        }
        Inst::BuildDict { dst } => {
            let v = tri!(dict::new(), line);
            set!(slots, *dst, v)
        }
        Inst::DictSet {
            dict: d,
            key,
            value,
        } => {
            let (d, k, v) = (get!(slots, *d), get!(slots, *key), get!(slots, *value));
            tri!(dict::set_item(d, k, v), line)
        }
        Inst::ListAppend { list: l, item } => {
            let (l, v) = (get!(slots, *l), get!(slots, *item));
            tri!(list::append(l, v), line)
        }
        Inst::SetAdd { set: s, item } => {
            let (s, v) = (get!(slots, *s), get!(slots, *item));
            tri!(super::types::set::add(s, v), line)
        }
        Inst::Unpack { src, dsts } => {
            let v = get!(slots, *src);
            tri!(
                unpack(v, &mut slots[dsts.start as usize..][..dsts.len as usize]),
                line
            )
        }
        Inst::Call {
            dst,
            func,
            args,
            kwnames,
            star,
            dstar,
            site,
            method,
        } => {
            let f = get!(slots, *func);
            record_site(profile, *site, f);
            let all = call_args(slots, *args, *method);
            let epoch = crate::gc::watch_epoch();
            let v = match (kwnames, star, dstar) {
                (None, None, None) => tri!(call_positional(f, all), line),
                _ => {
                    let kn: &[Obj] = match kwnames {
                        Some(c) => tuple::items(consts[*c as usize]),
                        None => &[],
                    };
                    let npos = all.len() - kn.len();
                    let st = star.map(|s| slots[s as usize]).flatten();
                    let ds = dstar.map(|s| slots[s as usize]).flatten();
                    tri!(call_site(f, &all[..npos], kn, &all[npos..], st, ds), line)
                }
            };
            set!(slots, *dst, v);
            after_call(fr, unit, k, line, epoch);
        }
        Inst::GetIter { dst, src } => {
            let v = get!(slots, *src);
            let it = tri!(ops::iter(v), line);
            set!(slots, *dst, it)
        }
        Inst::MakeFunction {
            dst,
            code: c,
            defaults,
            closure,
        } => {
            let d = if defaults.len > 0 {
                Some(tri!(
                    tuple::new(range(slots, defaults.start, defaults.len)),
                    line
                ))
            } else {
                None
            };
            let cl = if closure.len > 0 {
                Some(tri!(
                    tuple::new(range(slots, closure.start, closure.len)),
                    line
                ))
            } else {
                None
            };
            let f = tri!(function::new(consts[*c as usize], globals, d, cl), line);
            set!(slots, *dst, f)
        }
        Inst::MakeClass {
            dst,
            name,
            bases,
            dict: d,
        } => {
            let (b, d) = (get!(slots, *bases), get!(slots, *d));
            let v = tri!(
                super::class::build_class(consts[*name as usize], b, d, globals),
                line
            );
            set!(slots, *dst, v)
        }
        Inst::Import {
            dst,
            name,
            fromlist,
            level,
        } => {
            let fl = get!(slots, *fromlist);
            let locals = frame::obj(fr).locals.unwrap_or(r.none);
            let v = tri!(
                super::import::import_name(
                    consts[*name as usize],
                    globals,
                    locals,
                    fl,
                    *level,
                    builtins
                ),
                line
            );
            set!(slots, *dst, v)
        }
        Inst::ImportFrom { dst, module, name } => {
            let m = get!(slots, *module);
            let v = tri!(super::import::import_from(m, names[*name as usize]), line);
            set!(slots, *dst, v)
        }
        Inst::ImportStar { module } => {
            let m = get!(slots, *module);
            let locals = tri!(frame::locals_dict(fr), line);
            tri!(super::import::import_star(m, locals), line);
            tri!(frame::locals_to_fast(fr), line)
        }
        Inst::PrintItem { dest, value } => {
            let v = get!(slots, *value);
            let d = dest.map(|s| slots[s as usize]).flatten();
            tri!(super::print::print_item(d, v), line)
        }
        Inst::PrintNewline { dest } => {
            let d = dest.map(|s| slots[s as usize]).flatten();
            tri!(super::print::print_newline(d), line)
        }
        Inst::PrintExpr { value } => {
            let v = get!(slots, *value);
            tri!(super::print::display_hook(v), line)
        }
        Inst::Exec {
            code: c,
            globals: g,
            locals: l,
        } => {
            let c = get!(slots, *c);
            let g = g.map(|s| slots[s as usize]).flatten();
            let l = l.map(|s| slots[s as usize]).flatten();
            tri!(super::eval::exec_stmt(fr, c, g, l), line)
        }
        Inst::FetchExc { ty, value, tb } => {
            let p = match exc::peek_pending() {
                Some(_) => exc::take_pending(),
                None => ExcState {
                    ty: r.exc.SystemError,
                    value: r.none,
                    tb: None,
                },
            };
            set!(slots, *ty, p.ty);
            set!(slots, *value, p.value);
            set!(slots, *tb, p.tb.unwrap_or(r.none));
            exc::set_handled(Some(p));
            let fo = frame::obj(fr);
            fo.own_exc = [Some(p.ty), Some(p.value), p.tb];
        }
        Inst::ExcMatch { dst, ty, pattern } => {
            let (t, p) = (get!(slots, *ty), get!(slots, *pattern));
            let m = tri!(super::raise::exception_matches(t, p), line);
            set!(slots, *dst, ops::bool_obj(m))
        }
        Inst::WithEnter { exit, value, mgr } => {
            let m = get!(slots, *mgr);
            let (x, v) = tri!(with_enter(m), line);
            set!(slots, *exit, x);
            set!(slots, *value, v)
        }
        Inst::WithExit {
            dst,
            exit,
            ty,
            value,
            tb,
        } => {
            let (x, t, v, b) = (
                get!(slots, *exit),
                get!(slots, *ty),
                get!(slots, *value),
                get!(slots, *tb),
            );
            let res = tri!(call(x, &[t, v, b], None), line);
            set!(slots, *dst, res)
        }
        Inst::SetInt { dst, value } => {
            let v = tri!(int::new(*value), line);
            set!(slots, *dst, v)
        }
        Inst::Clear { slot } => {
            // A loop's generator dropped (`break`): CPython closes it right here.
            if let Some(old) = slots[*slot as usize].take() {
                if old.class() == r.types.generator {
                    released!();
                }
            }
        }
    }
    Ok(released)
}

/// After call instruction `k` at `line` stored its result: when the call made objects whose
/// death is observable (the GC's watch epoch moved since `epoch`), check now whether the
/// callee's frame held the last reference to some (CPython frees them on return), and again at
/// the next statement, when the result may have replaced something.
#[inline]
pub(crate) fn after_call(fr: Obj, unit: &CodeUnit, k: usize, line: u32, epoch: u64) {
    if crate::gc::watch_epoch() != epoch {
        // The call's result is stored: the frame is past this instruction.
        frame::obj(fr).inst = k as u32 + 1;
        finalize::reclaim(unit as *const _ as usize, line | 1 << 31);
        finalize::note_release();
    }
}

/// Runs a `Raise` or `Reraise` terminator: the exception is pending afterwards. True when it
/// re-raises (the frame gets no new traceback entry): a bare `raise`, one with a traceback
/// (CPython's `do_raise` returning WHY_RERAISE), and every `Reraise`.
pub(crate) fn raise_terminator(slots: &[Option<Obj>], term: &Terminator) -> bool {
    let r = rt();
    let at = |s: &Option<u32>| s.and_then(|s| slots[s as usize]);
    match term {
        Terminator::Raise { ty, value, tb } => {
            let (t, v, b) = (at(ty), at(value), at(tb));
            let _ = super::raise::do_raise(t, v, b);
            t.is_none() || b.is_some_and(|tb| tb != r.none)
        }
        Terminator::Reraise { ty, value, tb } => {
            match (at(&Some(*ty)), at(&Some(*value)), at(&Some(*tb))) {
                (Some(t), Some(v), Some(b)) => {
                    exc::set_pending(ExcState {
                        ty: t,
                        value: v,
                        tb: if b == r.none { None } else { Some(b) },
                    });
                }
                _ => {
                    let _ = exc::system_error("read of an empty temporary");
                }
            }
            true
        }
        _ => {
            let _ = exc::system_error("not a raise");
            false
        }
    }
}

#[inline]
/// The arguments of a `Call`: a method call's self slot is skipped when unbound.
pub(crate) fn call_args(slots: &[Option<Obj>], args: SlotRange, method: bool) -> &[Obj] {
    if method && slots[args.start as usize].is_none() {
        return range(slots, args.start + 1, args.len - 1);
    }
    range(slots, args.start, args.len)
}

fn range(slots: &[Option<Obj>], start: u32, len: u32) -> &[Obj] {
    let s = &slots[start as usize..][..len as usize];
    debug_assert!(s.iter().all(|x| x.is_some()));
    // SAFETY: Option<Obj> has Obj's layout (NonNull niche); the compiler fills argument
    // ranges before use, so every element is Some.
    unsafe { std::slice::from_raw_parts(s.as_ptr() as *const Obj, s.len()) }
}

fn unbound_local(varnames: Obj, local: u32) -> super::object::Raised {
    let n = tuple::items(varnames)
        .get(local as usize)
        .map(|n| pystr::to_string_lossy(*n))
        .unwrap_or_default();
    exc::unbound_local(&format!(
        "local variable '{n}' referenced before assignment"
    ))
}

/// `LoadDeref`: the value in cell `c` of frame `fr` (cellvars, then freevars); an error when it
/// is empty.
pub(crate) fn load_deref(fr: Obj, c: u32) -> PyResult<Obj> {
    match frame::cells(fr)[c as usize].and_then(cell::get) {
        Some(v) => Ok(v),
        None => {
            let code_obj = frame::code_of(fr);
            let ncellvars = code::unit(code_obj).cellvars.len();
            Err(unbound_deref(code::obj(code_obj), c as usize, ncellvars))
        }
    }
}

fn unbound_deref(co: &code::CodeObj, c: usize, ncellvars: usize) -> super::object::Raised {
    if c < ncellvars {
        let n = pystr::to_string_lossy(tuple::items(co.cellvars)[c]);
        exc::unbound_local(&format!(
            "local variable '{n}' referenced before assignment"
        ))
    } else {
        let n = pystr::to_string_lossy(tuple::items(co.freevars)[c - ncellvars]);
        exc::name_error(&format!(
            "free variable '{n}' referenced before assignment in enclosing scope"
        ))
    }
}

fn name_error(fmt: &str, n: Obj) -> super::object::Raised {
    exc::name_error(&fmt.replace("{}", &pystr::to_string_lossy(n)))
}

/// The callable frame `fr` is calling now, when its current instruction is a `Call` (what
/// `gc.collect` checks to know the interpreter called it directly).
pub fn current_callee(fr: Obj) -> Option<Obj> {
    let fo = frame::obj(fr);
    let unit = code::unit(frame::code_of(fr));
    match unit
        .blocks
        .get(fo.block as usize)?
        .insts
        .get(fo.inst as usize)?
    {
        Inst::Call { func, .. } => frame::slots(fr).get(*func as usize).copied().flatten(),
        _ => None,
    }
}

/// `LoadGlobal`: the globals dict, then the builtins. The slot where the name was found is
/// remembered in `cache` and checked first next time: a hit needs the same key object still
/// in that slot (and for a builtin, no key added to the globals since).
#[inline]
pub(crate) fn load_global(
    globals: Obj,
    builtins: Obj,
    n: Obj,
    cache: &code::GlobalCache,
) -> PyResult<Obj> {
    if cache.globals.get() == globals.addr() {
        let gt = dict::table(globals).raw();
        let found = if !cache.in_builtins.get() {
            gt.get_at(cache.index.get() as usize)
        } else if cache.builtins.get() == builtins.addr()
            && gt.ident() == cache.ident.get()
            && gt.inserts() == cache.inserts.get()
        {
            dict::table(builtins)
                .raw()
                .get_at(cache.index.get() as usize)
        } else {
            None
        };
        if let Some((k, v)) = found {
            if *k == n {
                return Ok(*v);
            }
        }
    }
    load_global_slow(globals, builtins, n, cache)
}

#[inline(never)]
fn load_global_slow(
    globals: Obj,
    builtins: Obj,
    n: Obj,
    cache: &code::GlobalCache,
) -> PyResult<Obj> {
    cache.globals.set(0);
    if let Some((i, v)) = dict::lookup_index(globals, n)? {
        cache.globals.set(globals.addr());
        cache.index.set(i as u32);
        cache.in_builtins.set(false);
        return Ok(v);
    }
    if builtins.class() == rt().types.dict {
        let gt = dict::table(globals).raw();
        let proof = (gt.ident(), gt.inserts());
        if let Some((i, v)) = dict::lookup_index(builtins, n)? {
            // A minimum-size globals table has no unique identity: no proof of absence.
            let gt = dict::table(globals).raw();
            if proof.0 != 0 && (gt.ident(), gt.inserts()) == proof {
                cache.globals.set(globals.addr());
                cache.builtins.set(builtins.addr());
                cache.index.set(i as u32);
                cache.in_builtins.set(true);
                cache.ident.set(proof.0);
                cache.inserts.set(proof.1);
            }
            return Ok(v);
        }
    } else if let Some(v) = mapping_get(builtins, n)? {
        return Ok(v);
    }
    Err(name_error("global name '{}' is not defined", n))
}

/// `m[k]` for a dict or any mapping; Ok(None) on KeyError.
fn mapping_get(m: Obj, k: Obj) -> PyResult<Option<Obj>> {
    if m.class() == rt().types.dict {
        return dict::get_item(m, k);
    }
    match ops::getitem(m, k) {
        Ok(v) => Ok(Some(v)),
        Err(e) => {
            if exc::pending_is(rt().exc.KeyError) {
                exc::clear_pending();
                Ok(None)
            } else {
                Err(e)
            }
        }
    }
}

pub(crate) fn load_name(fr: Obj, globals: Obj, builtins: Obj, n: Obj) -> PyResult<Obj> {
    if let Some(l) = frame::obj(fr).locals {
        if let Some(v) = mapping_get(l, n)? {
            return Ok(v);
        }
    }
    if let Some(v) = dict::get_item(globals, n)? {
        return Ok(v);
    }
    if let Some(v) = mapping_get(builtins, n)? {
        return Ok(v);
    }
    Err(name_error("name '{}' is not defined", n))
}

pub(crate) fn store_name(fr: Obj, n: Obj, v: Option<Obj>) -> PyResult<()> {
    let l = match frame::obj(fr).locals {
        Some(l) => l,
        None => frame::globals_of(fr),
    };
    match v {
        Some(v) => {
            if l.class() == rt().types.dict {
                dict::set_item(l, n, v)
            } else {
                ops::setitem(l, n, v)
            }
        }
        None => {
            if l.class() == rt().types.dict {
                if dict::del_item(l, n)?.is_none() {
                    return Err(name_error("name '{}' is not defined", n));
                }
                Ok(())
            } else {
                ops::delitem(l, n).map_err(|e| {
                    if exc::pending_is(rt().exc.KeyError) {
                        exc::clear_pending();
                        name_error("name '{}' is not defined", n)
                    } else {
                        e
                    }
                })
            }
        }
    }
}

#[inline]
pub(crate) fn binary(a: Obj, b: Obj, op: BinOp) -> PyResult<Obj> {
    let r = rt();
    if a.class() == r.types.int && b.class() == r.types.int {
        let (x, y) = (int::value(a), int::value(b));
        match op {
            BinOp::Add => {
                if let Some(v) = x.checked_add(y) {
                    return int::new(v);
                }
            }
            BinOp::Sub => {
                if let Some(v) = x.checked_sub(y) {
                    return int::new(v);
                }
            }
            BinOp::Mul => {
                if let Some(v) = x.checked_mul(y) {
                    return int::new(v);
                }
            }
            BinOp::And => return int::new(x & y),
            BinOp::Or => return int::new(x | y),
            BinOp::Xor => return int::new(x ^ y),
            // Python's floor division and modulo (the result takes the divisor's sign).
            BinOp::FloorDiv | BinOp::Div if y != 0 && !(x == i64::MIN && y == -1) => {
                let q = x / y;
                let floor = x % y != 0 && ((x < 0) != (y < 0));
                return int::new(if floor { q - 1 } else { q });
            }
            BinOp::Mod if y != 0 && !(x == i64::MIN && y == -1) => {
                let m = x % y;
                return int::new(if m != 0 && ((m < 0) != (y < 0)) {
                    m + y
                } else {
                    m
                });
            }
            BinOp::RShift if (0..64).contains(&y) => return int::new(x >> y),
            // Unless bits would be lost (then the result is a long).
            BinOp::LShift if (0..64).contains(&y) && (x << y) >> y == x => return int::new(x << y),
            _ => {}
        }
    }
    if let Some((x, y)) = float_operands(a, b) {
        match op {
            BinOp::Add => return float::new(x + y),
            BinOp::Sub => return float::new(x - y),
            BinOp::Mul => return float::new(x * y),
            // Division by zero takes the generic path, which raises.
            BinOp::Div | BinOp::TrueDiv if y != 0.0 => return float::new(x / y),
            _ => {}
        }
    }
    ops::binary_op(a, b, NbOp::from_ir(op))
}

/// Both operands as doubles when one is a float and the other a float or an int (the mixes
/// whose arithmetic is plain IEEE on the converted values, as CPython's float slots do it).
#[inline]
fn float_operands(a: Obj, b: Obj) -> Option<(f64, f64)> {
    let r = rt();
    let (ca, cb) = (a.class(), b.class());
    if ca == r.types.float {
        if cb == r.types.float {
            return Some((float::value(a), float::value(b)));
        }
        if cb == r.types.int {
            return Some((float::value(a), int::value(b) as f64));
        }
    } else if ca == r.types.int && cb == r.types.float {
        return Some((int::value(a) as f64, float::value(b)));
    }
    None
}

pub(crate) fn inplace(a: Obj, b: Obj, op: BinOp) -> PyResult<Obj> {
    let r = rt();
    // Neither has in-place slots: the binary fast paths apply.
    if (a.class() == r.types.int && b.class() == r.types.int) || float_operands(a, b).is_some() {
        return binary(a, b, op);
    }
    ops::inplace_op(a, b, NbOp::from_ir(op))
}

pub(crate) fn unary(a: Obj, op: UnOp) -> PyResult<Obj> {
    use super::typeobj::UnOpSlot;
    match op {
        UnOp::Not => Ok(ops::bool_obj(!ops::truthy(a)?)),
        UnOp::Neg => ops::unary_slot(a, UnOpSlot::Neg),
        UnOp::Pos => ops::unary_slot(a, UnOpSlot::Pos),
        UnOp::Invert => ops::unary_slot(a, UnOpSlot::Invert),
        UnOp::Repr => ops::repr(a),
    }
}

#[inline]
pub(crate) fn compare(a: Obj, b: Obj, op: CmpOp) -> PyResult<Obj> {
    let r = rt();
    if a.class() == r.types.int && b.class() == r.types.int {
        let (x, y) = (int::value(a), int::value(b));
        let res = match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            CmpOp::Is => a == b,
            CmpOp::IsNot => a != b,
            _ => return ops::compare(a, b, op),
        };
        return Ok(ops::bool_obj(res));
    }
    if a.class() == r.types.float && b.class() == r.types.float {
        let (x, y) = (float::value(a), float::value(b));
        let res = match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
            _ => return ops::compare(a, b, op),
        };
        return Ok(ops::bool_obj(res));
    }
    ops::compare(a, b, op)
}

#[inline]
pub(crate) fn getitem(o: Obj, k: Obj) -> PyResult<Obj> {
    let r = rt();
    if o.class() == r.types.list && k.class() == r.types.int {
        let items = list::items(o);
        let mut i = int::value(k);
        if i < 0 {
            i += items.len() as i64;
        }
        if i >= 0 && (i as usize) < items.len() {
            return Ok(items[i as usize]);
        }
    }
    ops::getitem(o, k)
}

/// Unpacking into `dsts` with CPython's messages.
pub(crate) fn unpack(v: Obj, dsts: &mut [Option<Obj>]) -> PyResult<()> {
    let r = rt();
    let n = dsts.len();
    let fixed: Option<&[Obj]> = if v.class() == r.types.tuple {
        Some(tuple::items(v))
    } else if v.class() == r.types.list {
        Some(list::items(v))
    } else {
        None
    };
    if let Some(items) = fixed {
        if items.len() == n {
            for (d, &x) in dsts.iter_mut().zip(items) {
                *d = Some(x);
            }
            return Ok(());
        }
        if items.len() > n {
            return Err(exc::value_error("too many values to unpack"));
        }
        let k = items.len();
        return Err(exc::value_error(&format!(
            "need more than {k} value{} to unpack",
            if k == 1 { "" } else { "s" }
        )));
    }
    let it = ops::iter(v)?;
    for i in 0..n {
        match ops::next(it)? {
            Some(x) => dsts[i] = Some(x),
            None => {
                return Err(exc::value_error(&format!(
                    "need more than {i} value{} to unpack",
                    if i == 1 { "" } else { "s" }
                )))
            }
        }
    }
    if ops::next(it)?.is_some() {
        return Err(exc::value_error("too many values to unpack"));
    }
    Ok(())
}

fn with_enter(m: Obj) -> PyResult<(Obj, Obj)> {
    let r = rt();
    let lookup = |name: Obj| -> PyResult<Obj> {
        let found = if m.class() == r.types.instance {
            ops::getattr_opt(m, name)?
        } else {
            super::class::lookup_special(m, name)?
        };
        found.ok_or_else(|| exc::attribute_error(&pystr::to_string_lossy(name)))
    };
    let exit = lookup(r.names.__exit__)?;
    let enter = lookup(r.names.__enter__)?;
    let v = call(enter, &[], None)?;
    Ok((exit, v))
}
