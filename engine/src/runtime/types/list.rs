//! `list`: a mutable array. Layout: header, then an `ObjVec` (length at offset 8, item pointer at
//! 16, compiled code reads both) whose storage is a GC block of its own ("list storage"), or for
//! an exact list built at a known size ([`new`], [`with_capacity`]) up to a small object's size,
//! slots inline after the `ObjVec` (one allocation instead of two; the list's trace marks them).
//! Appends beyond the capacity move the items to a block that grows geometrically
//! (`ObjVec::reserve`); the inline slots are then unused.

use super::super::object::{alloc, mark, Header, Obj, ObjVec, PyResult};
use super::super::rt::rt;
use crate::gc;

#[repr(C)]
pub struct ListObj {
    pub head: Header,
    pub items: ObjVec,
}

/// Where the inline slots of an exact list start.
const INLINE_AT: usize = std::mem::size_of::<ListObj>();

unsafe fn trace_list(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a list object (all-zero is an empty ObjVec).
    let v = unsafe { &(*(p as *const ListObj)).items };
    // Inline slots: mark the items (never the list's own address: no false self-cycle).
    // SAFETY: offset within the object (its slots start there when inline).
    if v.is_stored_at(unsafe { p.add(INLINE_AT) }) {
        for &o in v.as_slice() {
            mark(m, o);
        }
    } else {
        v.trace(m);
    }
}

unsafe fn drop_list(p: *mut u8) {
    // SAFETY: a list being swept.
    unsafe { (*(p as *mut ListObj)).items.free() };
}

pub static LIST_KIND: gc::Kind = gc::Kind {
    name: "list",
    trace: Some(trace_list),
    drop: Some(drop_list),
};

fn list_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<ListObj>()
}

crate::sub_kind!(
    LIST_SUB_KIND,
    "list subclass instance",
    Some(trace_list),
    Some(drop_list),
    list_tail_offset
);

/// A new list of class `cls` (list or a subclass), empty.
pub fn new_of(cls: Obj) -> PyResult<Obj> {
    if cls == rt().types.list {
        return alloc(&LIST_KIND, std::mem::size_of::<ListObj>(), cls);
    }
    let base = std::mem::size_of::<ListObj>();
    let o = alloc(
        &LIST_SUB_KIND,
        base + super::super::class::tail_size(cls),
        cls,
    )?;
    super::super::class::init_tail(o, cls, base);
    Ok(o)
}

/// A new list holding `items` (exactly that capacity). `items` must stay reachable from
/// elsewhere during the call (it allocates).
pub fn new(items: &[Obj]) -> PyResult<Obj> {
    let o = with_capacity(items.len())?;
    vec(o).extend_exact(items)?;
    Ok(o)
}

/// A new empty list with room for `n` items (inline when the whole fits a small object).
pub fn with_capacity(n: usize) -> PyResult<Obj> {
    let list_t = rt().types.list;
    if n == 0 {
        return alloc(&LIST_KIND, INLINE_AT, list_t);
    }
    if n <= (gc::MAX_SMALL - INLINE_AT) / 8 {
        // Rounded up to the 16-byte granule of every GC slot: the spare word is capacity.
        let bytes = (INLINE_AT + n * 8 + 15) & !15;
        let o = alloc(&LIST_KIND, bytes, list_t)?;
        // SAFETY: fresh zeroed exact list; its slots lie within the object and `trace_list`
        // marks them while they are its storage.
        unsafe {
            vec(o).adopt(
                o.as_ptr().add(INLINE_AT) as *mut Obj,
                (bytes - INLINE_AT) / 8,
            )
        };
        return Ok(o);
    }
    let o = alloc(&LIST_KIND, INLINE_AT, list_t)?;
    vec(o).reserve_exact(n)?;
    Ok(o)
}

#[inline]
pub fn is_list(o: Obj) -> bool {
    let c = o.class();
    let r = rt();
    c == r.types.list || super::super::typeobj::is_subtype(c, r.types.list)
}

/// The item vector of a list (the caller knows `o` is one).
#[inline]
pub fn vec(o: Obj) -> &'static mut ObjVec {
    // SAFETY: `o` is a list.
    unsafe { &mut o.cast::<ListObj>().items }
}

#[inline]
pub fn items(o: Obj) -> &'static [Obj] {
    vec(o).as_slice()
}

#[inline]
pub fn append(l: Obj, v: Obj) -> PyResult<()> {
    vec(l).push(v)
}
