//! Liveness of temporaries: which temporary slots may still be read from a given point of a unit.
//!
//! In: a finished [`CodeUnit`]. Out: [`TempLiveness`], the temporaries live on entry to each
//! block; [`TempLiveness::live_at`] refines that to one instruction by scanning the block
//! backwards. Locals (`0 .. n_locals`) are not tracked: a local keeps its value until it is
//! rebound or deleted, as in CPython.
//!
//! Why: a frame's temporaries are registers that CPython's value stack would have popped. When
//! the GC traces a frame it marks only the temporaries live at the frame's current instruction, so
//! an argument passed to a call that has returned, or the object a statement has finished with, is
//! not kept alive by a stale register (observable through `__del__` and weak references).
//!
//! Dataflow: backwards, `live = (live - defs) ∪ uses` per instruction; a block's live-out is the
//! union of its successors' live-in; every point of a block with a handler also has the handler's
//! live-in live (any instruction may raise). A slot is a *def* when the instruction writes it
//! (`dst` fields, `Unpack`'s targets, `FetchExc`, `WithEnter`'s `exit`/`value`, `LoadMethod`'s
//! `self_`, `Clear`), and a
//! *use* otherwise.

use super::ir::{CodeUnit, Inst, Slot, SlotRange, Terminator};
use super::slots::{self, SlotRef};

/// Live temporaries per block entry, as bitsets over slot numbers.
#[derive(Debug, Clone)]
pub struct TempLiveness {
    words: usize,
    first_temp: Slot,
    /// `blocks × words` bits: temporaries live on entry to each block.
    live_in: Vec<u64>,
}

type Bits = Vec<u64>;

fn set(b: &mut [u64], s: Slot) {
    b[s as usize / 64] |= 1 << (s % 64);
}

fn clear(b: &mut [u64], s: Slot) {
    b[s as usize / 64] &= !(1 << (s % 64));
}

fn range_slots(r: SlotRange) -> impl Iterator<Item = Slot> {
    r.start..r.start + r.len
}

/// Calls `def` on each slot `inst` writes and `usef` on each slot it reads. `slots::inst_slots`
/// visits a `dst` field first; the other writers are listed here.
pub(crate) fn inst_effects(inst: &Inst, def: &mut dyn FnMut(Slot), usef: &mut dyn FnMut(Slot)) {
    // How many of the operands, in visiting order, are written.
    let leading_defs = match inst {
        Inst::FetchExc { .. } => 3,
        Inst::WithEnter { .. } | Inst::LoadMethod { .. } => 2,
        Inst::Clear { .. } | Inst::DeleteFast { .. } => 1,
        Inst::Unpack { src, dsts } => {
            usef(*src);
            range_slots(*dsts).for_each(def);
            return;
        }
        _ => inst_dst(inst).is_some() as usize,
    };
    let mut seen = 0;
    let mut copy = inst.clone();
    slots::inst_slots(&mut copy, &mut |r| {
        let mut one = |s: Slot| {
            if seen < leading_defs {
                def(s)
            } else {
                usef(s)
            }
            seen += 1;
        };
        match r {
            SlotRef::One(s) => one(*s),
            SlotRef::Range(r) => range_slots(*r).for_each(one),
        }
    });
}

/// The single `dst` slot of an instruction, if it has one.
fn inst_dst(inst: &Inst) -> Option<Slot> {
    use Inst::*;
    match inst {
        Const { dst, .. }
        | LoadGlobal { dst, .. }
        | LoadName { dst, .. }
        | LoadLocals { dst }
        | LoadDeref { dst, .. }
        | LoadClosure { dst, .. }
        | BuildDict { dst }
        | SetInt { dst, .. }
        | Move { dst, .. }
        | LoadFast { dst, .. }
        | Binary { dst, .. }
        | InPlace { dst, .. }
        | Compare { dst, .. }
        | Unary { dst, .. }
        | Truth { dst, .. }
        | GetAttr { dst, .. }
        | GetItem { dst, .. }
        | GetSlice { dst, .. }
        | BuildSlice { dst, .. }
        | BuildTuple { dst, .. }
        | BuildList { dst, .. }
        | BuildSet { dst, .. }
        | Call { dst, .. }
        | GetIter { dst, .. }
        | MakeFunction { dst, .. }
        | MakeClass { dst, .. }
        | Import { dst, .. }
        | ImportFrom { dst, .. }
        | ExcMatch { dst, .. }
        | WithExit { dst, .. } => Some(*dst),
        _ => None,
    }
}

/// Calls `def`/`usef` for a terminator (`ForIter`'s and `Yield`'s `dst` are defs).
fn term_effects(term: &Terminator, def: &mut dyn FnMut(Slot), usef: &mut dyn FnMut(Slot)) {
    let d = match term {
        Terminator::ForIter { dst, .. } | Terminator::Yield { dst, .. } => Some(*dst),
        _ => None,
    };
    let mut copy = term.clone();
    slots::term_slots(&mut copy, &mut |r| {
        if let SlotRef::One(s) = r {
            if Some(*s) != d {
                usef(*s)
            }
        }
    });
    if let Some(d) = d {
        def(d);
    }
}

impl TempLiveness {
    pub fn analyze(unit: &CodeUnit) -> TempLiveness {
        let words = (unit.n_slots as usize).div_ceil(64).max(1);
        let first_temp = unit.n_locals;
        let n = unit.blocks.len();
        let mut lv = TempLiveness {
            words,
            first_temp,
            live_in: vec![0; n * words],
        };
        // Iterate to a fixed point, blocks in reverse order (mostly backwards flow converges fast).
        let mut changed = true;
        let mut scratch: Bits = vec![0; words];
        while changed {
            changed = false;
            for b in (0..n).rev() {
                lv.scan(unit, b, unit.blocks[b].insts.len() + 1, &mut scratch);
                let cur = &mut lv.live_in[b * words..(b + 1) * words];
                if cur != scratch.as_slice() {
                    cur.copy_from_slice(&scratch);
                    changed = true;
                }
            }
        }
        lv
    }

    /// Computes into `out` the temporaries live before instruction `pos` of block `b` (`pos ==
    /// insts.len()`: before the terminator; `insts.len() + 1`: the block's entry, same as 0 but
    /// named for clarity of the fixed-point loop).
    fn scan(&self, unit: &CodeUnit, b: usize, pos: usize, out: &mut [u64]) {
        let block = &unit.blocks[b];
        let pos = if pos > block.insts.len() { 0 } else { pos };
        out.iter_mut().for_each(|w| *w = 0);
        let handler: Option<&[u64]> = block
            .handler
            .map(|h| &self.live_in[h as usize * self.words..(h as usize + 1) * self.words]);
        for s in slots::successors(&block.term) {
            let s = s as usize;
            for (o, w) in out
                .iter_mut()
                .zip(&self.live_in[s * self.words..(s + 1) * self.words])
            {
                *o |= w;
            }
        }
        // Backwards: `live = (live - defs) ∪ uses ∪ handler`, the terminator first. Two passes
        // over each instruction's operands (defs, then uses) so nothing is collected.
        let first_temp = self.first_temp;
        let step = |effects: &dyn Fn(&mut dyn FnMut(Slot), &mut dyn FnMut(Slot)),
                    out: &mut [u64]| {
            effects(&mut |s| clear(out, s), &mut |_| {});
            effects(&mut |_| {}, &mut |s| {
                if s >= first_temp {
                    set(out, s)
                }
            });
            if let Some(h) = handler {
                out.iter_mut().zip(h).for_each(|(o, w)| *o |= w);
            }
        };
        step(&|d, u| term_effects(&block.term, d, u), out);
        for k in (pos..block.insts.len()).rev() {
            step(&|d, u| inst_effects(&block.insts[k], d, u), out);
        }
    }

    /// Writes into `out` (at least `words()` long) the temporaries live while instruction `pos`
    /// of block `block` runs (`pos` = number of instructions: the terminator): those live before
    /// it, plus the results it may have written already when it stores before calling out
    /// (`Unpack`, `WithEnter`). A suspended generator (stopped at a `Yield` terminator) is asked
    /// with `after_yield`: the live-in of the resume block, minus the received value's slot. An
    /// unknown block counts every temporary as live.
    pub fn live_at(
        &self,
        unit: &CodeUnit,
        block: usize,
        pos: usize,
        after_yield: bool,
        out: &mut [u64],
    ) {
        let out = &mut out[..self.words];
        let Some(b) = unit.blocks.get(block) else {
            out.iter_mut().for_each(|w| *w = 0);
            (self.first_temp..unit.n_slots).for_each(|s| set(out, s));
            return;
        };
        match (&b.term, after_yield) {
            (Terminator::Yield { dst, resume, .. }, true) => {
                let r = *resume as usize;
                out.copy_from_slice(&self.live_in[r * self.words..(r + 1) * self.words]);
                clear(out, *dst);
                if let Some(h) = b.handler {
                    let h = h as usize;
                    out.iter_mut()
                        .zip(&self.live_in[h * self.words..(h + 1) * self.words])
                        .for_each(|(o, w)| *o |= w);
                }
            }
            _ => {
                let pos = pos.min(b.insts.len());
                self.scan(unit, block, pos, out);
                // An instruction that writes results before running more code (`Unpack` calls
                // `next` between stores, `WithEnter` calls `__enter__` after storing `exit`) may
                // have written some already: they are live too. Other instructions write their
                // result last, so until then the slot holds a dead value.
                if let Some(inst @ (Inst::Unpack { .. } | Inst::WithEnter { .. })) =
                    b.insts.get(pos)
                {
                    let first_temp = self.first_temp;
                    inst_effects(
                        inst,
                        &mut |s| {
                            if s >= first_temp {
                                set(out, s)
                            }
                        },
                        &mut |_| {},
                    );
                }
            }
        }
    }

    /// Words of the bitsets `live_at` fills.
    pub fn words(&self) -> usize {
        self.words
    }
}
