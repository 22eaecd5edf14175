//! The slot operands of instructions and terminators, visited in one place (the lowering's final
//! renumbering and the verifier both use it).
//!
//! In: an instruction or terminator. Out: each slot operand (`Slot`, `Option<Slot>` when present,
//! `SlotRange`) handed to a callback that may rewrite it. Must list every slot field of `ir`.

use super::ir::{Inst, Slot, SlotRange, Terminator};

/// One slot operand.
pub(crate) enum SlotRef<'a> {
    One(&'a mut Slot),
    Range(&'a mut SlotRange),
}

/// Calls `f` on every slot operand of `inst`.
pub(crate) fn inst_slots(inst: &mut Inst, f: &mut dyn FnMut(SlotRef)) {
    macro_rules! one {
        ($($s:expr),*) => {{ $( f(SlotRef::One($s)); )* }};
    }
    macro_rules! opt {
        ($($s:expr),*) => {{ $( if let Some(s) = $s { f(SlotRef::One(s)); } )* }};
    }
    use Inst::*;
    match inst {
        Const { dst, .. } | LoadGlobal { dst, .. } | LoadName { dst, .. } | LoadLocals { dst } => {
            one!(dst)
        }
        LoadDeref { dst, .. }
        | LoadClosure { dst, .. }
        | BuildDict { dst }
        | SetInt { dst, .. } => {
            one!(dst)
        }
        Move { dst, src } => one!(dst, src),
        LoadFast { dst, local } => one!(dst, local),
        DeleteFast { local } => one!(local),
        StoreDeref { src, .. } | StoreGlobal { src, .. } | StoreName { src, .. } => one!(src),
        DeleteGlobal { .. } | DeleteName { .. } => {}
        Binary { dst, a, b, .. } | InPlace { dst, a, b, .. } | Compare { dst, a, b, .. } => {
            one!(dst, a, b)
        }
        Unary { dst, a, .. } | Truth { dst, a } => one!(dst, a),
        GetAttr { dst, obj, .. } => one!(dst, obj),
        LoadMethod {
            dst, self_, obj, ..
        } => one!(dst, self_, obj),
        SetAttr { obj, src, .. } => one!(obj, src),
        DelAttr { obj, .. } => one!(obj),
        GetItem { dst, obj, key, .. } => one!(dst, obj, key),
        SetItem { obj, key, src } => one!(obj, key, src),
        DelItem { obj, key } => one!(obj, key),
        GetSlice { dst, obj, lo, hi } => {
            one!(dst, obj);
            opt!(lo, hi)
        }
        SetSlice { obj, lo, hi, src } => {
            one!(obj, src);
            opt!(lo, hi)
        }
        DelSlice { obj, lo, hi } => {
            one!(obj);
            opt!(lo, hi)
        }
        BuildSlice { dst, lo, hi, step } => {
            one!(dst);
            opt!(lo, hi, step)
        }
        BuildTuple { dst, items } | BuildList { dst, items } | BuildSet { dst, items } => {
            one!(dst);
            f(SlotRef::Range(items))
        }
        DictSet { dict, key, value } => one!(dict, key, value),
        ListAppend { list, item } => one!(list, item),
        SetAdd { set, item } => one!(set, item),
        Unpack { src, dsts } => {
            one!(src);
            f(SlotRef::Range(dsts))
        }
        Call {
            dst,
            func,
            args,
            star,
            dstar,
            ..
        } => {
            one!(dst, func);
            f(SlotRef::Range(args));
            opt!(star, dstar)
        }
        GetIter { dst, src } => one!(dst, src),
        MakeFunction {
            dst,
            defaults,
            closure,
            ..
        } => {
            one!(dst);
            f(SlotRef::Range(defaults));
            f(SlotRef::Range(closure))
        }
        MakeClass {
            dst, bases, dict, ..
        } => one!(dst, bases, dict),
        Import { dst, fromlist, .. } => one!(dst, fromlist),
        ImportFrom { dst, module, .. } => one!(dst, module),
        ImportStar { module } => one!(module),
        PrintItem { dest, value } => {
            opt!(dest);
            one!(value)
        }
        PrintNewline { dest } => opt!(dest),
        PrintExpr { value } => one!(value),
        Exec {
            code,
            globals,
            locals,
        } => {
            one!(code);
            opt!(globals, locals)
        }
        FetchExc { ty, value, tb } => one!(ty, value, tb),
        ExcMatch { dst, ty, pattern } => one!(dst, ty, pattern),
        WithEnter { exit, value, mgr } => one!(exit, value, mgr),
        WithExit {
            dst,
            exit,
            ty,
            value,
            tb,
        } => one!(dst, exit, ty, value, tb),
        Clear { slot } => one!(slot),
    }
}

/// Calls `f` on every slot operand of `term`.
pub(crate) fn term_slots(term: &mut Terminator, f: &mut dyn FnMut(SlotRef)) {
    match term {
        Terminator::Jump(_) | Terminator::Switch { .. } | Terminator::Unreachable => {
            if let Terminator::Switch { sel, .. } = term {
                f(SlotRef::One(sel));
            }
        }
        Terminator::Branch { cond, .. } => f(SlotRef::One(cond)),
        Terminator::Return { value } => f(SlotRef::One(value)),
        Terminator::Raise { ty, value, tb } => {
            for s in [ty, value, tb].into_iter().flatten() {
                f(SlotRef::One(s));
            }
        }
        Terminator::Reraise { ty, value, tb } => {
            f(SlotRef::One(ty));
            f(SlotRef::One(value));
            f(SlotRef::One(tb));
        }
        Terminator::ForIter { iter, dst, .. } => {
            f(SlotRef::One(iter));
            f(SlotRef::One(dst));
        }
        Terminator::Yield { value, dst, .. } => {
            f(SlotRef::One(value));
            f(SlotRef::One(dst));
        }
    }
}

/// The blocks `term` may go to.
pub(crate) fn successors(term: &Terminator) -> Vec<u32> {
    match term {
        Terminator::Jump(b) => vec![*b],
        Terminator::Branch {
            if_true, if_false, ..
        } => vec![*if_true, *if_false],
        Terminator::ForIter { body, exit, .. } => vec![*body, *exit],
        Terminator::Yield { resume, .. } => vec![*resume],
        Terminator::Switch { targets, .. } => targets.clone(),
        Terminator::Return { .. }
        | Terminator::Raise { .. }
        | Terminator::Reraise { .. }
        | Terminator::Unreachable => Vec::new(),
    }
}

/// Rewrites the block ids `term` refers to.
pub(crate) fn map_targets(term: &mut Terminator, f: &dyn Fn(u32) -> u32) {
    match term {
        Terminator::Jump(b) => *b = f(*b),
        Terminator::Branch {
            if_true, if_false, ..
        } => {
            *if_true = f(*if_true);
            *if_false = f(*if_false);
        }
        Terminator::ForIter { body, exit, .. } => {
            *body = f(*body);
            *exit = f(*exit);
        }
        Terminator::Yield { resume, .. } => *resume = f(*resume),
        Terminator::Switch { targets, .. } => {
            for t in targets {
                *t = f(*t);
            }
        }
        _ => {}
    }
}
