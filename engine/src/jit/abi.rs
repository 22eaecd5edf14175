//! The runtime entry points tier-1 code calls, with a C ABI, and the runtime words it reads.
//!
//! In: raw frame and object pointers from compiled code. Out: results as plain integers or
//! pointers. An error is a sentinel result (documented per helper: usually 0 or -1) with the
//! exception pending in the thread state, exactly as the interpreter leaves it.
//!
//! Every helper is listed once in `helpers!`, which gives codegen its LLVM signature by name
//! and its address a place in the table of runtime words ([`Words`]) passed to every compiled
//! function: IR loads a helper under its name (`%pyston_rt_inst = load ...`) and calls through
//! it, as it loads `None` and the other words, so printed IR is the same in every process.
//!
//! Invariants: helpers never unwind (they return errors as values); before calling one that can
//! raise or collect, compiled code has stored the frame's `block`/`inst`, so the GC's liveness
//! of temporaries and `gc.collect`'s caller check see the same frame state as under the
//! interpreter.

// Helpers take raw frame and object pointers: compiled code is their only caller, and always
// passes its own frame and values from its slots (the module header's invariant).
#![allow(clippy::not_unsafe_ptr_arg_deref)]

use crate::compile::ir::{BinOp, CmpOp, SlotRange, UnOp};
use crate::runtime::exc;
use crate::runtime::finalize;
use crate::runtime::interp::{self, exec_inst, raise_terminator, Cx};
use crate::runtime::object::Obj;
use crate::runtime::object::PyResult;
use crate::runtime::ops;
use crate::runtime::rt::rt;
use crate::runtime::types::{code, frame, int, traceback, tuple};

/// The C types helper signatures use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ty {
    Void,
    I32,
    /// A pointer-sized integer (objects as addresses, sentinels).
    Word,
    /// `i8*`: frames and objects.
    Ptr,
    F64,
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

        /// How many helpers there are.
        pub const HELPER_COUNT: usize = HELPERS.len();

        /// The helpers' addresses, in `HELPERS` order (the tail of the [`Words`] table).
        fn helper_addresses() -> [usize; HELPER_COUNT] {
            [$($name as *const () as usize,)*]
        }
    };
}

helpers! {
    pyston_rt_inst(Ptr, I32, I32) -> I32;
    pyston_rt_reclaim(Ptr, I32) -> Void;
    pyston_rt_traceback(Ptr) -> Void;
    pyston_rt_truthy(Ptr) -> I32;
    pyston_rt_backedge(Ptr, Ptr) -> I32;
    pyston_rt_raise(Ptr, I32) -> I32;
    pyston_rt_next(Ptr) -> Word;
    pyston_rt_note_release() -> Void;
    pyston_rt_internal_error(I32) -> Void;
    pyston_rt_box_int(Word) -> Ptr;
    pyston_rt_box_float(F64) -> Ptr;
    pyston_rt_binary(Ptr, Ptr, Ptr, I32) -> Ptr;
    pyston_rt_compare(Ptr, Ptr, Ptr, I32) -> Ptr;
    pyston_rt_load_global(Ptr, I32) -> Ptr;
    pyston_rt_load_name(Ptr, I32) -> Ptr;
    pyston_rt_store_name(Ptr, I32, Ptr) -> I32;
    pyston_rt_getattr(Ptr, Ptr, I32, I32) -> Ptr;
    pyston_rt_setattr(Ptr, Ptr, I32, Ptr, I32) -> I32;
    pyston_rt_getitem(Ptr, Ptr, Ptr, I32) -> Ptr;
    pyston_rt_call(Ptr, Ptr, I32, I32, I32, I32, I32, I32) -> Ptr;
    pyston_rt_call_kw(Ptr, Ptr, I32, I32, I32, I32, I32, I32, I32) -> Ptr;
    pyston_rt_setitem(Ptr, Ptr, Ptr) -> I32;
    pyston_rt_unpack(Ptr, Ptr, I32, I32) -> I32;
    pyston_rt_load_deref(Ptr, I32) -> Ptr;
    pyston_rt_unary(Ptr, I32) -> Ptr;
    pyston_rt_load_method(Ptr, Ptr, I32, I32, I32) -> Ptr;
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
    /// The `int` and `float` types (inline paths compare classes with them).
    pub int_type: usize,
    pub float_type: usize,
    /// The `list` and `tuple` types (inline item access).
    pub list_type: usize,
    pub tuple_type: usize,
    /// The list and xrange iterator types (inline `for` loops).
    pub list_iter_type: usize,
    pub xrange_iter_type: usize,
    /// The check-interval counter (an `i32`), the SIGINT flag and the finalizers-due flag (bytes):
    /// the inline backedge check (`signals::check`'s fast path).
    pub ticks: usize,
    pub interrupted: usize,
    pub finalizers_due: usize,
    /// The shared small ints (`SMALL_INT_MIN..=SMALL_INT_MAX`, in order): inline boxing.
    pub small_ints: usize,
    /// Inline allocation of 16-byte objects (ints and floats, `gc::InlineAlloc`): the size
    /// class's run, the budget, and the metadata words of ints and floats.
    pub alloc16_run: usize,
    pub alloc_remaining: usize,
    pub int_meta: usize,
    pub float_meta: usize,
    /// The helpers, in `HELPERS` order: compiled code calls them through these words (calls
    /// through a register are what LLVM's fast instruction selector handles in the JIT's large
    /// code model; direct calls to far symbols each went through the slow selector).
    pub helpers: [usize; HELPER_COUNT],
}

/// The fields of [`Words`] before the helpers, in order: the names IR loads them under.
pub const WORD_NAMES: &[&str] = &[
    "none",
    "true",
    "false",
    "release_pending",
    "int",
    "float",
    "list",
    "tuple",
    "list_iter",
    "xrange_iter",
    "ticks",
    "interrupted",
    "finalizers_due",
    "small_ints",
    "alloc16_run",
    "alloc_remaining",
    "int_meta",
    "float_meta",
];

thread_local! {
    static WORDS: std::cell::Cell<*const Words> = const { std::cell::Cell::new(std::ptr::null()) };
}

/// The table for this runtime (built on first use; lives as long as the process).
#[inline]
pub fn words() -> *const Words {
    let w = WORDS.with(|w| w.get());
    if w.is_null() {
        return new_words();
    }
    w
}

#[cold]
#[inline(never)]
fn new_words() -> *const Words {
    WORDS.with(|w| {
        if w.get().is_null() {
            let r = rt();
            let (int_alloc, float_alloc) = inline_allocs();
            let alloc16 = int_alloc;
            w.set(Box::into_raw(Box::new(Words {
                none: r.none.addr(),
                true_: r.true_.addr(),
                false_: r.false_.addr(),
                release_pending: finalize::pending_flag_address(),
                int_type: r.types.int.addr(),
                float_type: r.types.float.addr(),
                list_type: r.types.list.addr(),
                tuple_type: r.types.tuple.addr(),
                list_iter_type: r.types.list_iter.addr(),
                xrange_iter_type: r.types.xrange_iter.addr(),
                ticks: crate::runtime::signals::ticks_address(),
                interrupted: crate::runtime::signals::interrupted_address(),
                finalizers_due: crate::gc::finalizers_due_address(),
                small_ints: r.small_ints.as_ptr() as usize,
                alloc16_run: alloc16.run,
                alloc_remaining: alloc16.remaining,
                int_meta: int_alloc.meta,
                float_meta: float_alloc.meta,
                helpers: helper_addresses(),
            })));
        }
        w.get()
    })
}

/// How compiled code allocates ints and floats inline (both 16-byte objects of one size
/// class; `codegen` relies on both). Should the allocator not allow it, the budget word is a
/// zero that is never written, so every inline attempt takes the helper instead.
fn inline_allocs() -> (crate::gc::InlineAlloc, crate::gc::InlineAlloc) {
    use crate::runtime::types::{float, int};
    const _: () = assert!(
        std::mem::size_of::<int::IntObj>() == 16 && std::mem::size_of::<float::FloatObj>() == 16
    );
    // An empty run (cursor = limit = 0) and a zero budget.
    static NO_BUDGET: [usize; 4] = [0; 4];
    let never = |kind: &'static crate::gc::Kind| crate::gc::InlineAlloc {
        run: NO_BUDGET.as_ptr() as usize,
        remaining: NO_BUDGET.as_ptr() as usize,
        meta: kind as *const crate::gc::Kind as usize,
    };
    match (
        crate::gc::inline_alloc(&int::INT_KIND, 16),
        crate::gc::inline_alloc(&float::FLOAT_KIND, 16),
    ) {
        (Some(i), Some(f)) => (i, f),
        _ => (never(&int::INT_KIND), never(&float::FLOAT_KIND)),
    }
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
    frame::obj(fr).block = block;
    interp::at_instruction(fr, cx.unit, k, line, false);
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

/// A backward jump's periodic check in compiled code `running` on frame `fr`: signals, thread
/// switches, pending finalizers, and hot-code bookkeeping (`jit::at_loop_check`). 0 go on,
/// 1 go on in the frame's newer code (switch at the loop header), -1 raised.
pub extern "C" fn pyston_rt_backedge(fr: *mut u8, running: *mut u8) -> i32 {
    // SAFETY: called by compiled code with its frame.
    let fr = unsafe { frame_obj(fr) };
    match crate::runtime::signals::check() {
        Ok(()) => crate::jit::at_loop_check(fr, running as usize) as i32,
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

/// `BinOp`s and `CmpOp`s by their number in codegen's operand encoding.
pub const BIN_OPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::Div,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
];
pub const CMP_OPS: [CmpOp; 10] = [
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Gt,
    CmpOp::Ge,
    CmpOp::In,
    CmpOp::NotIn,
    CmpOp::Is,
    CmpOp::IsNot,
];

/// `UnOp`s by their number in `pyston_rt_unary`'s operand.
pub const UN_OPS: [UnOp; 5] = [UnOp::Not, UnOp::Neg, UnOp::Pos, UnOp::Invert, UnOp::Repr];

/// Codegen's operand word for an operator helper: the operator's number (bits 0-6), in-place
/// (bit 7), the feedback site (bits 8-31).
pub fn op_word(op: usize, inplace: bool, site: u32) -> u32 {
    op as u32 | (inplace as u32) << 7 | site << 8
}

/// A result as compiled code takes it: the object's address, or 0 with the exception pending.
fn ptr(r: PyResult<Obj>) -> *mut u8 {
    match r {
        Ok(o) => o.as_ptr(),
        Err(_) => std::ptr::null_mut(),
    }
}

/// # Safety
/// `p` is a live object's address (compiled code passes slot values).
unsafe fn obj(p: *mut u8) -> Obj {
    // SAFETY: as the caller promises.
    unsafe { Obj::from_ptr(p).unwrap_unchecked() }
}

fn profile_of(fr: Obj) -> &'static code::Profile {
    code::profile(frame::code_of(fr))
}

fn name_of(fr: Obj, name: u32) -> Obj {
    tuple::items(code::obj(frame::code_of(fr)).names)[name as usize]
}

/// An int result of inline arithmetic, boxed (the small-int cache, else a new int); 0 raised.
pub extern "C" fn pyston_rt_box_int(v: i64) -> *mut u8 {
    ptr(int::new(v))
}

/// A float result of inline arithmetic, boxed; 0 raised.
pub extern "C" fn pyston_rt_box_float(v: f64) -> *mut u8 {
    ptr(crate::runtime::types::float::new(v))
}

/// `Binary`/`InPlace` beyond the inline paths (the interpreter's code, operands recorded).
pub extern "C" fn pyston_rt_binary(fr: *mut u8, a: *mut u8, b: *mut u8, op: u32) -> *mut u8 {
    // SAFETY: compiled code passes its frame and two slot values.
    let (fr, a, b) = unsafe { (frame_obj(fr), obj(a), obj(b)) };
    code::note_operands(profile_of(fr), op >> 8, a, b);
    let bop = BIN_OPS[(op & 0x7f) as usize];
    ptr(if op & 0x80 != 0 {
        interp::inplace(a, b, bop)
    } else {
        interp::binary(a, b, bop)
    })
}

/// `Compare` beyond the inline paths (operands recorded).
pub extern "C" fn pyston_rt_compare(fr: *mut u8, a: *mut u8, b: *mut u8, op: u32) -> *mut u8 {
    // SAFETY: compiled code passes its frame and two slot values.
    let (fr, a, b) = unsafe { (frame_obj(fr), obj(a), obj(b)) };
    code::note_operands(profile_of(fr), op >> 8, a, b);
    ptr(interp::compare(a, b, CMP_OPS[(op & 0x7f) as usize]))
}

/// `LoadGlobal` of name number `name`, through the name's slot cache.
pub extern "C" fn pyston_rt_load_global(fr: *mut u8, name: u32) -> *mut u8 {
    // SAFETY: compiled code passes its frame.
    let fr = unsafe { frame_obj(fr) };
    let fo = frame::obj(fr);
    let builtins = fo.builtins.unwrap_or(rt().builtins_dict);
    let cache = &profile_of(fr).globals[name as usize];
    ptr(interp::load_global(
        frame::globals_of(fr),
        builtins,
        name_of(fr, name),
        cache,
    ))
}

/// `LoadName`: `names[name]` from the frame's locals mapping, else its globals, else its
/// builtins (module and class bodies, and functions that use `exec` or `import *`).
pub extern "C" fn pyston_rt_load_name(fr: *mut u8, name: u32) -> *mut u8 {
    // SAFETY: compiled code passes its frame.
    let fr = unsafe { frame_obj(fr) };
    let builtins = frame::obj(fr).builtins.unwrap_or(rt().builtins_dict);
    ptr(interp::load_name(
        fr,
        frame::globals_of(fr),
        builtins,
        name_of(fr, name),
    ))
}

/// `StoreName`: `names[name] = v` in the frame's locals mapping (its globals when it has
/// none), as [`store_status`].
pub extern "C" fn pyston_rt_store_name(fr: *mut u8, name: u32, v: *mut u8) -> i32 {
    // SAFETY: compiled code passes its frame and a slot value.
    let (fr, v) = unsafe { (frame_obj(fr), obj(v)) };
    store_status(v, || interp::store_name(fr, name_of(fr, name), Some(v)))
}

/// `GetAttr`: `o.names[name]`, through the site's inline cache.
pub extern "C" fn pyston_rt_getattr(fr: *mut u8, o: *mut u8, name: u32, site: u32) -> *mut u8 {
    // SAFETY: compiled code passes its frame and a slot value.
    let (fr, o) = unsafe { (frame_obj(fr), obj(o)) };
    ptr(interp::getattr_at(
        profile_of(fr),
        site,
        o,
        name_of(fr, name),
    ))
}

/// `LoadMethod`: the callable (null: raised); slot `self_` gets the self argument or is unbound.
pub extern "C" fn pyston_rt_load_method(
    fr: *mut u8,
    o: *mut u8,
    name: u32,
    site: u32,
    self_: u32,
) -> *mut u8 {
    // SAFETY: compiled code passes its frame and a slot value.
    let (fr, o) = unsafe { (frame_obj(fr), obj(o)) };
    match interp::method_at(profile_of(fr), site, o, name_of(fr, name)) {
        Ok((f, s)) => {
            frame::slots(fr)[self_ as usize] = s;
            f.as_ptr()
        }
        Err(_) => std::ptr::null_mut(),
    }
}

/// A store of `v` for compiled code: 0 done, 1 done storing None (a release event, noted
/// before the store as the interpreter does), -1 raised.
fn store_status(v: Obj, store: impl FnOnce() -> PyResult<()>) -> i32 {
    let released = v == rt().none;
    if released {
        finalize::note_release();
    }
    match store() {
        Ok(()) => released as i32,
        Err(_) => -1,
    }
}

/// `SetAttr`: as [`store_status`].
pub extern "C" fn pyston_rt_setattr(
    fr: *mut u8,
    o: *mut u8,
    name: u32,
    v: *mut u8,
    site: u32,
) -> i32 {
    // SAFETY: compiled code passes its frame and two slot values.
    let (fr, o, v) = unsafe { (frame_obj(fr), obj(o), obj(v)) };
    store_status(v, || {
        interp::setattr_at(profile_of(fr), site, o, name_of(fr, name), v)
    })
}

/// `GetItem`: `o[k]`.
pub extern "C" fn pyston_rt_getitem(fr: *mut u8, o: *mut u8, k: *mut u8, site: u32) -> *mut u8 {
    // SAFETY: compiled code passes its frame and two slot values.
    let (fr, o, k) = unsafe { (frame_obj(fr), obj(o), obj(k)) };
    interp::record_site(profile_of(fr), site, o);
    ptr(interp::getitem(o, k))
}

/// `SetItem` (`o[k] = v`), as [`store_status`].
pub extern "C" fn pyston_rt_setitem(o: *mut u8, k: *mut u8, v: *mut u8) -> i32 {
    // SAFETY: compiled code passes three slot values.
    let (o, k, v) = unsafe { (obj(o), obj(k), obj(v)) };
    store_status(v, || ops::setitem(o, k, v))
}

/// `Unpack`: the `n` items of `v` into the slots from `dsts`; 0 done, -1 raised.
pub extern "C" fn pyston_rt_unpack(fr: *mut u8, v: *mut u8, dsts: u32, n: u32) -> i32 {
    // SAFETY: compiled code passes its frame and a slot value.
    let (fr, v) = unsafe { (frame_obj(fr), obj(v)) };
    let slots = &mut frame::slots(fr)[dsts as usize..][..n as usize];
    match interp::unpack(v, slots) {
        Ok(()) => 0,
        Err(_) => -1,
    }
}

/// `LoadDeref`: the value of cell `cell` of the frame, or 0 raised (unbound).
pub extern "C" fn pyston_rt_load_deref(fr: *mut u8, cell: u32) -> *mut u8 {
    // SAFETY: called by compiled code with its frame.
    let fr = unsafe { frame_obj(fr) };
    ptr(interp::load_deref(fr, cell))
}

/// `Unary`: operator number `op` (`UnOp` as u32) on `x`.
pub extern "C" fn pyston_rt_unary(x: *mut u8, op: u32) -> *mut u8 {
    // SAFETY: compiled code passes a slot value.
    let x = unsafe { obj(x) };
    ptr(UN_OPS
        .get(op as usize)
        .ok_or_else(|| exc::system_error("bad unary operator"))
        .and_then(|&op| interp::unary(x, op)))
}

/// `pyston_rt_call`'s operand for a call's feedback site and whether it is a method call
/// (`LoadMethod`'s self slot leads the arguments): `site << 1 | method`. An error for a site
/// number that does not fit (the function is then not compiled).
pub fn call_site_word(site: u32, method: bool) -> Result<u32, String> {
    if site >= 1 << 31 {
        return Err("call site number too large".into());
    }
    Ok(site << 1 | method as u32)
}

/// A `Call` with positional arguments only (instruction `k` of block `block`): the callable
/// in slot `func`, the arguments in the `n` slots from `args`, the result stored in slot `dst`
/// (and returned), or 0 raised. `site` is [`call_site_word`]'s operand. Python functions are
/// called straight (`call::call_positional`): into their compiled code when they have it.
#[allow(clippy::too_many_arguments)]
pub extern "C" fn pyston_rt_call(
    fr: *mut u8,
    f: *mut u8,
    args: u32,
    n: u32,
    dst: u32,
    site: u32,
    block: u32,
    k: u32,
) -> *mut u8 {
    // SAFETY: compiled code passes its frame and the callable's slot value.
    let (fr, f, all) = unsafe { call_operands(fr, f, args, n, site) };
    let epoch = crate::gc::watch_epoch();
    let res = crate::runtime::call::call_positional(f, all);
    call_result(fr, res, dst, block, k, epoch)
}

/// A call's frame, callable (its class recorded at the call's feedback site) and arguments.
///
/// # Safety
/// `fr` and `f` are compiled code's frame and the callable's slot value.
#[inline(always)]
unsafe fn call_operands(
    fr: *mut u8,
    f: *mut u8,
    args: u32,
    n: u32,
    site: u32,
) -> (Obj, Obj, &'static [Obj]) {
    // SAFETY: as the caller promises.
    let (fr, f) = unsafe { (frame_obj(fr), obj(f)) };
    interp::record_site(profile_of(fr), site >> 1, f);
    let range = SlotRange {
        start: args,
        len: n,
    };
    (
        fr,
        f,
        interp::call_args(frame::slots(fr), range, site & 1 != 0),
    )
}

/// A call's result for compiled code: stored in slot `dst` (before the death check, which
/// must see it reachable) and returned, or null when it raised.
#[inline(always)]
fn call_result(fr: Obj, res: PyResult<Obj>, dst: u32, block: u32, k: u32, epoch: u64) -> *mut u8 {
    match res {
        Ok(v) => {
            frame::slots(fr)[dst as usize] = Some(v);
            if crate::gc::watch_epoch() != epoch {
                call_released(fr, block, k as usize, epoch);
            }
            v.as_ptr()
        }
        Err(_) => std::ptr::null_mut(),
    }
}

/// A `Call` with keywords (no star arguments): as [`pyston_rt_call`], the last `kwnames.len()`
/// argument slots holding the values of the keywords named by the constant tuple `kwnames`.
/// Python functions bind the keywords straight into their frame (`call::call_site`).
#[allow(clippy::too_many_arguments)]
pub extern "C" fn pyston_rt_call_kw(
    fr: *mut u8,
    f: *mut u8,
    args: u32,
    n: u32,
    dst: u32,
    site: u32,
    block: u32,
    k: u32,
    kwnames: u32,
) -> *mut u8 {
    // SAFETY: compiled code passes its frame and the callable's slot value.
    let (fr, f, all) = unsafe { call_operands(fr, f, args, n, site) };
    let co = code::obj(frame::code_of(fr));
    let names = tuple::items(tuple::items(co.consts)[kwnames as usize]);
    let (positional, values) = all.split_at(all.len() - names.len());
    let epoch = crate::gc::watch_epoch();
    let res = crate::runtime::call::call_site(f, positional, names, values, None, None);
    call_result(fr, res, dst, block, k, epoch)
}

/// `interp::after_call` for `pyston_rt_call` when the call made watched objects (out of line:
/// the common call does not read its instruction's line).
#[cold]
#[inline(never)]
fn call_released(fr: Obj, block: u32, k: usize, epoch: u64) {
    let unit = code::unit(frame::code_of(fr));
    let line = unit.blocks[block as usize].lines[k];
    interp::after_call(fr, unit, k, line, epoch);
}
