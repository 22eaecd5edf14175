//! The `select` module: `select(rlist, wlist, xlist[, timeout])` over the C library's poll()
//! (items are ints or objects with `fileno()`; the result lists hold the original objects).
//! There is no `poll` object, so subprocess uses select(). Errors raise `select.error`.

use super::super::exc;
use super::super::object::{Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::types::{dict, list, tuple, Arity, NativeFn};

#[repr(C)]
struct PollFd {
    fd: i32,
    events: i16,
    revents: i16,
}

extern "C" {
    fn poll(fds: *mut PollFd, n: u64, timeout: i32) -> i32;
}

fn select_(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let r = rt();
    // The polled objects go in a Python list (GC rule): `fileno()` may run Python code that
    // empties the argument lists, and the result lists are allocated later.
    let objs = list::new(&[])?;
    let mut which_list: Vec<usize> = Vec::new();
    let mut fds: Vec<PollFd> = Vec::new();
    let lists = [
        ops::iterate_to_list(a[0])?,
        ops::iterate_to_list(a[1])?,
        ops::iterate_to_list(a[2])?,
    ];
    let events = [1i16, 4, 2];
    for (which, &l) in lists.iter().enumerate() {
        let mut i = 0;
        // Re-read each step: `fileno()` may change the list.
        while let Some(o) = list::vec(l).get(i) {
            i += 1;
            let fd = super::fcntl::fd_of(o)?;
            list::append(objs, o)?;
            which_list.push(which);
            fds.push(PollFd {
                fd,
                events: events[which],
                revents: 0,
            });
        }
    }
    let timeout = match a.get(3) {
        Some(&t) if t != r.none => {
            let f = super::super::types::number_new::float_from(t)?;
            if f < 0.0 {
                return Err(exc::value_error("timeout must be non-negative"));
            }
            (f * 1000.0).ceil().min(i32::MAX as f64) as i32
        }
        _ => -1,
    };
    // SAFETY: fds is a valid array of pollfd for its length.
    let n = unsafe { poll(fds.as_mut_ptr(), fds.len() as u64, timeout) };
    if n < 0 {
        let e = std::io::Error::last_os_error();
        let code = super::super::types::int::new(e.raw_os_error().unwrap_or(0) as i64)?;
        let msg = super::super::types::str::from_str(&super::errno::strerror(
            e.raw_os_error().unwrap_or(0),
        ))?;
        let cls = dict::get_str(super::super::types::module::dict_of(r.sys), "modules")
            .and_then(|m| dict::get_str(m, "select"))
            .map(super::super::types::module::dict_of)
            .and_then(|d| dict::get_str(d, "error"))
            .unwrap_or(r.exc.OSError);
        return Err(exc::raise_args(cls, &[code, msg]));
    }
    let out = [list::new(&[])?, list::new(&[])?, list::new(&[])?];
    for (i, &which) in which_list.iter().enumerate() {
        let o = list::items(objs)[i];
        let re = fds[i].revents;
        let hit = match which {
            0 => re & (1 | 8 | 16) != 0,
            1 => re & (4 | 8) != 0,
            _ => re & 2 != 0,
        };
        if hit {
            list::append(out[which], o)?;
        }
    }
    let res = tuple::new(&out);
    std::hint::black_box(objs);
    std::hint::black_box(lists);
    res
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[("select", select_, Arity::Range(3, 4))];

pub fn init(d: Obj) -> PyResult<()> {
    super::add_funcs(d, FUNCS)?;
    super::run_source(
        d,
        "select",
        "class error(Exception):\n    pass\nerror.__module__ = 'select'\n",
    )
}
