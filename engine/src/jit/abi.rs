//! The runtime entry points tier-1 code calls, with a C ABI, and the runtime words it reads.
//!
//! In: raw frame and object pointers from compiled code. Out: results as plain integers or
//! pointers. An error is a sentinel result (documented per helper: usually 0 or -1) with the
//! exception pending in the thread state, exactly as the interpreter leaves it.
//!
//! Every helper is listed once in `helpers!`, which gives codegen its LLVM signature by name
//! and the engine its address by name: IR refers to helpers symbolically (`@pyston_rt_inst`),
//! so printed IR is the same in every process. The runtime words compiled code reads (`None`,
//! ...) come from a table ([`Words`]) passed to every compiled function.
//!
//! Invariants: helpers never unwind (they return errors as values); before calling one that can
//! raise or collect, compiled code has stored the frame's `block`/`inst`, so the GC's liveness
//! of temporaries and `gc.collect`'s caller check see the same frame state as under the
//! interpreter.

use crate::runtime::exc;
use crate::runtime::finalize;
use crate::runtime::interp::{exec_inst, raise_terminator, Cx};
use crate::runtime::object::Obj;
use crate::runtime::ops;
use crate::runtime::rt::rt;
use crate::runtime::types::{code, frame, traceback};

/// The C types helper signatures use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Void,
    I32,
    /// A pointer-sized integer (objects as addresses, sentinels).
    Word,
    /// `i8*`: frames and objects.
    Ptr,
}

pub struct HelperSig {
    pub name: &'static str,
    pub params: &'static [Ty],
    pub ret: Ty,
}

macro_rules! helpers {
    ($($name:ident ( $($p:ident),* ) -> $r:ident;)*) => {
        /// Every helper compiled code may call.
        pub const HELPERS: &[HelperSig] = &[
            $(HelperSig { name: stringify!($name), params: &[$(Ty::$p),*], ret: Ty::$r },)*
        ];

        /// A helper's address, by its symbolic name.
        pub fn helper_address(name: &str) -> Option<usize> {
            match name {
                $(stringify!($name) => Some($name as *const () as usize),)*
                _ => None,
            }
        }
    };
}

helpers! {
    pyston_rt_inst(Ptr, I32, I32) -> I32;
    pyston_rt_reclaim(Ptr, I32) -> Void;
    pyston_rt_traceback(Ptr) -> Void;
    pyston_rt_truthy(Ptr) -> I32;
    pyston_rt_backedge() -> I32;
    pyston_rt_raise(Ptr, I32) -> I32;
    pyston_rt_next(Ptr) -> Word;
    pyston_rt_note_release() -> Void;
    pyston_rt_internal_error(I32) -> Void;
}

/// The runtime words compiled code reads: a table passed to every compiled function (its third
/// parameter), so the IR loads them by field (`%none = load ...`) and holds no addresses.
#[repr(C)]
pub struct Words {
    pub none: usize,
    pub true_: usize,
    pub false_: usize,
    /// The address of the release-pending flag (`finalize::pending_flag_address`).
    pub release_pending: usize,
}

/// The fields of [`Words`], in order: the names IR loads them under.
pub const WORD_NAMES: &[&str] = &["none", "true", "false", "release_pending"];

thread_local! {
    static WORDS: std::cell::Cell<*const Words> = const { std::cell::Cell::new(std::ptr::null()) };
}

/// The table for this runtime (built on first use; lives as long as the process).
pub fn words() -> *const Words {
    WORDS.with(|w| {
        if w.get().is_null() {
            let r = rt();
            w.set(Box::into_raw(Box::new(Words {
                none: r.none.addr(),
                true_: r.true_.addr(),
                false_: r.false_.addr(),
                release_pending: finalize::pending_flag_address(),
            })));
        }
        w.get()
    })
}

/// # Safety
/// `fr` is a live frame object.
unsafe fn frame_obj(fr: *mut u8) -> Obj {
    // SAFETY: as the caller promises (compiled code passes its own frame).
    unsafe { Obj::from_ptr(fr).unwrap_unchecked() }
}

/// Instruction `k` of block `block`, run as the interpreter runs it, with the interpreter's
/// bookkeeping before it (the frame's position; on a new line, the line and the death check):
/// 0 done, 1 done and it dropped a reference itself (the death check runs before the next
/// instruction), -1 raised.
pub extern "C" fn pyston_rt_inst(fr: *mut u8, block: u32, k: u32) -> i32 {
    // SAFETY: called by compiled code with its frame.
    let fr = unsafe { frame_obj(fr) };
    let cx = Cx::new(fr);
    let b = &cx.unit.blocks[block as usize];
    let k = k as usize;
    let line = b.lines[k];
    let fo = frame::obj(fr);
    fo.block = block;
    fo.inst = k as u32;
    if fo.lineno != line {
        fo.lineno = line;
        if finalize::release_pending() {
            finalize::reclaim(cx.unit as *const _ as usize, line);
        }
    }
    match exec_inst(&cx, frame::slots(fr), &b.insts[k], k, line) {
        Ok(false) => 0,
        Ok(true) => 1,
        Err(_) => -1,
    }
}

/// A statement boundary after a release event: the interpreter's death check.
pub extern "C" fn pyston_rt_reclaim(fr: *mut u8, line: u32) {
    // SAFETY: called by compiled code with its frame.
    let fr = unsafe { frame_obj(fr) };
    let unit = code::unit(frame::code_of(fr));
    finalize::reclaim(unit as *const _ as usize, line);
}

/// The traceback entry for an exception raised in this frame at its position (`block`,
/// `inst`): the line of that instruction, or of the block's terminator.
pub extern "C" fn pyston_rt_traceback(fr: *mut u8) {
    // SAFETY: called by compiled code with its frame.
    let fr = unsafe { frame_obj(fr) };
    let fo = frame::obj(fr);
    let b = &code::unit(frame::code_of(fr)).blocks[fo.block as usize];
    let line = b
        .lines
        .get(fo.inst as usize)
        .copied()
        .unwrap_or(b.term_line);
    traceback::add_here(fr, line);
}

/// `bool(o)`: 1, 0, or -1 raised.
pub extern "C" fn pyston_rt_truthy(o: *mut u8) -> i32 {
    // SAFETY: compiled code passes a slot's object.
    match ops::truthy(unsafe { frame_obj(o) }) {
        Ok(t) => t as i32,
        Err(_) => -1,
    }
}

/// A backward jump: signals, thread switches, pending finalizers. 0, or -1 raised.
pub extern "C" fn pyston_rt_backedge() -> i32 {
    match crate::runtime::signals::check() {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// The `Raise`/`Reraise` terminator of `block`: the exception is pending afterwards; 1 when it
/// re-raises (no traceback entry for this frame), else 0.
pub extern "C" fn pyston_rt_raise(fr: *mut u8, block: u32) -> i32 {
    // SAFETY: called by compiled code with its frame.
    let fr = unsafe { frame_obj(fr) };
    let unit = code::unit(frame::code_of(fr));
    raise_terminator(frame::slots(fr), &unit.blocks[block as usize].term) as i32
}

/// `next(it)` for `ForIter`: the item, 1 when exhausted, 0 raised.
pub extern "C" fn pyston_rt_next(it: *mut u8) -> usize {
    // SAFETY: compiled code passes a slot's object.
    match ops::next(unsafe { frame_obj(it) }) {
        Ok(Some(v)) => v.addr(),
        Ok(None) => 1,
        Err(_) => 0,
    }
}

/// A `del` or store of None: the death check runs before the next instruction.
pub extern "C" fn pyston_rt_note_release() {
    finalize::note_release();
}

/// An internal inconsistency compiled code detected (the interpreter raises the same
/// SystemErrors): 1 bad `Switch` selector, 2 unreachable code, 3 bad entry point.
pub extern "C" fn pyston_rt_internal_error(what: i32) {
    let _ = exc::system_error(match what {
        1 => "bad switch selector",
        2 => "reached unreachable code",
        _ => "bad entry point into compiled code",
    });
}
