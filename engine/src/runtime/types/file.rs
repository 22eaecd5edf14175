//! `file`: Python 2 file objects over OS files, and `sys.stdin`/`stdout`/`stderr`.
//! Reads are buffered in the object (`FileState`, Rust heap, freed on sweep); writes are
//! buffered and flushed on `flush`, `close`, seek/tell, reads, a full buffer, and at exit
//! (`flush_std`). `-u` makes stdout unbuffered.

use std::io::{Read, Seek, SeekFrom, Write};

use super::super::exc;
use super::super::object::{alloc, mark_opt, Header, Obj, PyResult};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::{int, list, parse_args, str as pystr, unicode, Arity, GetSetDef, MethodDef};
use crate::gc;

pub enum Target {
    Stdin,
    Stdout,
    Stderr,
    Disk(std::fs::File),
    Closed,
}

pub struct FileState {
    pub target: Target,
    pub rbuf: Vec<u8>,
    pub rpos: usize,
    pub wbuf: Vec<u8>,
    pub eof: bool,
    pub readable: bool,
    pub writable: bool,
    pub unbuffered: bool,
    /// Mode `U`: `\r` and `\r\n` read as `\n` (CPython's universal newlines).
    pub universal: bool,
    /// Newline kinds seen in universal mode: 1 = `\r`, 2 = `\n`, 4 = `\r\n`.
    pub newlines: u8,
    /// The last chunk ended in `\r`: a `\n` starting the next one belongs to it.
    pub skip_lf: bool,
}

#[repr(C)]
pub struct FileObj {
    pub head: Header,
    pub state: *mut FileState,
    pub name: Option<Obj>,
    pub mode: Option<Obj>,
    pub encoding: Option<Obj>,
    pub softspace: bool,
}

unsafe fn trace_file(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a file object.
    unsafe {
        let f = &*(p as *const FileObj);
        mark_opt(m, f.name);
        mark_opt(m, f.mode);
        mark_opt(m, f.encoding);
    }
}

unsafe fn drop_file(p: *mut u8) {
    // SAFETY: a file being swept owns its state box.
    unsafe {
        let f = &mut *(p as *mut FileObj);
        if !f.state.is_null() {
            let mut st = Box::from_raw(f.state);
            let _ = flush_state(&mut st);
            f.state = std::ptr::null_mut();
        }
    }
}

pub static FILE_KIND: gc::Kind = gc::Kind {
    name: "file",
    trace: Some(trace_file),
    drop: Some(drop_file),
};

fn file_tail_offset(_p: *mut u8) -> usize {
    std::mem::size_of::<FileObj>()
}

crate::sub_kind!(
    FILE_SUB_KIND,
    "file subclass instance",
    Some(trace_file),
    Some(drop_file),
    file_tail_offset
);

#[inline]
fn fobj(o: Obj) -> &'static mut FileObj {
    // SAFETY: the caller knows `o` is a file.
    unsafe { o.cast::<FileObj>() }
}

fn state(o: Obj) -> Option<&'static mut FileState> {
    let p = fobj(o).state;
    if p.is_null() {
        None
    } else {
        // SAFETY: owned by the file object, alive while it is.
        Some(unsafe { &mut *p })
    }
}

pub fn is_file(o: Obj) -> bool {
    let r = rt();
    o.class() == r.types.file || super::super::typeobj::is_subtype(o.class(), r.types.file)
}

/// A file object over `target`.
pub fn new_file(
    target: Target,
    name: &str,
    mode: &str,
    readable: bool,
    writable: bool,
) -> PyResult<Obj> {
    let t = rt().types.file;
    let o = alloc(&FILE_KIND, std::mem::size_of::<FileObj>(), t)?;
    let st = Box::new(FileState {
        target,
        rbuf: Vec::new(),
        rpos: 0,
        wbuf: Vec::new(),
        eof: false,
        readable,
        writable,
        unbuffered: false,
        universal: false,
        newlines: 0,
        skip_lf: false,
    });
    let f = fobj(o);
    f.state = Box::into_raw(st);
    f.name = Some(pystr::from_str(name)?);
    let f = fobj(o);
    f.mode = Some(pystr::from_str(mode)?);
    Ok(o)
}

pub fn set_unbuffered(o: Obj) {
    if let Some(s) = state(o) {
        s.unbuffered = true;
    }
}

fn flush_state(st: &mut FileState) -> std::io::Result<()> {
    if st.wbuf.is_empty() {
        return Ok(());
    }
    let buf = std::mem::take(&mut st.wbuf);
    match &mut st.target {
        Target::Stdout => {
            let mut out = std::io::stdout().lock();
            out.write_all(&buf)?;
            out.flush()
        }
        Target::Stderr => {
            let mut err = std::io::stderr().lock();
            err.write_all(&buf)?;
            err.flush()
        }
        Target::Disk(f) => f.write_all(&buf),
        _ => Ok(()),
    }
}

fn io_err(e: std::io::Error) -> super::super::object::Raised {
    exc::os_error(rt().exc.IOError, &e, None)
}

fn closed_error() -> super::super::object::Raised {
    exc::value_error("I/O operation on closed file")
}

fn live(o: Obj) -> PyResult<&'static mut FileState> {
    match state(o) {
        Some(s) if !matches!(s.target, Target::Closed) => Ok(s),
        _ => Err(closed_error()),
    }
}

/// Writes bytes to a file object (print, sys.stdout.write).
pub fn write_bytes(o: Obj, data: &[u8]) -> PyResult<()> {
    let st = live(o)?;
    if !st.writable {
        return Err(exc::io_error("File not open for writing"));
    }
    st.wbuf.extend_from_slice(data);
    let immediate = st.unbuffered || matches!(st.target, Target::Stderr);
    if immediate || st.wbuf.len() >= 1 << 16 {
        flush_state(st).map_err(io_err)?;
    }
    Ok(())
}

pub fn flush(o: Obj) -> PyResult<()> {
    if let Some(st) = state(o) {
        flush_state(st).map_err(io_err)?;
    }
    Ok(())
}

/// Reads more input into the read buffer; false at end of file.
fn fill(st: &mut FileState) -> std::io::Result<bool> {
    if st.eof {
        return Ok(false);
    }
    if st.rpos > 0 {
        st.rbuf.drain(..st.rpos);
        st.rpos = 0;
    }
    let mut chunk = vec![0u8; 1 << 16];
    let n = match &mut st.target {
        Target::Stdin => std::io::stdin().lock().read(&mut chunk)?,
        Target::Disk(f) => f.read(&mut chunk)?,
        _ => 0,
    };
    if n == 0 {
        st.eof = true;
        return Ok(false);
    }
    if st.universal {
        translate_newlines(st, &chunk[..n]);
    } else {
        st.rbuf.extend_from_slice(&chunk[..n]);
    }
    Ok(true)
}

/// Appends `chunk` to the read buffer with `\r\n` and `\r` turned into `\n`, recording the
/// kinds seen (CPython's `Py_UniversalNewlineFread`).
fn translate_newlines(st: &mut FileState, chunk: &[u8]) {
    let mut bytes = chunk.iter().copied().peekable();
    if st.skip_lf {
        st.skip_lf = false;
        if chunk.first() == Some(&b'\n') {
            bytes.next();
            st.newlines |= 4;
        } else {
            st.newlines |= 1;
        }
    }
    while let Some(b) = bytes.next() {
        match b {
            b'\r' => {
                st.rbuf.push(b'\n');
                match bytes.peek() {
                    Some(b'\n') => {
                        bytes.next();
                        st.newlines |= 4;
                    }
                    Some(_) => st.newlines |= 1,
                    None => st.skip_lf = true,
                }
            }
            b'\n' => {
                st.rbuf.push(b'\n');
                st.newlines |= 2;
            }
            _ => st.rbuf.push(b),
        }
    }
}

pub fn read_line(o: Obj, limit: Option<usize>) -> PyResult<Vec<u8>> {
    let st = live(o)?;
    if !st.readable {
        return Err(exc::io_error("File not open for reading"));
    }
    flush_state(st).map_err(io_err)?;
    loop {
        let avail = &st.rbuf[st.rpos..];
        let cut = avail.iter().position(|&b| b == b'\n').map(|p| p + 1);
        let cut = match (cut, limit) {
            (Some(c), Some(l)) => Some(c.min(l)),
            (None, Some(l)) if avail.len() >= l => Some(l),
            (c, _) => c,
        };
        if let Some(c) = cut {
            let line = avail[..c].to_vec();
            st.rpos += c;
            return Ok(line);
        }
        if !fill(st).map_err(io_err)? {
            let line = st.rbuf[st.rpos..].to_vec();
            st.rpos = st.rbuf.len();
            return Ok(line);
        }
    }
}

fn read_all(o: Obj, n: Option<usize>) -> PyResult<Vec<u8>> {
    let st = live(o)?;
    if !st.readable {
        return Err(exc::io_error("File not open for reading"));
    }
    flush_state(st).map_err(io_err)?;
    loop {
        let have = st.rbuf.len() - st.rpos;
        if let Some(n) = n {
            if have >= n {
                let out = st.rbuf[st.rpos..st.rpos + n].to_vec();
                st.rpos += n;
                return Ok(out);
            }
        }
        if !fill(st).map_err(io_err)? {
            let out = st.rbuf[st.rpos..].to_vec();
            st.rpos = st.rbuf.len();
            return Ok(out);
        }
    }
}

/// `open(name, mode, buffering)` / `file(...)`.
pub fn open(args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    let a = parse_args("open", args, kw, &["name", "mode", "buffering"], 1)?;
    let name_obj = a[0].unwrap();
    if !pystr::is_str(name_obj) && !unicode::is_unicode(name_obj) {
        return Err(exc::type_error(&format!(
            "coercing to Unicode: need string or buffer, {} found",
            ops::type_name_of(name_obj)
        )));
    }
    let name = ops::str_text(name_obj)?;
    let mode = match a[1] {
        Some(m) => ops::str_text(m)?,
        None => "r".into(),
    };
    let base: String = mode
        .chars()
        .filter(|c| !matches!(c, 'b' | 't' | 'U'))
        .collect();
    let mut oo = std::fs::OpenOptions::new();
    let (readable, writable) = match base.as_str() {
        "" | "r" => {
            oo.read(true);
            (true, false)
        }
        "r+" | "+r" => {
            oo.read(true).write(true);
            (true, true)
        }
        "w" => {
            oo.write(true).create(true).truncate(true);
            (false, true)
        }
        "w+" | "+w" => {
            oo.read(true).write(true).create(true).truncate(true);
            (true, true)
        }
        "a" => {
            oo.append(true).create(true);
            (false, true)
        }
        "a+" | "+a" => {
            oo.read(true).append(true).create(true);
            (true, true)
        }
        _ => {
            return Err(exc::value_error(&format!(
                "mode string must begin with one of 'r', 'w', 'a' or 'U', not '{mode}'"
            )))
        }
    };
    if std::path::Path::new(&name).is_dir() {
        let e = std::io::Error::from_raw_os_error(21);
        return Err(exc::os_error(rt().exc.IOError, &e, Some(name_obj)));
    }
    match oo.open(&name) {
        Ok(f) => {
            let o = new_file(Target::Disk(f), &name, &mode, readable, writable)?;
            fobj(o).name = Some(name_obj);
            if mode.contains('U') {
                if let Some(st) = state(o) {
                    st.universal = true;
                }
            }
            Ok(o)
        }
        Err(e) => Err(exc::os_error(rt().exc.IOError, &e, Some(name_obj))),
    }
}

fn file_new(_t: Obj, args: &[Obj], kw: Option<Obj>) -> PyResult<Obj> {
    open(args, kw)
}

fn file_repr(o: Obj) -> PyResult<Obj> {
    let f = fobj(o);
    let closed = state(o).is_none_or(|s| matches!(s.target, Target::Closed));
    let name = match f.name {
        Some(n) => ops::repr_text(n)?,
        None => "'?'".into(),
    };
    let mode = match f.mode {
        Some(m) => ops::repr_text(m)?,
        None => "'?'".into(),
    };
    pystr::from_str(&format!(
        "<{} file {}, mode {} at {:#x}>",
        if closed { "closed" } else { "open" },
        name,
        mode,
        o.addr()
    ))
}

fn self_iter(o: Obj) -> PyResult<Obj> {
    live(o)?;
    Ok(o)
}

fn file_next(o: Obj) -> PyResult<Option<Obj>> {
    let line = read_line(o, None)?;
    if line.is_empty() {
        return Ok(None);
    }
    Ok(Some(pystr::new(&line)?))
}

pub fn slots() -> Slots {
    Slots {
        new: Some(file_new),
        repr: Some(file_repr),
        iter: Some(self_iter),
        next: Some(file_next),
        hash: Some(super::object::pointer_hash),
        ..Default::default()
    }
}

/// The file was opened with 'b' in its mode.
fn is_binary(o: Obj) -> bool {
    match fobj(o).mode {
        Some(m) if pystr::is_str(m) => pystr::bytes(m).contains(&b'b'),
        _ => false,
    }
}

fn m_write(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let v = a[0];
    // CPython's file.write clears softspace.
    fobj(o).softspace = false;
    if unicode::is_unicode(v) {
        let s = unicode::encode_default(v)?;
        write_bytes(o, pystr::bytes(s))?;
    } else if pystr::is_str(v) {
        write_bytes(o, pystr::bytes(v))?;
    } else if super::bytearray::is_bytearray(v) {
        let d = super::bytearray::data(v).clone();
        write_bytes(o, &d)?;
    } else if super::memoryview::is_memoryview(v) && is_binary(o) {
        // CPython 2.7: a binary file takes any buffer ("s*"), a text one only old-style
        // character buffers ("t#").
        let d = super::memoryview::view_bytes(v).to_vec();
        write_bytes(o, &d)?;
    } else {
        return Err(exc::type_error(&format!(
            "expected a string or other character buffer object"
        )));
    }
    Ok(rt().none)
}

fn m_writelines(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let items = ops::iterate_to_list(a[0])?;
    for &it in list::items(items) {
        if !pystr::is_str(it) && !unicode::is_unicode(it) {
            return Err(exc::type_error(
                "writelines() argument must be a sequence of strings",
            ));
        }
        m_write(o, &[it], None)?;
    }
    Ok(rt().none)
}

fn m_read(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let n = match a.first() {
        Some(&x) => {
            let v = ops::index_value(x)?;
            if v < 0 {
                None
            } else {
                Some(v as usize)
            }
        }
        None => None,
    };
    let data = read_all(o, n)?;
    pystr::new(&data)
}

fn m_readline(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let limit = match a.first() {
        Some(&x) => {
            let v = ops::index_value(x)?;
            if v < 0 {
                None
            } else {
                Some(v as usize)
            }
        }
        None => None,
    };
    let line = read_line(o, limit)?;
    pystr::new(&line)
}

fn m_readlines(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let l = list::new(&[])?;
    loop {
        let line = read_line(o, None)?;
        if line.is_empty() {
            break;
        }
        list::append(l, pystr::new(&line)?)?;
    }
    Ok(l)
}

fn m_close(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    if let Some(st) = state(o) {
        flush_state(st).map_err(io_err)?;
        if matches!(st.target, Target::Disk(_)) {
            st.target = Target::Closed;
        }
    }
    Ok(rt().none)
}

fn m_flush(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    live(o)?;
    flush(o)?;
    Ok(rt().none)
}

fn m_seek(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let st = live(o)?;
    flush_state(st).map_err(io_err)?;
    let off = ops::index_value(a[0])?;
    let whence = match a.get(1) {
        Some(&w) => ops::index_value(w)?,
        None => 0,
    };
    // Reposition relative to the logical position (read-ahead discarded).
    let buffered = (st.rbuf.len() - st.rpos) as i64;
    if let Target::Disk(f) = &mut st.target {
        let pos = match whence {
            0 => SeekFrom::Start(off.max(0) as u64),
            1 => SeekFrom::Current(off - buffered),
            2 => SeekFrom::End(off),
            _ => return Err(exc::io_error("[Errno 22] Invalid argument")),
        };
        f.seek(pos).map_err(io_err)?;
    }
    st.rbuf.clear();
    st.rpos = 0;
    st.eof = false;
    Ok(rt().none)
}

fn m_tell(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let st = live(o)?;
    flush_state(st).map_err(io_err)?;
    let buffered = (st.rbuf.len() - st.rpos) as i64;
    match &mut st.target {
        Target::Disk(f) => {
            let p = f.stream_position().map_err(io_err)? as i64;
            int::new(p - buffered)
        }
        _ => Err(exc::io_error("[Errno 29] Illegal seek")),
    }
}

fn m_enter(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    live(o)?;
    Ok(o)
}

fn m_exit(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    m_close(o, &[], None)
}

fn m_fileno(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    use std::os::fd::AsRawFd;
    let st = live(o)?;
    let fd = match &st.target {
        Target::Stdin => 0,
        Target::Stdout => 1,
        Target::Stderr => 2,
        Target::Disk(f) => f.as_raw_fd() as i64,
        Target::Closed => return Err(closed_error()),
    };
    int::new(fd)
}

fn m_isatty(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    live(o)?;
    Ok(rt().false_)
}

fn m_next(o: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    match file_next(o)? {
        Some(v) => Ok(v),
        None => Err(exc::stop_iteration()),
    }
}

fn m_truncate(o: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let st = live(o)?;
    flush_state(st).map_err(io_err)?;
    if let Target::Disk(f) = &mut st.target {
        let size = match a.first() {
            Some(&s) => ops::index_value(s)? as u64,
            None => f.stream_position().map_err(io_err)?,
        };
        f.set_len(size).map_err(io_err)?;
    }
    Ok(rt().none)
}

pub static METHODS: &[MethodDef] = &[
    super::m("write", m_write, Arity::One),
    super::m("writelines", m_writelines, Arity::One),
    super::m("read", m_read, Arity::Range(0, 1)),
    super::m("readline", m_readline, Arity::Range(0, 1)),
    super::m("readlines", m_readlines, Arity::Range(0, 1)),
    super::m("close", m_close, Arity::None),
    super::m("flush", m_flush, Arity::None),
    super::m("seek", m_seek, Arity::Range(1, 2)),
    super::m("tell", m_tell, Arity::None),
    super::m("truncate", m_truncate, Arity::Range(0, 1)),
    super::m("fileno", m_fileno, Arity::None),
    super::m("isatty", m_isatty, Arity::None),
    super::m("next", m_next, Arity::None),
    super::m("__enter__", m_enter, Arity::None),
    super::m("__exit__", m_exit, Arity::Any),
];

fn g_closed(o: Obj) -> PyResult<Obj> {
    Ok(ops::bool_obj(
        state(o).is_none_or(|s| matches!(s.target, Target::Closed)),
    ))
}
fn g_name(o: Obj) -> PyResult<Obj> {
    Ok(fobj(o).name.unwrap_or(rt().none))
}
/// `f.newlines`: None, or the one newline kind seen, or a tuple of them (`\r`, `\n`, `\r\n`
/// order), in universal-newline mode; always None otherwise.
fn g_newlines(o: Obj) -> PyResult<Obj> {
    let seen = match state(o) {
        Some(st) if st.universal => st.newlines | if st.skip_lf { 1 } else { 0 },
        _ => 0,
    };
    let kinds: Vec<&str> = [(1, "\r"), (2, "\n"), (4, "\r\n")]
        .iter()
        .filter(|(bit, _)| seen & bit != 0)
        .map(|(_, s)| *s)
        .collect();
    match kinds.len() {
        0 => Ok(rt().none),
        1 => pystr::from_str(kinds[0]),
        n => super::tuple::from_fn(n, |i| pystr::from_str(kinds[i])),
    }
}

fn g_mode(o: Obj) -> PyResult<Obj> {
    Ok(fobj(o).mode.unwrap_or(rt().none))
}
fn g_softspace(o: Obj) -> PyResult<Obj> {
    int::new(fobj(o).softspace as i64)
}
fn s_softspace(o: Obj, v: Option<Obj>) -> PyResult<()> {
    fobj(o).softspace = match v {
        Some(v) => ops::truthy(v)?,
        None => false,
    };
    Ok(())
}
fn g_encoding(o: Obj) -> PyResult<Obj> {
    Ok(fobj(o).encoding.unwrap_or(rt().none))
}

pub static GETSETS: &[GetSetDef] = &[
    super::gs("closed", g_closed, None),
    super::gs("name", g_name, None),
    super::gs("mode", g_mode, None),
    super::gs("newlines", g_newlines, None),
    super::gs("softspace", g_softspace, Some(s_softspace)),
    super::gs("encoding", g_encoding, None),
];

/// The softspace flag of a file object (print statement).
pub fn softspace(o: Obj) -> bool {
    fobj(o).softspace
}

pub fn set_softspace(o: Obj, v: bool) {
    fobj(o).softspace = v;
}
