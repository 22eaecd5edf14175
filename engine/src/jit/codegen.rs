//! Tier-1 code generation: one `compile::ir::CodeUnit` to one LLVM function
//! `i64 @NAME(i8* %frame, i32 %entry, i8* %words)` (see `jit::CompiledFn` for the entry and
//! result codes, `abi::Words` for the table of runtime words).
//!
//! In: the unit (the same CFG the interpreter runs). Out: the function, added to a module.
//!
//! Shape of the code:
//! - `entry:` computes what the whole activation needs from the frame (the constants' base,
//!   the addresses of the position and line fields), then
//!   switches on `%entry` to block 0, a loop header (OSR), a generator's resume block, or a
//!   yield block's landing pad (`THROW`: `generator.throw()`).
//! - One LLVM block per CFG block. Slots live in the frame (`frame + FIXED + 8*slot`): every
//!   read is a load and every write a store, so the frame is what the interpreter would see
//!   whenever a helper runs (LLVM keeps values in registers only between calls).
//! - Line tracking as the interpreter does it: instructions run by `pyston_rt_inst` do the
//!   interpreter's bookkeeping inside the helper; before the others that call anything, and
//!   before terminators, `lineno` is stored when the line changes (tested at run time when the
//!   line is not known statically, e.g. at a block's start), and then, or after an instruction
//!   that dropped a reference itself, the release flag is tested and the death check
//!   (`pyston_rt_reclaim`) called when it is set.
//! - Instructions: constants, moves and local loads inline; operators and comparisons with
//!   inline int and float paths (int `+ - * // % / << >> & | ^`, float and mixed int/float
//!   `+ - * /`; anything else through `pyston_rt_binary`/`_compare`; baseline code records
//!   in the site's `SiteRecord::operands` which path ran, and optimised code keeps only the
//!   paths of the kinds recorded), their results boxed
//!   inline (small ints from the shared table, other ints and floats carved from the
//!   allocator's current run, `gc::InlineAlloc`, with the helper when the run is empty), a
//!   comparison feeding the block's branch fused with it; `LoadGlobal`, `LoadName`,
//!   `StoreName`, `GetAttr`, `SetAttr`, `GetItem` and calls through direct helpers; the rest through
//!   `pyston_rt_inst(frame, block, k)`, which runs the instruction exactly as the interpreter.
//! - Terminators are native control flow: branches test the `True`/`False` singletons inline,
//!   `ForIter`, raises and backedge checks call helpers (a backedge check to a loop header
//!   may return `SWITCH` to move the frame into newer code for its unit), `Yield` stores the resume point and
//!   returns the value tagged with bit 0, `Switch` reads the selector int inline.
//! - Errors: a failing site branches to its block's landing pad: the pad adds the traceback
//!   entry at the line of the frame's stored position (`pyston_rt_traceback`), then jumps to the
//!   block's handler or returns 0. Re-raises skip the traceback entry.
//!
//! Invariant: before any helper that can raise or collect, `frame.block`/`frame.inst` are
//! stored (the GC reads them to know which temporaries are live). The IR names helpers and
//! runtime words symbolically and contains no addresses, so it prints the same in every process.

use std::collections::BTreeSet;

use inkwell::basic_block::BasicBlock;
use inkwell::builder::Builder;
use inkwell::context::Context;
use inkwell::module::Module;
use inkwell::types::{BasicMetadataTypeEnum, FunctionType};
use inkwell::values::{BasicValue, FloatValue, FunctionValue, IntValue, PointerValue};
use inkwell::{AddressSpace, IntPredicate};

use super::abi::{self, Ty};
use super::THROW;
use crate::compile::bound::BoundLocals;
use crate::compile::ir::{BlockId, CodeUnit, Inst, Slot, Terminator};
use crate::runtime::types::code::{self, CodeObj, SiteRecord};
use crate::runtime::types::float::FloatObj;
use crate::runtime::types::frame::{FrameObj, FIXED};
use crate::runtime::types::int::IntObj;
use crate::runtime::types::tuple;

type R<T> = Result<T, String>;

/// `b!(builder call)`: a builder error becomes the compile error.
macro_rules! b {
    ($e:expr) => {
        $e.map_err(|e| e.to_string())?
    };
}

/// The LLVM symbol for a unit: `py_` + its name (identifier characters only) + first line.
pub fn symbol_name(unit: &CodeUnit) -> String {
    let clean: String = unit
        .name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    format!("py_{}_{}", clean.trim_matches('_'), unit.first_line)
}

/// Adds the compiled function for `unit` to `module` under `name`. `feedback`: for optimised
/// code, the operand kinds each site has seen (`SiteRecord::operands`, by site number): an
/// operator or comparison keeps only the inline paths of kinds seen (all when it has seen
/// none). Without it (baseline code) every inline path is kept and records its kind.
pub fn generate<'c>(
    context: &'c Context,
    module: &Module<'c>,
    unit: &CodeUnit,
    name: &str,
    feedback: Option<&[u8]>,
) -> R<FunctionValue<'c>> {
    let i64t = context.i64_type();
    let i8p = context.i8_type().ptr_type(AddressSpace::default());
    let fn_type = i64t.fn_type(&[i8p.into(), context.i32_type().into(), i8p.into()], false);
    let func = module.add_function(name, fn_type, None);
    // Jump tables would be addressed absolutely (the JIT's code is not in the low 2 GiB).
    let no_jump_tables = context.create_string_attribute("no-jump-tables", "true");
    func.add_attribute(inkwell::attributes::AttributeLoc::Function, no_jump_tables);
    let builder = context.create_builder();
    let mut g = Gen {
        cx: context,
        module,
        b: builder,
        unit,
        func,
        blocks: Vec::new(),
        pads: vec![None; unit.blocks.len()],
        known_line: None,
        frame_words: i8p.ptr_type(AddressSpace::default()).const_null(),
        consts: i8p.ptr_type(AddressSpace::default()).const_null(),
        lineno: context
            .i32_type()
            .ptr_type(AddressSpace::default())
            .const_null(),
        pos_block: context
            .i32_type()
            .ptr_type(AddressSpace::default())
            .const_null(),
        pos_inst: context
            .i32_type()
            .ptr_type(AddressSpace::default())
            .const_null(),
        bound: BoundLocals::analyze(unit),
        bound_now: Vec::new(),
        feedback,
        sites: None,
    };
    g.emit()?;
    Ok(func)
}

/// A block's landing pad: `tb` adds the traceback entry (at the line of the frame's position),
/// then `go` leaves for the handler or returns 0.
#[derive(Clone, Copy)]
struct Pad<'c> {
    tb: BasicBlock<'c>,
    go: BasicBlock<'c>,
}

struct Gen<'c, 'm, 'u> {
    cx: &'c Context,
    module: &'m Module<'c>,
    b: Builder<'c>,
    unit: &'u CodeUnit,
    func: FunctionValue<'c>,
    blocks: Vec<BasicBlock<'c>>,
    pads: Vec<Option<Pad<'c>>>,
    /// The frame as an array of words.
    frame_words: PointerValue<'c>,
    /// `co_consts`' items.
    consts: PointerValue<'c>,
    /// The frame's `lineno`, `block` and `inst` fields.
    lineno: PointerValue<'c>,
    pos_block: PointerValue<'c>,
    pos_inst: PointerValue<'c>,
    /// The line the frame is known to hold at the insertion point (None: not known statically).
    known_line: Option<u32>,
    /// Locals bound on every path to each block, and (`bound_now`) before the instruction
    /// being emitted: their loads need no unbound check.
    bound: BoundLocals,
    bound_now: Vec<u64>,
    /// Optimised code: the operand kinds seen per site (see `generate`).
    feedback: Option<&'u [u8]>,
    /// Baseline code with operator sites: the code object's site records, where inline paths
    /// record their operand kind.
    sites: Option<PointerValue<'c>>,
}

impl<'c> Gen<'c, '_, '_> {
    /// Which inline paths an operator or comparison at `site` gets: (two ints, floats).
    fn inline_paths(&self, site: u32) -> (bool, bool) {
        let seen = self
            .feedback
            .map_or(0, |f| f.get(site as usize).copied().unwrap_or(0));
        if seen == 0 {
            return (true, true);
        }
        (
            seen & code::OPERANDS_INTS != 0,
            seen & code::OPERANDS_FLOATS != 0,
        )
    }

    /// Baseline code: `site`'s record gets operand kind `kind` (`SiteRecord::operands`).
    fn note_operands(&self, site: u32, kind: u8) -> R<()> {
        let Some(sites) = self.sites else {
            return Ok(());
        };
        let at = site as usize * std::mem::size_of::<SiteRecord>()
            + std::mem::offset_of!(SiteRecord, operands);
        // SAFETY: the operand byte of site record `site` (< n_sites) of the code object.
        let p = unsafe {
            b!(self
                .b
                .build_in_bounds_gep(sites, &[self.i64(at as u64)], ""))
        };
        let old = b!(self.b.build_load(p, "seen")).into_int_value();
        let kind = self.cx.i8_type().const_int(kind as u64, false);
        b!(self.b.build_store(p, b!(self.b.build_or(old, kind, ""))));
        Ok(())
    }

    fn i32(&self, v: u64) -> IntValue<'c> {
        self.cx.i32_type().const_int(v, false)
    }

    fn i64(&self, v: u64) -> IntValue<'c> {
        self.cx.i64_type().const_int(v, false)
    }

    fn obj_type(&self) -> inkwell::types::PointerType<'c> {
        self.cx.i8_type().ptr_type(AddressSpace::default())
    }

    fn words_type(&self) -> inkwell::types::PointerType<'c> {
        self.obj_type().ptr_type(AddressSpace::default())
    }

    /// A helper's address, loaded from the words table as a function pointer named after it
    /// (`call i32 %pyston_rt_inst(...)` in printed IR).
    fn helper(&self, name: &str) -> R<PointerValue<'c>> {
        let (index, sig) = abi::HELPERS
            .iter()
            .enumerate()
            .find(|(_, h)| h.name == name)
            .ok_or_else(|| format!("no helper {name}"))?;
        let params: Vec<BasicMetadataTypeEnum> = sig
            .params
            .iter()
            .map(|t| match t {
                Ty::I32 => self.cx.i32_type().into(),
                Ty::Word => self.cx.i64_type().into(),
                Ty::Ptr => self.obj_type().into(),
                Ty::F64 => self.cx.f64_type().into(),
                Ty::Void => unreachable!("void parameter"),
            })
            .collect();
        let ft: FunctionType = match sig.ret {
            Ty::Void => self.cx.void_type().fn_type(&params, false),
            Ty::I32 => self.cx.i32_type().fn_type(&params, false),
            Ty::Word => self.cx.i64_type().fn_type(&params, false),
            Ty::Ptr => self.obj_type().fn_type(&params, false),
            Ty::F64 => self.cx.f64_type().fn_type(&params, false),
        };
        let p = self.load_word(abi::WORD_NAMES.len() + index, "")?;
        let f = b!(self
            .b
            .build_pointer_cast(p, ft.ptr_type(AddressSpace::default()), name));
        Ok(f)
    }

    /// Calls helper `name`; its result (None for void helpers).
    fn call(
        &self,
        name: &str,
        args: &[inkwell::values::BasicMetadataValueEnum<'c>],
    ) -> R<Option<inkwell::values::BasicValueEnum<'c>>> {
        let f = self.helper(name)?;
        let f = inkwell::values::CallableValue::try_from(f)
            .map_err(|()| format!("helper {name} is not a function pointer"))?;
        let site = b!(self.b.build_call(f, args, ""));
        Ok(site.try_as_basic_value().basic())
    }

    fn call_int(
        &self,
        name: &str,
        args: &[inkwell::values::BasicMetadataValueEnum<'c>],
    ) -> R<IntValue<'c>> {
        match self.call(name, args)? {
            Some(v) => Ok(v.into_int_value()),
            None => Err(format!("helper {name} returns nothing")),
        }
    }

    /// Runtime word `name` (one of `abi::WORD_NAMES`), loaded from the table parameter.
    fn word(&self, name: &str) -> R<PointerValue<'c>> {
        let i = abi::WORD_NAMES
            .iter()
            .position(|n| *n == name)
            .ok_or_else(|| format!("no runtime word {name}"))?;
        self.load_word(i, name)
    }

    /// Word `i` of the table parameter, loaded under `name`.
    fn load_word(&self, i: usize, name: &str) -> R<PointerValue<'c>> {
        let table = self.func.get_nth_param(2).ok_or("no words parameter")?;
        let table =
            b!(self
                .b
                .build_pointer_cast(table.into_pointer_value(), self.words_type(), ""));
        // SAFETY: a field of the words table.
        let p = unsafe { b!(self.b.build_in_bounds_gep(table, &[self.i64(i as u64)], "")) };
        Ok(b!(self.b.build_load(p, name)).into_pointer_value())
    }

    /// The address of frame word `index` (frame fields are word-aligned).
    fn frame_word(&self, index: usize) -> R<PointerValue<'c>> {
        // SAFETY: in bounds of the frame object (codegen only indexes its fields and slots).
        Ok(unsafe {
            b!(self
                .b
                .build_in_bounds_gep(self.frame_words, &[self.i64(index as u64)], ""))
        })
    }

    fn slot_ptr(&self, s: Slot) -> R<PointerValue<'c>> {
        self.frame_word(FIXED / 8 + s as usize)
    }

    fn load_slot(&self, s: Slot) -> R<PointerValue<'c>> {
        let p = self.slot_ptr(s)?;
        Ok(b!(self.b.build_load(p, "")).into_pointer_value())
    }

    fn store_slot(&self, s: Slot, v: PointerValue<'c>) -> R<()> {
        let p = self.slot_ptr(s)?;
        b!(self.b.build_store(p, v));
        Ok(())
    }

    /// A 32-bit frame field at byte `offset`.
    fn frame_u32(&self, offset: usize) -> R<PointerValue<'c>> {
        let p = b!(self.b.build_pointer_cast(
            self.frame_words,
            self.cx.i32_type().ptr_type(AddressSpace::default()),
            ""
        ));
        // SAFETY: a field of the frame object.
        Ok(unsafe {
            b!(self
                .b
                .build_in_bounds_gep(p, &[self.i64((offset / 4) as u64)], ""))
        })
    }

    /// Stores where the frame is (block, instruction): before anything that can raise or
    /// collect.
    fn set_pos(&self, block: usize, inst: usize) -> R<()> {
        b!(self.b.build_store(self.pos_block, self.i32(block as u64)));
        b!(self.b.build_store(self.pos_inst, self.i32(inst as u64)));
        Ok(())
    }

    /// The LLVM block of CFG block `t`.
    fn bb(&self, t: BlockId) -> BasicBlock<'c> {
        self.blocks[t as usize]
    }

    fn new_block(&self, name: &str) -> BasicBlock<'c> {
        self.cx.append_basic_block(self.func, name)
    }

    /// The landing pad of CFG block `block` (created on first use).
    fn pad(&mut self, block: usize) -> R<Pad<'c>> {
        if let Some(p) = self.pads[block] {
            return Ok(p);
        }
        let here = self.b.get_insert_block();
        let tb = self.new_block(&format!("pad{block}"));
        let go = self.new_block(&format!("unwind{block}"));
        self.b.position_at_end(tb);
        self.call("pyston_rt_traceback", &[self.frame_param()?])?;
        b!(self.b.build_unconditional_branch(go));
        self.b.position_at_end(go);
        match self.unit.blocks[block].handler {
            Some(h) => {
                b!(self.b.build_unconditional_branch(self.blocks[h as usize]));
            }
            None => {
                b!(self.b.build_return(Some(&self.i64(0))));
            }
        }
        if let Some(h) = here {
            self.b.position_at_end(h);
        }
        let p = Pad { tb, go };
        self.pads[block] = Some(p);
        Ok(p)
    }

    /// Branches to `block`'s landing pad (the frame's position says where it raised).
    fn raise_at(&mut self, block: usize) -> R<()> {
        let p = self.pad(block)?;
        b!(self.b.build_unconditional_branch(p.tb));
        Ok(())
    }

    /// `if cond { raise } else { continue here }`.
    fn raise_if(&mut self, cond: IntValue<'c>, block: usize) -> R<()> {
        let p = self.pad(block)?;
        let ok = self.new_block("");
        b!(self.b.build_conditional_branch(cond, p.tb, ok));
        self.b.position_at_end(ok);
        Ok(())
    }

    fn frame_param(&self) -> R<inkwell::values::BasicMetadataValueEnum<'c>> {
        Ok(self
            .func
            .get_nth_param(0)
            .ok_or("no frame parameter")?
            .into())
    }

    fn emit(&mut self) -> R<()> {
        let entry = self.new_block("entry");
        for i in 0..self.unit.blocks.len() {
            let bb = self.new_block(&format!("b{i}"));
            self.blocks.push(bb);
        }
        let bad_entry = self.new_block("bad_entry");

        // entry: the frame's words and the constants' base, then the entry switch.
        self.b.position_at_end(entry);
        let fr = self
            .func
            .get_nth_param(0)
            .ok_or("no frame")?
            .into_pointer_value();
        self.frame_words = b!(self.b.build_pointer_cast(fr, self.words_type(), "words"));
        let code_word = self.frame_word(std::mem::offset_of!(FrameObj, code) / 8)?;
        let code = b!(self.b.build_load(code_word, "code")).into_pointer_value();
        let code_words = b!(self.b.build_pointer_cast(code, self.words_type(), ""));
        // SAFETY: a field of the code object.
        let consts_word = unsafe {
            b!(self.b.build_in_bounds_gep(
                code_words,
                &[self.i64((std::mem::offset_of!(CodeObj, consts) / 8) as u64)],
                ""
            ))
        };
        let consts = b!(self.b.build_load(consts_word, "consts")).into_pointer_value();
        let operator_sites = self.unit.blocks.iter().any(|blk| {
            blk.insts.iter().any(|i| {
                matches!(
                    i,
                    Inst::Binary { .. } | Inst::InPlace { .. } | Inst::Compare { .. }
                )
            })
        });
        if self.feedback.is_none() && operator_sites {
            // SAFETY: a field of the code object.
            let sites_word = unsafe {
                b!(self.b.build_in_bounds_gep(
                    code_words,
                    &[self.i64((std::mem::offset_of!(CodeObj, sites) / 8) as u64)],
                    ""
                ))
            };
            self.sites = Some(b!(self.b.build_load(sites_word, "sites")).into_pointer_value());
        }
        let consts_words = b!(self.b.build_pointer_cast(consts, self.words_type(), ""));
        // SAFETY: the items of the constants tuple.
        self.consts = unsafe {
            b!(self.b.build_in_bounds_gep(
                consts_words,
                &[self.i64((tuple::ITEMS_OFFSET / 8) as u64)],
                "const_items"
            ))
        };
        self.lineno = self.frame_u32(std::mem::offset_of!(FrameObj, lineno))?;
        self.pos_block = self.frame_u32(std::mem::offset_of!(FrameObj, block))?;
        self.pos_inst = self.frame_u32(std::mem::offset_of!(FrameObj, inst))?;
        let entry_arg = self
            .func
            .get_nth_param(1)
            .ok_or("no entry")?
            .into_int_value();
        let mut targets: BTreeSet<u32> = BTreeSet::new();
        targets.insert(0);
        targets.extend(self.unit.loop_headers.iter().copied());
        let mut throws = Vec::new();
        for (i, blk) in self.unit.blocks.iter().enumerate() {
            if let Terminator::Yield { resume, .. } = blk.term {
                targets.insert(resume);
                throws.push(i);
            }
        }
        let mut cases: Vec<(IntValue<'c>, BasicBlock<'c>)> = targets
            .iter()
            .map(|&t| (self.i32(t as u64), self.blocks[t as usize]))
            .collect();
        for &y in &throws {
            let tramp = self.new_block(&format!("throw{y}"));
            cases.push((self.i32((THROW | y as u32) as u64), tramp));
        }
        b!(self.b.build_switch(entry_arg, bad_entry, &cases));
        // The throw trampolines, in the order they were appended.
        let tramps: Vec<BasicBlock<'c>> = cases[targets.len()..].iter().map(|c| c.1).collect();
        for (&y, tramp) in throws.iter().zip(tramps) {
            self.b.position_at_end(tramp);
            self.raise_at(y)?;
        }
        self.b.position_at_end(bad_entry);
        self.call("pyston_rt_internal_error", &[self.i32(3).into()])?;
        b!(self.b.build_return(Some(&self.i64(0))));

        for bi in 0..self.unit.blocks.len() {
            self.emit_block(bi)?;
        }
        Ok(())
    }

    /// The line bookkeeping before an instruction (or terminator) at `line`: `dynamic` when the
    /// previous line is not known statically (a block's start).
    fn line_check(&mut self, block: usize, k: usize, line: u32, dynamic: bool) -> R<()> {
        let lp = self.lineno;
        let cont = self.new_block("");
        if dynamic {
            let cur = b!(self.b.build_load(lp, "lineno")).into_int_value();
            let changed =
                b!(self
                    .b
                    .build_int_compare(IntPredicate::NE, cur, self.i32(line as u64), ""));
            let set = self.new_block("newline");
            b!(self.b.build_conditional_branch(changed, set, cont));
            self.b.position_at_end(set);
        }
        b!(self.b.build_store(lp, self.i32(line as u64)));
        let flag = self.word("release_pending")?;
        let pending = b!(self.b.build_load(flag, "pending")).into_int_value();
        let is_set = b!(self.b.build_int_compare(
            IntPredicate::NE,
            pending,
            self.cx.i8_type().const_zero(),
            ""
        ));
        let reclaim = self.new_block("reclaim");
        b!(self.b.build_conditional_branch(is_set, reclaim, cont));
        self.b.position_at_end(reclaim);
        self.set_pos(block, k)?;
        self.call(
            "pyston_rt_reclaim",
            &[self.frame_param()?, self.i32(line as u64).into()],
        )?;
        b!(self.b.build_unconditional_branch(cont));
        self.b.position_at_end(cont);
        Ok(())
    }

    /// The line bookkeeping before instruction `k` (or the terminator) at `line`, unless the
    /// frame is known to be at that line already.
    fn at_line(&mut self, block: usize, k: usize, line: u32) -> R<()> {
        match self.known_line {
            Some(l) if l == line => {}
            known => self.line_check(block, k, line, known.is_none())?,
        }
        self.known_line = Some(line);
        Ok(())
    }

    /// Before instruction `k` of block `bi` calls a helper that can raise or collect: the line
    /// bookkeeping, then the frame's position.
    fn before_call(&mut self, bi: usize, k: usize) -> R<()> {
        self.at_line(bi, k, self.unit.blocks[bi].lines[k])?;
        self.set_pos(bi, k)
    }

    fn emit_block(&mut self, bi: usize) -> R<()> {
        let block = &self.unit.blocks[bi];
        self.b.position_at_end(self.blocks[bi]);
        // Instructions run by `pyston_rt_inst` do the interpreter's line bookkeeping
        // themselves; inline ones that cannot raise or run code leave it to the next helper;
        // the others check the line inline first (`at_line`).
        self.known_line = None;
        self.bound_now = self.bound.block_entry(bi).to_vec();
        let n = block.insts.len();
        for (k, inst) in block.insts.iter().enumerate() {
            let line = block.lines[k];
            if k + 1 == n && line == block.term_line {
                if let (Inst::Compare { dst, .. }, Terminator::Branch { cond, .. }) =
                    (inst, &block.term)
                {
                    if dst == cond {
                        return self.emit_compare(bi, k, inst, Some(&block.term));
                    }
                }
            }
            let (released, generic) = self.emit_inst(bi, k, inst)?;
            self.bound.step(inst, &mut self.bound_now);
            if generic {
                self.known_line = Some(line);
            }
            if let Some(released) = released {
                // The interpreter's check before the next instruction, when this one dropped
                // a reference itself.
                let next_line = block.lines.get(k + 1).copied().unwrap_or(block.term_line);
                let check = self.new_block("released");
                let cont = self.new_block("");
                b!(self.b.build_conditional_branch(released, check, cont));
                self.b.position_at_end(check);
                self.line_check(bi, k + 1, next_line, false)?;
                b!(self.b.build_unconditional_branch(cont));
                self.b.position_at_end(cont);
                if self.known_line != Some(next_line) {
                    self.known_line = None;
                }
            }
        }
        self.at_line(bi, n, block.term_line)?;
        self.emit_term(bi, &block.term)
    }

    /// One instruction. Returns (Some(flag) when it may drop a reference itself: the flag is
    /// true at run time when it did, and the release check then runs before the next
    /// instruction; whether it ran through `pyston_rt_inst`, which leaves the frame's line
    /// current).
    fn emit_inst(&mut self, bi: usize, k: usize, inst: &Inst) -> R<(Option<IntValue<'c>>, bool)> {
        match *inst {
            Inst::Const { dst, c } => {
                // SAFETY: `c` indexes the constants tuple (checked by compile::verify).
                let p = unsafe {
                    b!(self
                        .b
                        .build_in_bounds_gep(self.consts, &[self.i64(c as u64)], ""))
                };
                let v = b!(self.b.build_load(p, "")).into_pointer_value();
                self.store_slot(dst, v)?;
                Ok((None, false))
            }
            Inst::Move { dst, src } => {
                let v = self.load_slot(src)?;
                self.store_slot(dst, v)?;
                if dst >= self.unit.n_locals {
                    return Ok((None, false));
                }
                let none = self.word("none")?;
                let is_none = b!(self.b.build_int_compare(IntPredicate::EQ, v, none, ""));
                let note = self.new_block("released");
                let cont = self.new_block("");
                b!(self.b.build_conditional_branch(is_none, note, cont));
                self.b.position_at_end(note);
                self.call("pyston_rt_note_release", &[])?;
                b!(self.b.build_unconditional_branch(cont));
                self.b.position_at_end(cont);
                Ok((Some(is_none), false))
            }
            Inst::LoadFast { dst, local } if BoundLocals::has(&self.bound_now, local) => {
                let v = self.load_slot(local)?;
                self.store_slot(dst, v)?;
                Ok((None, false))
            }
            Inst::LoadFast { dst, local } => {
                let v = self.load_slot(local)?;
                let unbound = b!(self.b.build_is_null(v, ""));
                let fail = self.new_block("unbound");
                let ok = self.new_block("");
                b!(self.b.build_conditional_branch(unbound, fail, ok));
                // Unbound: the generic path raises UnboundLocalError.
                self.b.position_at_end(fail);
                self.generic(bi, k)?;
                b!(self.b.build_unconditional_branch(ok));
                self.b.position_at_end(ok);
                let v = self.load_slot(local)?;
                self.store_slot(dst, v)?;
                Ok((None, false))
            }
            Inst::Binary {
                dst,
                op,
                a,
                b,
                site,
                ..
            }
            | Inst::InPlace {
                dst,
                op,
                a,
                b,
                site,
                ..
            } => {
                let inplace = matches!(inst, Inst::InPlace { .. });
                self.before_call(bi, k)?;
                let (x, y) = (self.load_slot(a)?, self.load_slot(b)?);
                let opi = abi::BIN_OPS
                    .iter()
                    .position(|o| *o == op)
                    .ok_or("operator")?;
                let word = abi::op_word(opi, inplace, site);
                let v = self.binary(bi, x, y, op, site, word)?;
                self.store_slot(dst, v)?;
                Ok((None, false))
            }
            Inst::Compare { .. } => {
                self.emit_compare(bi, k, inst, None)?;
                Ok((None, false))
            }
            Inst::LoadGlobal { dst, name } | Inst::LoadName { dst, name } => {
                let args = [self.frame_param()?, self.i32(name as u64).into()];
                let helper = match *inst {
                    Inst::LoadName { .. } => "pyston_rt_load_name",
                    _ => "pyston_rt_load_global",
                };
                self.result_call(bi, k, dst, helper, &args)
            }
            Inst::StoreName { name, src } => {
                self.before_call(bi, k)?;
                let v = self.load_slot(src)?;
                let r = self.call_int(
                    "pyston_rt_store_name",
                    &[self.frame_param()?, self.i32(name as u64).into(), v.into()],
                )?;
                Ok((Some(self.store_status(r, bi)?), false))
            }
            Inst::GetAttr {
                dst,
                obj,
                name,
                site,
            }
            | Inst::LoadMethod {
                dst,
                obj,
                name,
                site,
                ..
            } => {
                let mut args = vec![
                    self.frame_param()?,
                    self.load_slot(obj)?.into(),
                    self.i32(name as u64).into(),
                    self.i32(site as u64).into(),
                ];
                let helper = match *inst {
                    Inst::LoadMethod { self_, .. } => {
                        args.push(self.i32(self_ as u64).into());
                        "pyston_rt_load_method"
                    }
                    _ => "pyston_rt_getattr",
                };
                self.result_call(bi, k, dst, helper, &args)
            }
            Inst::SetAttr {
                obj,
                name,
                src,
                site,
            } => {
                self.before_call(bi, k)?;
                let (o, v) = (self.load_slot(obj)?, self.load_slot(src)?);
                let r = self.call_int(
                    "pyston_rt_setattr",
                    &[
                        self.frame_param()?,
                        o.into(),
                        self.i32(name as u64).into(),
                        v.into(),
                        self.i32(site as u64).into(),
                    ],
                )?;
                Ok((Some(self.store_status(r, bi)?), false))
            }
            Inst::GetItem {
                dst,
                obj,
                key,
                site,
            } => {
                self.before_call(bi, k)?;
                let (o, key) = (self.load_slot(obj)?, self.load_slot(key)?);
                let slow = self.new_block("getitem_slow");
                let join = self.new_block("");
                let item = self.seq_item(o, key, true, slow)?;
                let fast_v = b!(self.b.build_load(item, "item")).into_pointer_value();
                let fast = self.b.get_insert_block().ok_or("no block")?;
                b!(self.b.build_unconditional_branch(join));
                self.b.position_at_end(slow);
                let slow_v = self.call_ptr(
                    "pyston_rt_getitem",
                    &[
                        self.frame_param()?,
                        o.into(),
                        key.into(),
                        self.i32(site as u64).into(),
                    ],
                )?;
                b!(self.b.build_unconditional_branch(join));
                self.b.position_at_end(join);
                let phi = b!(self.b.build_phi(self.obj_type(), ""));
                phi.add_incoming(&[(&fast_v, fast), (&slow_v, slow)]);
                let v = phi.as_basic_value().into_pointer_value();
                self.raise_if_null(v, bi)?;
                self.store_slot(dst, v)?;
                Ok((None, false))
            }
            Inst::SetItem { obj, key, src } => {
                // Inline: a list item replaced by anything but None (a store of None is a
                // release event: the helper notes it).
                self.before_call(bi, k)?;
                let (o, key, v) = (
                    self.load_slot(obj)?,
                    self.load_slot(key)?,
                    self.load_slot(src)?,
                );
                let slow = self.new_block("setitem_slow");
                let join = self.new_block("");
                let none = self.word("none")?;
                let is_none = b!(self.b.build_int_compare(IntPredicate::EQ, v, none, ""));
                let inline = self.new_block("");
                b!(self.b.build_conditional_branch(is_none, slow, inline));
                self.b.position_at_end(inline);
                let item = self.seq_item(o, key, false, slow)?;
                b!(self.b.build_store(item, v));
                let fast = self.b.get_insert_block().ok_or("no block")?;
                b!(self.b.build_unconditional_branch(join));
                self.b.position_at_end(slow);
                let slow_r =
                    self.call_int("pyston_rt_setitem", &[o.into(), key.into(), v.into()])?;
                b!(self.b.build_unconditional_branch(join));
                self.b.position_at_end(join);
                let phi = b!(self.b.build_phi(self.cx.i32_type(), ""));
                phi.add_incoming(&[(&self.i32(0), fast), (&slow_r, slow)]);
                let r = phi.as_basic_value().into_int_value();
                Ok((Some(self.store_status(r, bi)?), false))
            }
            Inst::Unpack { src, dsts } => {
                self.before_call(bi, k)?;
                let v = self.load_slot(src)?;
                let r = self.call_int(
                    "pyston_rt_unpack",
                    &[
                        self.frame_param()?,
                        v.into(),
                        self.i32(dsts.start as u64).into(),
                        self.i32(dsts.len as u64).into(),
                    ],
                )?;
                self.raise_if_negative(r, bi)?;
                Ok((None, false))
            }
            Inst::LoadDeref { dst, cell } => {
                let args = [self.frame_param()?, self.i32(cell as u64).into()];
                self.result_call(bi, k, dst, "pyston_rt_load_deref", &args)
            }
            Inst::Unary { dst, op, a } => {
                let op = abi::UN_OPS
                    .iter()
                    .position(|&o| o == op)
                    .ok_or("unknown unary operator")?;
                let args = [self.load_slot(a)?.into(), self.i32(op as u64).into()];
                self.result_call(bi, k, dst, "pyston_rt_unary", &args)
            }
            Inst::Call {
                dst,
                func,
                args,
                kwnames,
                star: None,
                dstar: None,
                site,
                method,
            } => {
                self.before_call(bi, k)?;
                let f = self.load_slot(func)?;
                let mut operands = vec![
                    self.frame_param()?,
                    f.into(),
                    self.i32(args.start as u64).into(),
                    self.i32(args.len as u64).into(),
                    self.i32(dst as u64).into(),
                    self.i32(abi::call_site_word(site, method)? as u64).into(),
                    self.i32(bi as u64).into(),
                    self.i32(k as u64).into(),
                ];
                let helper = match kwnames {
                    None => "pyston_rt_call",
                    Some(c) => {
                        operands.push(self.i32(c as u64).into());
                        "pyston_rt_call_kw"
                    }
                };
                // The helper stores the result (the death check after the call must see it).
                let v = self.call_ptr(helper, &operands)?;
                self.raise_if_null(v, bi)?;
                Ok((None, false))
            }
            _ => {
                let r = self.generic(bi, k)?;
                let released = if may_release(inst) {
                    Some(b!(self.b.build_int_compare(
                        IntPredicate::EQ,
                        r,
                        self.i32(1),
                        ""
                    )))
                } else {
                    None
                };
                Ok((released, true))
            }
        }
    }

    fn call_ptr(
        &self,
        name: &str,
        args: &[inkwell::values::BasicMetadataValueEnum<'c>],
    ) -> R<PointerValue<'c>> {
        match self.call(name, args)? {
            Some(v) => Ok(v.into_pointer_value()),
            None => Err(format!("helper {name} returns nothing")),
        }
    }

    /// Raises when helper result `r` (an i32) is negative.
    fn raise_if_negative(&mut self, r: IntValue<'c>, bi: usize) -> R<()> {
        let failed = b!(self
            .b
            .build_int_compare(IntPredicate::SLT, r, self.i32(0), ""));
        self.raise_if(failed, bi)
    }

    /// Instruction `k` of block `bi` as a call of helper `name`, whose result (0: raised) goes
    /// to slot `dst`.
    fn result_call(
        &mut self,
        bi: usize,
        k: usize,
        dst: Slot,
        name: &str,
        args: &[inkwell::values::BasicMetadataValueEnum<'c>],
    ) -> R<(Option<IntValue<'c>>, bool)> {
        self.before_call(bi, k)?;
        let v = self.call_ptr(name, args)?;
        self.raise_if_null(v, bi)?;
        self.store_slot(dst, v)?;
        Ok((None, false))
    }

    /// A store helper's status `r` (`abi::store_status`): raises on -1; the release event
    /// (status 1) as a flag for the death check.
    fn store_status(&mut self, r: IntValue<'c>, bi: usize) -> R<IntValue<'c>> {
        self.raise_if_negative(r, bi)?;
        Ok(b!(self.b.build_int_compare(
            IntPredicate::EQ,
            r,
            self.i32(1),
            ""
        )))
    }

    fn raise_if_null(&mut self, v: PointerValue<'c>, bi: usize) -> R<()> {
        let null = b!(self.b.build_is_null(v, ""));
        self.raise_if(null, bi)
    }

    /// Word `i` of object `o`.
    fn object_word(&self, o: PointerValue<'c>, i: u64, name: &str) -> R<PointerValue<'c>> {
        let words = b!(self.b.build_pointer_cast(o, self.words_type(), ""));
        // SAFETY: a field of the object.
        let p = unsafe { b!(self.b.build_in_bounds_gep(words, &[self.i64(i)], "")) };
        Ok(b!(self.b.build_load(p, name)).into_pointer_value())
    }

    /// The value of an int object.
    fn int_value(&self, o: PointerValue<'c>) -> R<IntValue<'c>> {
        let words = b!(self.b.build_pointer_cast(
            o,
            self.cx.i64_type().ptr_type(AddressSpace::default()),
            ""
        ));
        let i = (std::mem::offset_of!(IntObj, value) / 8) as u64;
        // SAFETY: the value field of an int.
        let p = unsafe { b!(self.b.build_in_bounds_gep(words, &[self.i64(i)], "")) };
        Ok(b!(self.b.build_load(p, "ival")).into_int_value())
    }

    /// Whether `x` and `y` are both exactly ints.
    fn both_ints(&self, x: PointerValue<'c>, y: PointerValue<'c>) -> R<IntValue<'c>> {
        self.both_of_class(x, y, "int")
    }

    /// The value of a float object.
    fn float_value(&self, o: PointerValue<'c>) -> R<inkwell::values::FloatValue<'c>> {
        let words = b!(self.b.build_pointer_cast(
            o,
            self.cx.f64_type().ptr_type(AddressSpace::default()),
            ""
        ));
        let i = (std::mem::offset_of!(FloatObj, value) / 8) as u64;
        // SAFETY: the value field of a float.
        let p = unsafe { b!(self.b.build_in_bounds_gep(words, &[self.i64(i)], "")) };
        Ok(b!(self.b.build_load(p, "fval")).into_float_value())
    }

    /// Whether `x` and `y` are both exactly of the class in runtime word `class`.
    fn both_of_class(
        &self,
        x: PointerValue<'c>,
        y: PointerValue<'c>,
        class: &str,
    ) -> R<IntValue<'c>> {
        let int_t = self.word(class)?;
        let cx = self.object_word(x, 0, "class")?;
        let cy = self.object_word(y, 0, "class")?;
        let ix = b!(self.b.build_int_compare(IntPredicate::EQ, cx, int_t, ""));
        let iy = b!(self.b.build_int_compare(IntPredicate::EQ, cy, int_t, ""));
        Ok(b!(self.b.build_and(ix, iy, "ints")))
    }

    /// The address of item `key` of `o` when `o` is exactly a list (or, with `tuples`, a
    /// tuple) and `key` exactly an int in range (negative ones count from the end): the
    /// builder is left on that path; every other case branches to `slow`.
    fn seq_item(
        &mut self,
        o: PointerValue<'c>,
        key: PointerValue<'c>,
        tuples: bool,
        slow: BasicBlock<'c>,
    ) -> R<PointerValue<'c>> {
        let int_t = self.word("int")?;
        let key_class = self.object_word(key, 0, "class")?;
        let is_int = b!(self
            .b
            .build_int_compare(IntPredicate::EQ, key_class, int_t, ""));
        let int_key = self.new_block("int_key");
        b!(self.b.build_conditional_branch(is_int, int_key, slow));
        self.b.position_at_end(int_key);
        let i = self.int_value(key)?;
        let class = self.object_word(o, 0, "class")?;
        let list_t = self.word("list")?;
        let is_list = b!(self
            .b
            .build_int_compare(IntPredicate::EQ, class, list_t, ""));
        let list_bb = self.new_block("list");
        let index = self.new_block("index");
        let not_list = if tuples { self.new_block("") } else { slow };
        b!(self.b.build_conditional_branch(is_list, list_bb, not_list));
        // A list: length and item pointer in its ObjVec (words 1 and 2).
        self.b.position_at_end(list_bb);
        let i64t = self.cx.i64_type();
        let list_len = b!(self
            .b
            .build_ptr_to_int(self.object_word(o, 1, "len")?, i64t, ""));
        let list_items = self.object_word(o, 2, "items")?;
        b!(self.b.build_unconditional_branch(index));
        let mut incoming = vec![(list_len, list_items, list_bb)];
        if tuples {
            // A tuple: its length (word 1), then its items.
            self.b.position_at_end(not_list);
            let tuple_t = self.word("tuple")?;
            let is_tuple = b!(self
                .b
                .build_int_compare(IntPredicate::EQ, class, tuple_t, ""));
            let tuple_bb = self.new_block("tuple");
            b!(self.b.build_conditional_branch(is_tuple, tuple_bb, slow));
            self.b.position_at_end(tuple_bb);
            let len = b!(self
                .b
                .build_ptr_to_int(self.object_word(o, 1, "len")?, i64t, ""));
            let words = b!(self.b.build_pointer_cast(o, self.words_type(), ""));
            let first = (super::super::runtime::types::tuple::ITEMS_OFFSET / 8) as u64;
            // SAFETY: the items of a tuple follow its fixed part.
            let items = unsafe { b!(self.b.build_in_bounds_gep(words, &[self.i64(first)], "")) };
            let items = b!(self.b.build_pointer_cast(items, self.obj_type(), ""));
            b!(self.b.build_unconditional_branch(index));
            incoming.push((len, items, tuple_bb));
        }
        self.b.position_at_end(index);
        let len_phi = b!(self.b.build_phi(i64t, "len"));
        let items_phi = b!(self.b.build_phi(self.obj_type(), "items"));
        for (len, items, bb) in &incoming {
            len_phi.add_incoming(&[(len, *bb)]);
            items_phi.add_incoming(&[(items, *bb)]);
        }
        let len = len_phi.as_basic_value().into_int_value();
        let negative = b!(self
            .b
            .build_int_compare(IntPredicate::SLT, i, self.i64(0), ""));
        let from_end = b!(self.b.build_int_add(i, len, ""));
        let i = b!(self.b.build_select(negative, from_end, i, "i")).into_int_value();
        let in_range = b!(self.b.build_int_compare(IntPredicate::ULT, i, len, ""));
        let fast = self.new_block("in_range");
        b!(self.b.build_conditional_branch(in_range, fast, slow));
        self.b.position_at_end(fast);
        let items = b!(self.b.build_pointer_cast(
            items_phi.as_basic_value().into_pointer_value(),
            self.words_type(),
            ""
        ));
        // SAFETY: `i` is below the length.
        Ok(unsafe { b!(self.b.build_in_bounds_gep(items, &[i], "")) })
    }

    /// The inline `next()` of list iterators and xrange iterators with items left: branches to
    /// `got` with the item (the returned incoming values of its phi); every other case (other
    /// iterators, exhaustion, which the helper records) branches to `slow`.
    fn inline_next(
        &mut self,
        it: PointerValue<'c>,
        slow: BasicBlock<'c>,
        got: BasicBlock<'c>,
    ) -> R<Vec<(PointerValue<'c>, BasicBlock<'c>)>> {
        use crate::runtime::types::{iter::IterObj, xrange::XrangeObj};
        let i64t = self.cx.i64_type();
        let word = |o: PointerValue<'c>, i: usize, name: &str| -> R<IntValue<'c>> {
            let w = self.object_word(o, (i / 8) as u64, name)?;
            Ok(b!(self.b.build_ptr_to_int(w, i64t, "")))
        };
        // Word addresses of the iterator's position, to store the next one.
        let index_ptr = {
            let words =
                b!(self
                    .b
                    .build_pointer_cast(it, i64t.ptr_type(AddressSpace::default()), ""));
            let i = (std::mem::offset_of!(IterObj, index) / 8) as u64;
            // SAFETY: the index field of an iterator.
            unsafe {
                b!(self
                    .b
                    .build_in_bounds_gep(words, &[self.i64(i)], "index_ptr"))
            }
        };
        let class = self.object_word(it, 0, "class")?;
        let list_iter = self.word("list_iter")?;
        let is_list_iter = b!(self
            .b
            .build_int_compare(IntPredicate::EQ, class, list_iter, ""));
        let list_bb = self.new_block("list_iter");
        let not_list = self.new_block("");
        b!(self
            .b
            .build_conditional_branch(is_list_iter, list_bb, not_list));

        // The iterated object (None once exhausted), and the position.
        let seq_at = std::mem::offset_of!(IterObj, seq);
        let mut out = Vec::new();
        for (bb, is_list) in [(list_bb, true), (not_list, false)] {
            self.b.position_at_end(bb);
            if !is_list {
                let xrange_iter = self.word("xrange_iter")?;
                let is_x = b!(self
                    .b
                    .build_int_compare(IntPredicate::EQ, class, xrange_iter, ""));
                let x_bb = self.new_block("xrange_iter");
                b!(self.b.build_conditional_branch(is_x, x_bb, slow));
                self.b.position_at_end(x_bb);
            }
            let seq = self.object_word(it, (seq_at / 8) as u64, "seq")?;
            let live = self.new_block("");
            b!(self
                .b
                .build_conditional_branch(b!(self.b.build_is_null(seq, "")), slow, live));
            self.b.position_at_end(live);
            let index = b!(self.b.build_load(index_ptr, "index")).into_int_value();
            let len = if is_list {
                word(seq, 8, "len")?
            } else {
                word(seq, std::mem::offset_of!(XrangeObj, len), "len")?
            };
            let left = b!(self.b.build_int_compare(IntPredicate::SLT, index, len, ""));
            let item_bb = self.new_block("");
            b!(self.b.build_conditional_branch(left, item_bb, slow));
            self.b.position_at_end(item_bb);
            let next = b!(self.b.build_int_add(index, self.i64(1), ""));
            b!(self.b.build_store(index_ptr, next));
            let v = if is_list {
                let items = b!(self.b.build_pointer_cast(
                    self.object_word(seq, 2, "items")?,
                    self.words_type(),
                    ""
                ));
                // SAFETY: `index` is below the list's length.
                let p = unsafe { b!(self.b.build_in_bounds_gep(items, &[index], "")) };
                b!(self.b.build_load(p, "item")).into_pointer_value()
            } else {
                let start = word(seq, std::mem::offset_of!(XrangeObj, start), "start")?;
                let step = word(seq, std::mem::offset_of!(XrangeObj, step), "step")?;
                // start + step * index cannot overflow: xrange checks its last item fits.
                let off = b!(self.b.build_int_mul(step, index, ""));
                let v = b!(self.b.build_int_add(start, off, ""));
                let boxed = self.box_int(v)?;
                let ok = self.new_block("");
                let fail = self.new_block("");
                b!(self
                    .b
                    .build_conditional_branch(b!(self.b.build_is_null(boxed, "")), fail, ok));
                // Out of memory boxing: the helper path raises it again, from the same item.
                self.b.position_at_end(fail);
                b!(self.b.build_store(index_ptr, index));
                b!(self.b.build_unconditional_branch(slow));
                self.b.position_at_end(ok);
                boxed
            };
            let here = self.b.get_insert_block().ok_or("no block")?;
            b!(self.b.build_unconditional_branch(got));
            out.push((v, here));
        }
        Ok(out)
    }

    /// The int object of value `v` (null: out of memory, raised): a shared small int, or a new
    /// int allocated inline ([`Self::alloc16`]).
    fn box_int(&self, v: IntValue<'c>) -> R<PointerValue<'c>> {
        use crate::runtime::rt::{SMALL_INT_MAX, SMALL_INT_MIN};
        let small_bb = self.new_block("small_int");
        let new_bb = self.new_block("new_int");
        let join = self.new_block("boxed");
        let index = b!(self.b.build_int_sub(v, self.i64(SMALL_INT_MIN as u64), ""));
        let count = (SMALL_INT_MAX - SMALL_INT_MIN + 1) as u64;
        let small = b!(self
            .b
            .build_int_compare(IntPredicate::ULT, index, self.i64(count), ""));
        b!(self.b.build_conditional_branch(small, small_bb, new_bb));
        self.b.position_at_end(small_bb);
        let table = b!(self
            .b
            .build_pointer_cast(self.word("small_ints")?, self.words_type(), ""));
        // SAFETY: `index` is below the table's length.
        let p = unsafe { b!(self.b.build_in_bounds_gep(table, &[index], "")) };
        let shared = b!(self.b.build_load(p, "small")).into_pointer_value();
        b!(self.b.build_unconditional_branch(join));
        self.b.position_at_end(new_bb);
        let made = self.alloc16("int", "int_meta", v, "pyston_rt_box_int", v.into())?;
        let made_bb = self.b.get_insert_block().ok_or("no block")?;
        b!(self.b.build_unconditional_branch(join));
        self.b.position_at_end(join);
        let phi = b!(self.b.build_phi(self.obj_type(), "int"));
        phi.add_incoming(&[(&shared, small_bb), (&made, made_bb)]);
        Ok(phi.as_basic_value().into_pointer_value())
    }

    /// A new float object of value `v` (null: out of memory, raised), allocated inline.
    fn box_float(&self, v: FloatValue<'c>) -> R<PointerValue<'c>> {
        let bits = b!(self.b.build_bit_cast(v, self.cx.i64_type(), "")).into_int_value();
        self.alloc16("float", "float_meta", bits, "pyston_rt_box_float", v.into())
    }

    /// A new 16-byte object of the class in runtime word `class` whose second word is `value`,
    /// carved from the allocator's current run inline (`gc::InlineAlloc`: the run and the budget
    /// must both have room; `meta` names the word that marks the slot allocated); otherwise
    /// made by helper `helper` with argument `arg`, which refills the run or collects. The
    /// builder is left at the end of the join; the result is null only if the helper raised.
    fn alloc16(
        &self,
        class: &str,
        meta: &str,
        value: IntValue<'c>,
        helper: &str,
        arg: inkwell::values::BasicMetadataValueEnum<'c>,
    ) -> R<PointerValue<'c>> {
        use crate::gc::{RUN_CURSOR, RUN_LIMIT, RUN_META};
        let i64t = self.cx.i64_type();
        let i64p = i64t.ptr_type(AddressSpace::default());
        let size = self.i64(16);
        let fast = self.new_block("alloc_inline");
        let slow = self.new_block("alloc_helper");
        let join = self.new_block("allocated");
        let run = b!(self
            .b
            .build_pointer_cast(self.word("alloc16_run")?, i64p, "run"));
        let field = |this: &Self, i: u64| -> R<PointerValue<'c>> {
            // SAFETY: a field of the run (`gc::InlineAlloc`).
            Ok(unsafe { b!(this.b.build_in_bounds_gep(run, &[this.i64(i)], "")) })
        };
        let (cursor_p, limit_p, meta_p) = (
            field(self, RUN_CURSOR)?,
            field(self, RUN_LIMIT)?,
            field(self, RUN_META)?,
        );
        let cursor = b!(self.b.build_load(cursor_p, "cursor")).into_int_value();
        let limit = b!(self.b.build_load(limit_p, "limit")).into_int_value();
        let room = b!(self.b.build_int_sub(limit, cursor, ""));
        let room_ok = b!(self.b.build_int_compare(IntPredicate::UGE, room, size, ""));
        let budget_p = b!(self
            .b
            .build_pointer_cast(self.word("alloc_remaining")?, i64p, "budget"));
        let budget = b!(self.b.build_load(budget_p, "")).into_int_value();
        let budget_ok = b!(self
            .b
            .build_int_compare(IntPredicate::UGE, budget, size, ""));
        let ok = b!(self.b.build_and(room_ok, budget_ok, ""));
        b!(self.b.build_conditional_branch(ok, fast, slow));

        self.b.position_at_end(fast);
        b!(self
            .b
            .build_store(budget_p, b!(self.b.build_int_sub(budget, size, ""))));
        b!(self
            .b
            .build_store(cursor_p, b!(self.b.build_int_add(cursor, size, ""))));
        let meta_at = b!(self.b.build_load(meta_p, "meta")).into_int_value();
        let meta_ptr = b!(self.b.build_int_to_ptr(meta_at, i64p, ""));
        let meta_word = b!(self.b.build_ptr_to_int(self.word(meta)?, i64t, ""));
        b!(self.b.build_store(meta_ptr, meta_word));
        b!(self
            .b
            .build_store(meta_p, b!(self.b.build_int_add(meta_at, self.i64(8), ""))));
        let o = b!(self.b.build_int_to_ptr(cursor, i64p, "object"));
        let class_word = b!(self.b.build_ptr_to_int(self.word(class)?, i64t, ""));
        b!(self.b.build_store(o, class_word));
        // SAFETY: the object's second word (16-byte slot).
        let second = unsafe { b!(self.b.build_in_bounds_gep(o, &[self.i64(1)], "")) };
        b!(self.b.build_store(second, value));
        let o = b!(self.b.build_pointer_cast(o, self.obj_type(), ""));
        b!(self.b.build_unconditional_branch(join));

        self.b.position_at_end(slow);
        let made = self.call_ptr(helper, &[arg])?;
        let slow_end = self.b.get_insert_block().ok_or("no block")?;
        b!(self.b.build_unconditional_branch(join));

        self.b.position_at_end(join);
        let phi = b!(self.b.build_phi(self.obj_type(), class));
        phi.add_incoming(&[(&o, fast), (&made, slow_end)]);
        Ok(phi.as_basic_value().into_pointer_value())
    }

    /// `x op y` with the inline int and float paths (anything they do not cover, as int
    /// overflow, which makes a long, or division by zero, which raises, goes to the helper);
    /// the result object (the landing pad is taken on an error).
    fn binary(
        &mut self,
        bi: usize,
        x: PointerValue<'c>,
        y: PointerValue<'c>,
        op: crate::compile::ir::BinOp,
        site: u32,
        word: u32,
    ) -> R<PointerValue<'c>> {
        use crate::compile::ir::BinOp;
        let slow = self.new_block("binary_slow");
        let join = self.new_block("");
        let (ints_seen, floats_seen) = self.inline_paths(site);
        let int_inline = ints_seen && !matches!(op, BinOp::TrueDiv | BinOp::Pow);
        let float_inline = floats_seen
            && matches!(
                op,
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::TrueDiv
            );
        let mut incoming: Vec<(PointerValue<'c>, BasicBlock<'c>)> = Vec::new();
        // Where values that are not both ints go: the float check, or the helper.
        let not_ints = if float_inline {
            self.new_block("float_check")
        } else {
            slow
        };
        if int_inline {
            let fast = self.new_block("int_op");
            let ints = self.both_ints(x, y)?;
            b!(self.b.build_conditional_branch(ints, fast, not_ints));
            self.b.position_at_end(fast);
            self.note_operands(site, code::OPERANDS_INTS)?;
            let (a, b) = (self.int_value(x)?, self.int_value(y)?);
            let r = self.int_arith(op, a, b, slow)?;
            let v = self.box_int(r)?;
            let here = self.b.get_insert_block().ok_or("no block")?;
            incoming.push((v, here));
            b!(self.b.build_unconditional_branch(join));
        } else {
            b!(self.b.build_unconditional_branch(not_ints));
        }
        if float_inline {
            // A float and a float or an int (CPython converts the int with a C cast, as
            // `sitofp` does): IEEE arithmetic on the doubles (division by zero raises in the
            // helper).
            self.b.position_at_end(not_ints);
            let fast = self.new_block("float_op");
            let (ok, xf, yf) = self.float_operands(x, y)?;
            b!(self.b.build_conditional_branch(ok, fast, slow));
            self.b.position_at_end(fast);
            self.note_operands(site, code::OPERANDS_FLOATS)?;
            let (a, b) = (self.as_double(x, xf)?, self.as_double(y, yf)?);
            let r = match op {
                BinOp::Add => b!(self.b.build_float_add(a, b, "")),
                BinOp::Sub => b!(self.b.build_float_sub(a, b, "")),
                BinOp::Mul => b!(self.b.build_float_mul(a, b, "")),
                _ => {
                    let zero = b!(self.b.build_float_compare(
                        inkwell::FloatPredicate::OEQ,
                        b,
                        self.cx.f64_type().const_zero(),
                        ""
                    ));
                    let divide = self.new_block("");
                    b!(self.b.build_conditional_branch(zero, slow, divide));
                    self.b.position_at_end(divide);
                    b!(self.b.build_float_div(a, b, ""))
                }
            };
            let v = self.box_float(r)?;
            let here = self.b.get_insert_block().ok_or("no block")?;
            incoming.push((v, here));
            b!(self.b.build_unconditional_branch(join));
        }
        self.b.position_at_end(slow);
        let v = self.call_ptr(
            "pyston_rt_binary",
            &[
                self.frame_param()?,
                x.into(),
                y.into(),
                self.i32(word as u64).into(),
            ],
        )?;
        incoming.push((v, slow));
        b!(self.b.build_unconditional_branch(join));
        self.b.position_at_end(join);
        let phi = b!(self.b.build_phi(self.obj_type(), ""));
        for (v, bb) in &incoming {
            phi.add_incoming(&[(v, *bb)]);
        }
        let v = phi.as_basic_value().into_pointer_value();
        self.raise_if_null(v, bi)?;
        Ok(v)
    }

    /// `a op b` on two int values as CPython's int type computes it when the result is an int
    /// (`Div` is classic division: floor division for ints); the builder is left where the
    /// result is known, and every case whose result is not an int (overflow into a long, a
    /// zero divisor, a negative shift count) branches to `slow` instead.
    fn int_arith(
        &mut self,
        op: crate::compile::ir::BinOp,
        a: IntValue<'c>,
        b: IntValue<'c>,
        slow: BasicBlock<'c>,
    ) -> R<IntValue<'c>> {
        use crate::compile::ir::BinOp;
        let i64t = self.cx.i64_type();
        let zero = i64t.const_zero();
        // Continues at a new block when `ok`, else at `slow`.
        let guard = |this: &mut Self, ok: IntValue<'c>| -> R<()> {
            let next = this.new_block("");
            b!(this.b.build_conditional_branch(ok, next, slow));
            this.b.position_at_end(next);
            Ok(())
        };
        Ok(match op {
            BinOp::And => b!(self.b.build_and(a, b, "")),
            BinOp::Or => b!(self.b.build_or(a, b, "")),
            BinOp::Xor => b!(self.b.build_xor(a, b, "")),
            BinOp::Add | BinOp::Sub | BinOp::Mul => {
                let name = match op {
                    BinOp::Add => "llvm.sadd.with.overflow",
                    BinOp::Sub => "llvm.ssub.with.overflow",
                    _ => "llvm.smul.with.overflow",
                };
                let intrinsic = inkwell::intrinsics::Intrinsic::find(name).ok_or(name)?;
                let f = intrinsic
                    .get_declaration(self.module, &[i64t.into()])
                    .ok_or(name)?;
                let pair = b!(self.b.build_call(f, &[a.into(), b.into()], ""))
                    .try_as_basic_value()
                    .basic()
                    .ok_or(name)?
                    .into_struct_value();
                let r = b!(self.b.build_extract_value(pair, 0, "")).into_int_value();
                let o = b!(self.b.build_extract_value(pair, 1, "overflow")).into_int_value();
                guard(self, b!(self.b.build_not(o, "")))?;
                r
            }
            BinOp::Div | BinOp::FloorDiv | BinOp::Mod => {
                // A zero divisor raises, and MIN / -1 overflows (and would trap in `sdiv`):
                // divisors 0 and -1 (b + 1 <= 1, unsigned) take the helper.
                let b1 = b!(self.b.build_int_add(b, self.i64(1), ""));
                guard(
                    self,
                    b!(self
                        .b
                        .build_int_compare(IntPredicate::UGT, b1, self.i64(1), "divisor_ok")),
                )?;
                // C truncates; Python floors: a nonzero remainder whose sign differs from the
                // divisor's moves the quotient down one and the remainder up by the divisor.
                let q = b!(self.b.build_int_signed_div(a, b, ""));
                let r = b!(self.b.build_int_signed_rem(a, b, ""));
                let r_nonzero = b!(self.b.build_int_compare(IntPredicate::NE, r, zero, ""));
                let signs = b!(self.b.build_xor(r, b, ""));
                let differ = b!(self.b.build_int_compare(IntPredicate::SLT, signs, zero, ""));
                let adjust = b!(self.b.build_and(r_nonzero, differ, "floor"));
                if op == BinOp::Mod {
                    let add = b!(self.b.build_select(adjust, b, zero, "")).into_int_value();
                    b!(self.b.build_int_add(r, add, ""))
                } else {
                    let one = b!(self.b.build_int_z_extend(adjust, i64t, ""));
                    b!(self.b.build_int_sub(q, one, ""))
                }
            }
            BinOp::LShift | BinOp::RShift => {
                // Counts in 0..64 (unsigned compare: negative ones raise, in the helper);
                // a left shift that loses bits makes a long.
                let count_ok = b!(self.b.build_int_compare(
                    IntPredicate::ULT,
                    b,
                    i64t.const_int(64, false),
                    ""
                ));
                guard(self, count_ok)?;
                if op == BinOp::RShift {
                    b!(self.b.build_right_shift(a, b, true, ""))
                } else {
                    let r = b!(self.b.build_left_shift(a, b, ""));
                    let back = b!(self.b.build_right_shift(r, b, true, ""));
                    guard(
                        self,
                        b!(self.b.build_int_compare(IntPredicate::EQ, back, a, "")),
                    )?;
                    r
                }
            }
            BinOp::TrueDiv | BinOp::Pow => return Err("no inline int path".into()),
        })
    }

    /// Whether the inline float path applies to `x` and `y`: each is exactly a float or an
    /// int, and at least one is a float (two ints keep their own rules, e.g. for true division
    /// of big values); and whether each is a float.
    fn float_operands(
        &self,
        x: PointerValue<'c>,
        y: PointerValue<'c>,
    ) -> R<(IntValue<'c>, IntValue<'c>, IntValue<'c>)> {
        let (int_t, float_t) = (self.word("int")?, self.word("float")?);
        let class_is = |o: PointerValue<'c>| -> R<(IntValue<'c>, IntValue<'c>)> {
            let c = self.object_word(o, 0, "class")?;
            let f = b!(self.b.build_int_compare(IntPredicate::EQ, c, float_t, ""));
            let i = b!(self.b.build_int_compare(IntPredicate::EQ, c, int_t, ""));
            Ok((f, i))
        };
        let ((xf, xi), (yf, yi)) = (class_is(x)?, class_is(y)?);
        let x_ok = b!(self.b.build_or(xf, xi, ""));
        let y_ok = b!(self.b.build_or(yf, yi, ""));
        let a_float = b!(self.b.build_or(xf, yf, ""));
        let ok = b!(self.b.build_and(x_ok, y_ok, ""));
        Ok((b!(self.b.build_and(ok, a_float, "floats")), xf, yf))
    }

    /// The double value of `o`, exactly a float (`is_float`) or else an int, which CPython
    /// converts with a C cast (as `sitofp` does).
    fn as_double(&self, o: PointerValue<'c>, is_float: IntValue<'c>) -> R<FloatValue<'c>> {
        // An int's and a float's value are the same word, so both reads are in bounds of
        // either object; the class picks the meaningful one.
        const _: () =
            assert!(std::mem::offset_of!(IntObj, value) == std::mem::offset_of!(FloatObj, value));
        let as_int =
            b!(self
                .b
                .build_signed_int_to_float(self.int_value(o)?, self.cx.f64_type(), ""));
        Ok(b!(self
            .b
            .build_select(is_float, self.float_value(o)?, as_int, ""))
        .into_float_value())
    }

    /// A `Compare` instruction, with the inline int comparisons; with `branch` (the block's
    /// `Branch` on its result, same line), the branch too, straight on the comparison.
    fn emit_compare(
        &mut self,
        bi: usize,
        k: usize,
        inst: &Inst,
        branch: Option<&Terminator>,
    ) -> R<()> {
        use crate::compile::ir::CmpOp;
        let Inst::Compare {
            dst,
            op,
            a,
            b,
            site,
        } = *inst
        else {
            return Err("not a compare".into());
        };
        self.before_call(bi, k)?;
        let (x, y) = (self.load_slot(a)?, self.load_slot(b)?);
        let pred = match op {
            CmpOp::Lt => Some(IntPredicate::SLT),
            CmpOp::Le => Some(IntPredicate::SLE),
            CmpOp::Eq => Some(IntPredicate::EQ),
            CmpOp::Ne => Some(IntPredicate::NE),
            CmpOp::Gt => Some(IntPredicate::SGT),
            CmpOp::Ge => Some(IntPredicate::SGE),
            _ => None,
        };
        let slow = self.new_block("compare_slow");
        let (ints_inline, floats_inline) = self.inline_paths(site);
        if let Some(pred) = pred.filter(|_| ints_inline || floats_inline) {
            let decided = self.new_block("");
            let mut incoming: Vec<(IntValue<'c>, BasicBlock<'c>)> = Vec::new();
            // Where a pair that is not two ints goes: the float check, or the helper.
            let not_ints = if floats_inline {
                self.new_block("float_check")
            } else {
                slow
            };
            if ints_inline {
                let int_bb = self.new_block("int_cmp");
                let ints = self.both_ints(x, y)?;
                b!(self.b.build_conditional_branch(ints, int_bb, not_ints));
                self.b.position_at_end(int_bb);
                self.note_operands(site, code::OPERANDS_INTS)?;
                let (p, q) = (self.int_value(x)?, self.int_value(y)?);
                let ci = b!(self.b.build_int_compare(pred, p, q, "icmp"));
                incoming.push((ci, self.b.get_insert_block().ok_or("no block")?));
                b!(self.b.build_unconditional_branch(decided));
            } else {
                b!(self.b.build_unconditional_branch(not_ints));
            }
            if floats_inline {
                // Two floats: IEEE comparisons (false with a NaN, except `!=`).
                let float_bb = self.new_block("float_cmp");
                self.b.position_at_end(not_ints);
                let floats = self.both_of_class(x, y, "float")?;
                b!(self.b.build_conditional_branch(floats, float_bb, slow));
                self.b.position_at_end(float_bb);
                self.note_operands(site, code::OPERANDS_FLOATS)?;
                let fpred = match pred {
                    IntPredicate::SLT => inkwell::FloatPredicate::OLT,
                    IntPredicate::SLE => inkwell::FloatPredicate::OLE,
                    IntPredicate::EQ => inkwell::FloatPredicate::OEQ,
                    IntPredicate::NE => inkwell::FloatPredicate::UNE,
                    IntPredicate::SGT => inkwell::FloatPredicate::OGT,
                    _ => inkwell::FloatPredicate::OGE,
                };
                let (fp, fq) = (self.float_value(x)?, self.float_value(y)?);
                let cf = b!(self.b.build_float_compare(fpred, fp, fq, "fcmp"));
                incoming.push((cf, self.b.get_insert_block().ok_or("no block")?));
                b!(self.b.build_unconditional_branch(decided));
            }
            self.b.position_at_end(decided);
            let phi = b!(self.b.build_phi(self.cx.bool_type(), "cmp"));
            for (v, bb) in &incoming {
                phi.add_incoming(&[(v, *bb)]);
            }
            let c = phi.as_basic_value().into_int_value();
            let (t, f) = (self.word("true")?, self.word("false")?);
            let v = b!(self.b.build_select(c, t, f, "")).into_pointer_value();
            self.store_slot(dst, v)?;
            match branch {
                Some(Terminator::Branch {
                    if_true, if_false, ..
                }) => {
                    let (bt, bf) = (
                        self.blocks[*if_true as usize],
                        self.blocks[*if_false as usize],
                    );
                    b!(self.b.build_conditional_branch(c, bt, bf));
                }
                _ => {
                    let join = self.new_block("");
                    b!(self.b.build_unconditional_branch(join));
                    self.emit_compare_slow(bi, x, y, op, site, dst, slow)?;
                    b!(self.b.build_unconditional_branch(join));
                    self.b.position_at_end(join);
                    return Ok(());
                }
            }
        } else {
            b!(self.b.build_unconditional_branch(slow));
        }
        self.emit_compare_slow(bi, x, y, op, site, dst, slow)?;
        match branch {
            Some(term) => self.emit_term(bi, term),
            None => Ok(()),
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn emit_compare_slow(
        &mut self,
        bi: usize,
        x: PointerValue<'c>,
        y: PointerValue<'c>,
        op: crate::compile::ir::CmpOp,
        site: u32,
        dst: Slot,
        slow: BasicBlock<'c>,
    ) -> R<()> {
        self.b.position_at_end(slow);
        let opi = abi::CMP_OPS
            .iter()
            .position(|o| *o == op)
            .ok_or("operator")?;
        let v = self.call_ptr(
            "pyston_rt_compare",
            &[
                self.frame_param()?,
                x.into(),
                y.into(),
                self.i32(abi::op_word(opi, false, site) as u64).into(),
            ],
        )?;
        self.raise_if_null(v, bi)?;
        self.store_slot(dst, v)
    }

    /// Instruction `k` of block `bi` through `pyston_rt_inst` (the interpreter's code); its
    /// result (1: it dropped a reference itself).
    fn generic(&mut self, bi: usize, k: usize) -> R<IntValue<'c>> {
        let r = self.call_int(
            "pyston_rt_inst",
            &[
                self.frame_param()?,
                self.i32(bi as u64).into(),
                self.i32(k as u64).into(),
            ],
        )?;
        self.raise_if_negative(r, bi)?;
        Ok(r)
    }

    /// A backward jump: inline, one tick off the check interval (`signals::tick`) when it is
    /// not about to run out and no SIGINT or finalizer waits; otherwise `pyston_rt_backedge`
    /// (`signals::check`). The flags are read volatile (a signal handler sets one).
    /// The backedge check before jumping back to block `header` (a loop header or not): the
    /// inline tick count, else the helper's check, which may raise or ask to switch to newer
    /// code for this frame (only at a loop header, where that code can be entered).
    fn backedge(&mut self, bi: usize, n: usize, header: u32) -> R<()> {
        let i8t = self.cx.i8_type();
        let i32t = self.cx.i32_type();
        let ticks_w = self.word("ticks")?;
        let ticks = b!(self.b.build_pointer_cast(
            ticks_w,
            i32t.ptr_type(AddressSpace::default()),
            "ticks_left"
        ));
        let volatile_load = |p: PointerValue<'c>, name: &str| -> R<IntValue<'c>> {
            let v = b!(self.b.build_load(p, name));
            if let Some(i) = v.as_instruction_value() {
                b!(i.set_volatile(true));
            }
            Ok(v.into_int_value())
        };
        let t = volatile_load(ticks, "ticks")?;
        let interrupted = volatile_load(self.word("interrupted")?, "sigint")?;
        let due = volatile_load(self.word("finalizers_due")?, "due")?;
        let flags = b!(self.b.build_or(interrupted, due, ""));
        let quiet = b!(self
            .b
            .build_int_compare(IntPredicate::EQ, flags, i8t.const_zero(), ""));
        let more = b!(self
            .b
            .build_int_compare(IntPredicate::SGT, t, self.i32(1), ""));
        let fast_ok = b!(self.b.build_and(quiet, more, ""));
        let fast = self.new_block("tick");
        let slow = self.new_block("check");
        let cont = self.new_block("");
        b!(self.b.build_conditional_branch(fast_ok, fast, slow));
        self.b.position_at_end(fast);
        let t1 = b!(self.b.build_int_sub(t, self.i32(1), ""));
        let st = b!(self.b.build_store(ticks, t1));
        b!(st.set_volatile(true));
        b!(self.b.build_unconditional_branch(cont));
        self.b.position_at_end(slow);
        self.set_pos(bi, n)?;
        let running = b!(self.b.build_pointer_cast(
            self.func.as_global_value().as_pointer_value(),
            self.obj_type(),
            "running"
        ));
        let r = self.call_int("pyston_rt_backedge", &[self.frame_param()?, running.into()])?;
        self.raise_if_negative(r, bi)?;
        if self.unit.loop_headers.contains(&header) {
            let switch = self.new_block("switch");
            let go_on = b!(self
                .b
                .build_int_compare(IntPredicate::EQ, r, self.i32(1), "newer"));
            b!(self.b.build_conditional_branch(go_on, switch, cont));
            self.b.position_at_end(switch);
            let res = ((header as u64) << 4) | super::SWITCH as u64;
            b!(self.b.build_return(Some(&self.i64(res))));
        } else {
            b!(self.b.build_unconditional_branch(cont));
        }
        self.b.position_at_end(cont);
        Ok(())
    }

    fn emit_term(&mut self, bi: usize, term: &Terminator) -> R<()> {
        let n = self.unit.blocks[bi].insts.len();
        match term {
            Terminator::Jump(t) => {
                if (*t as usize) <= bi {
                    self.backedge(bi, n, *t)?;
                }
                b!(self.b.build_unconditional_branch(self.bb(*t)));
            }
            Terminator::Branch {
                cond,
                if_true,
                if_false,
            } => {
                let (t, f) = (self.bb(*if_true), self.bb(*if_false));
                let v = self.load_slot(*cond)?;
                let tru = self.word("true")?;
                let is_true = b!(self.b.build_int_compare(IntPredicate::EQ, v, tru, ""));
                let not_true = self.new_block("");
                b!(self.b.build_conditional_branch(is_true, t, not_true));
                self.b.position_at_end(not_true);
                let fals = self.word("false")?;
                let is_false = b!(self.b.build_int_compare(IntPredicate::EQ, v, fals, ""));
                let other = self.new_block("truthy");
                b!(self.b.build_conditional_branch(is_false, f, other));
                self.b.position_at_end(other);
                self.set_pos(bi, n)?;
                let r = self.call_int("pyston_rt_truthy", &[v.into()])?;
                self.raise_if_negative(r, bi)?;
                let yes = b!(self
                    .b
                    .build_int_compare(IntPredicate::NE, r, self.i32(0), ""));
                b!(self.b.build_conditional_branch(yes, t, f));
            }
            Terminator::Return { value } => {
                let v = self.load_slot(*value)?;
                let w = b!(self.b.build_ptr_to_int(v, self.cx.i64_type(), ""));
                b!(self.b.build_return(Some(&w)));
            }
            Terminator::Raise { .. } | Terminator::Reraise { .. } => {
                self.set_pos(bi, n)?;
                let r = self.call_int(
                    "pyston_rt_raise",
                    &[self.frame_param()?, self.i32(bi as u64).into()],
                )?;
                let reraise = b!(self
                    .b
                    .build_int_compare(IntPredicate::NE, r, self.i32(0), ""));
                let pad = self.pad(bi)?;
                let fresh = self.new_block("");
                b!(self.b.build_conditional_branch(reraise, pad.go, fresh));
                self.b.position_at_end(fresh);
                self.raise_at(bi)?;
            }
            Terminator::ForIter {
                iter,
                dst,
                body,
                exit,
            } => {
                self.set_pos(bi, n)?;
                let it = self.load_slot(*iter)?;
                let slow = self.new_block("next_slow");
                let got = self.new_block("");
                let mut items = self.inline_next(it, slow, got)?;
                self.b.position_at_end(slow);
                let v = self.call_int("pyston_rt_next", &[it.into()])?;
                let fail = self.new_block("");
                let slow_got = self.new_block("");
                b!(self.b.build_switch(
                    v,
                    slow_got,
                    &[(self.i64(0), fail), (self.i64(1), self.bb(*exit))]
                ));
                self.b.position_at_end(fail);
                self.raise_at(bi)?;
                self.b.position_at_end(slow_got);
                let o = b!(self.b.build_int_to_ptr(v, self.obj_type(), ""));
                b!(self.b.build_unconditional_branch(got));
                items.push((o, slow_got));
                self.b.position_at_end(got);
                let phi = b!(self.b.build_phi(self.obj_type(), "next"));
                for (v, bb) in &items {
                    phi.add_incoming(&[(v, *bb)]);
                }
                self.store_slot(*dst, phi.as_basic_value().into_pointer_value())?;
                b!(self.b.build_unconditional_branch(self.bb(*body)));
            }
            Terminator::Yield { value, .. } => {
                self.set_pos(bi, n)?;
                let v = self.load_slot(*value)?;
                let w = b!(self.b.build_ptr_to_int(v, self.cx.i64_type(), ""));
                let tagged = b!(self.b.build_or(w, self.i64(1), ""));
                b!(self.b.build_return(Some(&tagged)));
            }
            Terminator::Switch { sel, targets } => {
                let v = self.load_slot(*sel)?;
                let words = b!(self.b.build_pointer_cast(
                    v,
                    self.cx.i64_type().ptr_type(AddressSpace::default()),
                    ""
                ));
                // Selectors are ints made by `SetInt`: the value word of an `IntObj`.
                // SAFETY: the value field of an int object.
                let vp = unsafe {
                    b!(self.b.build_in_bounds_gep(
                        words,
                        &[self.i64((std::mem::offset_of!(IntObj, value) / 8) as u64)],
                        ""
                    ))
                };
                let x = b!(self.b.build_load(vp, "sel")).into_int_value();
                let bad = self.new_block("bad_switch");
                let cases: Vec<(IntValue<'c>, BasicBlock<'c>)> = targets
                    .iter()
                    .enumerate()
                    .map(|(i, &t)| (self.i64(i as u64), self.blocks[t as usize]))
                    .collect();
                b!(self.b.build_switch(x, bad, &cases));
                self.b.position_at_end(bad);
                self.set_pos(bi, n)?;
                self.call("pyston_rt_internal_error", &[self.i32(1).into()])?;
                self.raise_at(bi)?;
            }
            Terminator::Unreachable => {
                self.set_pos(bi, n)?;
                self.call("pyston_rt_internal_error", &[self.i32(2).into()])?;
                self.raise_at(bi)?;
            }
        }
        Ok(())
    }
}

/// Instructions that can drop a reference themselves (`del`, stores that may store None):
/// the interpreter runs the death check before the instruction after them.
fn may_release(inst: &Inst) -> bool {
    matches!(
        inst,
        Inst::DeleteFast { .. }
            | Inst::StoreGlobal { .. }
            | Inst::DeleteGlobal { .. }
            | Inst::StoreName { .. }
            | Inst::DeleteName { .. }
            | Inst::SetAttr { .. }
            | Inst::DelAttr { .. }
            | Inst::SetItem { .. }
            | Inst::DelItem { .. }
            | Inst::DelSlice { .. }
            | Inst::Clear { .. }
    )
}
