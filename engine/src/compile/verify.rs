//! The CFG verifier: a finished unit in, `Ok` or the first broken invariant (as text) out.
//!
//! Checks, for the unit and every nested unit (`Const::Code`, walked with a worklist):
//! - `local_names.len() == n_locals <= n_slots`; the parameters fit in the locals;
//! - at least one block (block 0 is the entry); every block's `lines` has one line per
//!   instruction;
//! - every slot operand `< n_slots`, every slot range inside `0..=n_slots`;
//! - every cell `< cellvars.len() + freevars.len()`; every name index `< names.len()`; every
//!   constant index in range and of the kind its instruction needs (`Const::Code` for
//!   `MakeFunction`, `Const::Str` for class and import names, a tuple of `Const::Str` for keyword
//!   names);
//! - every block id (terminator targets, handlers, loop headers) in range; a handler block starts
//!   with `FetchExc`; `loop_headers[i]` is the block whose `loop_header` is `Some(i)`, and no other
//!   block claims an index;
//! - every `site < n_sites`; `Switch` has at least one target.

use super::ir::*;
use super::slots::{self, SlotRef};

/// Checks `unit` and its nested units.
pub fn verify(unit: &CodeUnit) -> Result<(), String> {
    let mut work = vec![unit];
    while let Some(u) = work.pop() {
        verify_one(u).map_err(|e| format!("{} (line {}): {}", u.name, u.first_line, e))?;
        for c in &u.consts {
            collect_code(c, &mut work);
        }
    }
    Ok(())
}

fn collect_code<'a>(c: &'a Const, work: &mut Vec<&'a CodeUnit>) {
    match c {
        Const::Code(u) => work.push(u),
        Const::Tuple(items) => items.iter().for_each(|i| collect_code(i, work)),
        _ => {}
    }
}

fn verify_one(u: &CodeUnit) -> Result<(), String> {
    if u.local_names.len() != u.n_locals as usize {
        return Err(format!(
            "{} local names for n_locals {}",
            u.local_names.len(),
            u.n_locals
        ));
    }
    if u.n_locals > u.n_slots {
        return Err(format!("n_locals {} > n_slots {}", u.n_locals, u.n_slots));
    }
    let nparams = u.params.argcount + u.params.varargs as u32 + u.params.varkw as u32;
    if nparams > u.n_locals {
        return Err(format!("{} parameters but {} locals", nparams, u.n_locals));
    }
    if u.blocks.is_empty() {
        return Err("no blocks".into());
    }
    let nblocks = u.blocks.len() as u32;
    let ncells = (u.cellvars.len() + u.freevars.len()) as u32;
    for (bi, b) in u.blocks.iter().enumerate() {
        let at = |what: String| format!("block {}: {}", bi, what);
        if b.lines.len() != b.insts.len() {
            return Err(at("lines and instructions differ in length".into()));
        }
        if let Some(h) = b.handler {
            let hb = u
                .blocks
                .get(h as usize)
                .ok_or_else(|| at(format!("handler {} out of range", h)))?;
            if !matches!(hb.insts.first(), Some(Inst::FetchExc { .. })) {
                return Err(at(format!(
                    "handler block {} does not start with FetchExc",
                    h
                )));
            }
        }
        if let Some(i) = b.loop_header {
            if u.loop_headers.get(i as usize) != Some(&(bi as u32)) {
                return Err(at(format!("loop header {} not listed", i)));
            }
        }
        for (ii, inst) in b.insts.iter().enumerate() {
            check_inst(u, inst, ncells).map_err(|e| at(format!("inst {}: {}", ii, e)))?;
        }
        let mut term = b.term.clone();
        check_slots_term(&mut term, u.n_slots).map_err(|e| at(format!("terminator: {}", e)))?;
        for t in slots::successors(&b.term) {
            if t >= nblocks {
                return Err(at(format!("target {} out of range", t)));
            }
        }
        if let Terminator::Switch { targets, .. } = &b.term {
            if targets.is_empty() {
                return Err(at("switch with no targets".into()));
            }
        }
    }
    for (i, &h) in u.loop_headers.iter().enumerate() {
        match u.blocks.get(h as usize) {
            Some(b) if b.loop_header == Some(i as u32) => {}
            _ => return Err(format!("loop_headers[{}] = {} is not marked", i, h)),
        }
    }
    Ok(())
}

fn check_slot_ref(r: SlotRef, n_slots: u32, err: &mut Option<String>) {
    match r {
        SlotRef::One(s) => {
            if *s >= n_slots && err.is_none() {
                *err = Some(format!("slot {} >= n_slots {}", s, n_slots));
            }
        }
        SlotRef::Range(r) => {
            if r.start as u64 + r.len as u64 > n_slots as u64 && err.is_none() {
                *err = Some(format!(
                    "slots {}+{} beyond n_slots {}",
                    r.start, r.len, n_slots
                ));
            }
        }
    }
}

fn check_slots_term(term: &mut Terminator, n_slots: u32) -> Result<(), String> {
    let mut err = None;
    slots::term_slots(term, &mut |r| check_slot_ref(r, n_slots, &mut err));
    err.map_or(Ok(()), Err)
}

fn check_inst(u: &CodeUnit, inst: &Inst, ncells: u32) -> Result<(), String> {
    let mut err = None;
    let mut copy = inst.clone();
    slots::inst_slots(&mut copy, &mut |r| check_slot_ref(r, u.n_slots, &mut err));
    if let Some(e) = err {
        return Err(e);
    }
    let cell = |c: CellId| {
        if c < ncells {
            Ok(())
        } else {
            Err(format!("cell {} >= {}", c, ncells))
        }
    };
    let name = |n: NameId| {
        if (n as usize) < u.names.len() {
            Ok(())
        } else {
            Err(format!("name {} out of range", n))
        }
    };
    let constant = |c: ConstId| {
        u.consts
            .get(c as usize)
            .ok_or_else(|| format!("const {} out of range", c))
    };
    let site = |s: SiteId| {
        if s < u.n_sites {
            Ok(())
        } else {
            Err(format!("site {} >= n_sites {}", s, u.n_sites))
        }
    };
    let is_str = |c: &Const| matches!(c, Const::Str(_));
    match inst {
        Inst::Const { c, .. } => constant(*c).map(|_| ()),
        Inst::LoadDeref { cell: c, .. }
        | Inst::StoreDeref { cell: c, .. }
        | Inst::LoadClosure { cell: c, .. } => cell(*c),
        Inst::LoadGlobal { name: n, .. }
        | Inst::StoreGlobal { name: n, .. }
        | Inst::DeleteGlobal { name: n }
        | Inst::LoadName { name: n, .. }
        | Inst::StoreName { name: n, .. }
        | Inst::DeleteName { name: n }
        | Inst::DelAttr { name: n, .. }
        | Inst::ImportFrom { name: n, .. } => name(*n),
        Inst::GetAttr {
            name: n, site: s, ..
        }
        | Inst::LoadMethod {
            name: n, site: s, ..
        }
        | Inst::SetAttr {
            name: n, site: s, ..
        } => {
            name(*n)?;
            site(*s)
        }
        Inst::Binary { site: s, .. }
        | Inst::InPlace { site: s, .. }
        | Inst::Compare { site: s, .. }
        | Inst::GetItem { site: s, .. } => site(*s),
        Inst::Call {
            kwnames,
            site: s,
            method,
            args,
            ..
        } => {
            site(*s)?;
            if *method && args.len == 0 {
                return Err("method call without a self slot".into());
            }
            if let Some(k) = kwnames {
                match constant(*k)? {
                    Const::Tuple(items) if items.iter().all(is_str) => Ok(()),
                    _ => Err("kwnames is not a tuple of str".into()),
                }
            } else {
                Ok(())
            }
        }
        Inst::MakeFunction { code, .. } => match constant(*code)? {
            Const::Code(_) => Ok(()),
            _ => Err("MakeFunction of a non-code constant".into()),
        },
        Inst::MakeClass { name: n, .. } | Inst::Import { name: n, .. } => {
            if is_str(constant(*n)?) {
                Ok(())
            } else {
                Err("name constant is not a str".into())
            }
        }
        _ => Ok(()),
    }
}
