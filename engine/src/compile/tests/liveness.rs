//! Liveness of temporaries (`compile::liveness`): what the GC may drop from a frame.

use super::compile_src;
use crate::compile::ir::{CodeUnit, Inst, Terminator};
use crate::compile::liveness::TempLiveness;

fn live(u: &CodeUnit, lv: &TempLiveness, block: usize, pos: usize) -> Vec<u32> {
    let mut bits = vec![0u64; lv.words()];
    lv.live_at(u, block, pos, false, &mut bits);
    (0..u.n_slots)
        .filter(|&s| bits[s as usize / 64] & (1 << (s % 64)) != 0)
        .collect()
}

/// (block, index) of the first instruction matching `f`.
fn find(u: &CodeUnit, f: impl Fn(&Inst) -> bool) -> (usize, usize) {
    for (b, blk) in u.blocks.iter().enumerate() {
        if let Some(i) = blk.insts.iter().position(&f) {
            return (b, i);
        }
    }
    panic!("instruction not found");
}

#[test]
fn call_arguments_die_after_the_call() {
    let u = compile_src("r = f(C())\nprint r\n");
    let lv = TempLiveness::analyze(&u);
    // The outer call: its argument (the C() result) is live while it runs, dead right after.
    let (b, i) = find(
        &u,
        |x| matches!(x, Inst::Call { args, .. } if args.len == 1),
    );
    let Inst::Call { args, dst, .. } = &u.blocks[b].insts[i] else {
        unreachable!()
    };
    assert!(live(&u, &lv, b, i).contains(&args.start));
    assert!(!live(&u, &lv, b, i + 1).contains(&args.start));
    // A call's result slot is not live while the call runs (it still holds a dead value).
    assert!(!live(&u, &lv, b, i).contains(dst));
}

#[test]
fn loop_iterator_is_live_across_the_body() {
    let u = compile_src("for x in y:\n    g(x)\nh()\n");
    let lv = TempLiveness::analyze(&u);
    let (hb, iter) = u
        .blocks
        .iter()
        .enumerate()
        .find_map(|(b, blk)| match blk.term {
            Terminator::ForIter { iter, .. } => Some((b, iter)),
            _ => None,
        })
        .expect("a for loop");
    // Live at the loop header and inside the body (the call to g).
    assert!(live(&u, &lv, hb, u.blocks[hb].insts.len()).contains(&iter));
    let (b, i) = find(
        &u,
        |x| matches!(x, Inst::Call { args, .. } if args.len == 1),
    );
    assert!(live(&u, &lv, b, i).contains(&iter));
    // Dead once the loop's exit clears it (the slot may be reused later for other values).
    let (b, i) = find(&u, |x| matches!(x, Inst::Clear { slot } if *slot == iter));
    assert!(!live(&u, &lv, b, i + 1).contains(&iter));
}

#[test]
fn handler_operands_are_live_in_the_protected_block() {
    // The `with` exit slot must survive every call in the body (the handler reads it).
    let u = compile_src("with m() as v:\n    f(v)\n    g()\n");
    let lv = TempLiveness::analyze(&u);
    let (b, i) = find(&u, |x| matches!(x, Inst::WithEnter { .. }));
    let Inst::WithEnter { exit, .. } = u.blocks[b].insts[i] else {
        unreachable!()
    };
    // While `WithEnter` runs `__enter__`, the `exit` it already stored is live.
    assert!(live(&u, &lv, b, i).contains(&exit));
    for (bb, blk) in u.blocks.iter().enumerate() {
        for (k, inst) in blk.insts.iter().enumerate() {
            if matches!(inst, Inst::Call { .. }) && blk.handler.is_some() {
                assert!(
                    live(&u, &lv, bb, k).contains(&exit),
                    "exit live at bb{bb}:{k}"
                );
            }
        }
    }
}
