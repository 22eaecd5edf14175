//! Definitely bound locals: which fast locals hold a value on every path to a point of a unit.
//!
//! In: a finished [`CodeUnit`]. Out: [`BoundLocals`], the locals bound on entry to each block;
//! [`BoundLocals::step`] carries a set across one instruction. Tier 1 drops the `LoadFast`
//! unbound check (and its UnboundLocalError path) for a local bound there.
//!
//! Dataflow: forwards, a must-analysis (intersection at joins). The entry block starts with the
//! parameters bound; an instruction binds every local it writes (`liveness::inst_effects`'
//! defs) except `DeleteFast` and `Clear`, which unbind theirs. `ForIter` binds its target on the
//! loop-body edge only, `Yield` its received value on the resume edge. A block's handler is
//! entered with the locals bound at every point of the block (any instruction may raise before
//! it finishes). Sound for every way into compiled code: an OSR entry or a generator resume
//! arrives at a block along some path of this CFG, so what holds on every path holds there.
//! Unreachable blocks keep "everything bound" (no code reaches them).

use super::ir::{CodeUnit, Inst, Slot, Terminator};
use super::liveness::inst_effects;
use super::slots;

/// Locals bound on entry to each block, as bitsets over local numbers.
#[derive(Debug, Clone)]
pub struct BoundLocals {
    words: usize,
    n_locals: Slot,
    entry: Vec<u64>,
}

impl BoundLocals {
    pub fn analyze(unit: &CodeUnit) -> BoundLocals {
        let words = (unit.n_locals as usize).div_ceil(64).max(1);
        let n = unit.blocks.len();
        let mut bl = BoundLocals {
            words,
            n_locals: unit.n_locals,
            entry: vec![u64::MAX; n * words],
        };
        if n == 0 {
            return bl;
        }
        let p = &unit.params;
        let n_params = p.argcount + p.varargs as u32 + p.varkw as u32;
        let first = &mut bl.entry[..words];
        first.iter_mut().for_each(|w| *w = 0);
        (0..n_params.min(unit.n_locals)).for_each(|l| first[l as usize / 64] |= 1 << (l % 64));

        let mut work: Vec<usize> = vec![0];
        let mut queued = vec![false; n];
        queued[0] = true;
        let mut cur = vec![0u64; words];
        let mut low = vec![0u64; words];
        while let Some(b) = work.pop() {
            queued[b] = false;
            let block = &unit.blocks[b];
            cur.copy_from_slice(bl.block_entry(b));
            low.copy_from_slice(&cur);
            for inst in &block.insts {
                bl.step(inst, &mut cur);
                low.iter_mut().zip(&cur).for_each(|(l, c)| *l &= c);
            }
            let mut flow = |to: u32, bits: &[u64], work: &mut Vec<usize>| {
                let to = to as usize;
                let dst = &mut bl.entry[to * words..(to + 1) * words];
                let mut changed = false;
                for (d, s) in dst.iter_mut().zip(bits) {
                    let v = *d & s;
                    changed |= v != *d;
                    *d = v;
                }
                if changed && !queued[to] {
                    queued[to] = true;
                    work.push(to);
                }
            };
            if let Some(h) = block.handler {
                flow(h, &low, &mut work);
            }
            let bind = |s: Slot, bits: &mut Vec<u64>| {
                if s < unit.n_locals {
                    bits[s as usize / 64] |= 1 << (s % 64);
                }
            };
            match &block.term {
                Terminator::ForIter {
                    dst, body, exit, ..
                } => {
                    flow(*exit, &cur, &mut work);
                    bind(*dst, &mut cur);
                    flow(*body, &cur, &mut work);
                }
                Terminator::Yield { dst, resume, .. } => {
                    bind(*dst, &mut cur);
                    flow(*resume, &cur, &mut work);
                }
                term => {
                    for s in slots::successors(term) {
                        flow(s, &cur, &mut work);
                    }
                }
            }
        }
        bl
    }

    /// The locals bound on entry to block `b`.
    pub fn block_entry(&self, b: usize) -> &[u64] {
        &self.entry[b * self.words..(b + 1) * self.words]
    }

    /// Carries `bits` (locals bound before `inst`) across `inst`.
    pub fn step(&self, inst: &Inst, bits: &mut [u64]) {
        let n_locals = self.n_locals;
        match inst {
            Inst::DeleteFast { local: s } | Inst::Clear { slot: s } => {
                if *s < n_locals {
                    bits[*s as usize / 64] &= !(1 << (s % 64));
                }
            }
            _ => inst_effects(
                inst,
                &mut |s| {
                    if s < n_locals {
                        bits[s as usize / 64] |= 1 << (s % 64);
                    }
                },
                &mut |_| {},
            ),
        }
    }

    /// Whether local `l` is in `bits`.
    pub fn has(bits: &[u64], l: Slot) -> bool {
        bits.get(l as usize / 64)
            .is_some_and(|w| w & (1 << (l % 64)) != 0)
    }
}
