//! The `zlib` module over the real zlib library (the `libz-sys` binding), so compressed bytes
//! are the ones CPython produces: compress/decompress, compressobj/decompressobj streams
//! (`zlib.Compress`, `zlib.Decompress`), adler32/crc32 (signed 32-bit results, as CPython 2.7),
//! the constants and `zlib.error`.
//!
//! In: str (or unicode in the default encoding, or buffer) arguments. Out: str results.
//! Buffer sizes, the growth of output buffers and every message follow CPython 2.7's
//! zlibmodule.c, so results and errors agree byte for byte.
//!
//! Invariants: a stream object (`ZObj`, one layout for both types) owns a boxed `z_stream` (zlib
//! keeps a pointer back to it, so it must not move) from creation to sweep; `inited` says
//! whether zlib state is attached (it is freed by `flush(Z_FINISH)` / a finished decompressor's
//! `flush`, after which zlib itself reports "inconsistent stream state", as in CPython). The
//! stream's `next_in` only points at input during a call. The GC traces `unused_data` and
//! `unconsumed_tail`; the sweep ends zlib state and frees the box (`drop_zobj`).

use std::cell::Cell;
use std::os::raw::{c_int, c_uint, c_void};

use libz_sys as z;

use super::super::exc;
use super::super::object::{alloc, mark_opt, Header, Obj, PyResult, Raised};
use super::super::ops;
use super::super::rt::rt;
use super::super::typeobj::Slots;
use super::super::types::unicode::text_methods::int_arg;
use super::super::types::{
    dict, float, int, list, long, str as pystr, tuple, unicode, Arity, GetSetDef, MethodDef,
    NativeFn,
};
use crate::gc;

const MAX_WBITS: c_int = 15;
const DEF_MEM_LEVEL: c_int = 8;
/// Initial output buffer of the stream methods (CPython's DEFAULTALLOC).
const DEFAULTALLOC: usize = 16 * 1024;
/// Initial output buffer of `decompress` (CPython's DEF_BUF_SIZE).
const DEF_BUF_SIZE: i64 = 16 * 1024;

extern "C" {
    fn calloc(n: usize, size: usize) -> *mut c_void;
    fn free(p: *mut c_void);
}

unsafe extern "C" fn zalloc(_opaque: *mut c_void, items: c_uint, size: c_uint) -> *mut c_void {
    // SAFETY: plain C allocation; zlib frees it with `zfree`.
    unsafe { calloc(items as usize, size as usize) }
}

unsafe extern "C" fn zfree(_opaque: *mut c_void, p: *mut c_void) {
    // SAFETY: `p` came from `zalloc`.
    unsafe { free(p) }
}

fn new_stream() -> Box<z::z_stream> {
    Box::new(z::z_stream {
        next_in: std::ptr::null_mut(),
        avail_in: 0,
        total_in: 0,
        next_out: std::ptr::null_mut(),
        avail_out: 0,
        total_out: 0,
        msg: std::ptr::null_mut(),
        state: std::ptr::null_mut(),
        zalloc,
        zfree,
        opaque: std::ptr::null_mut(),
        data_type: 0,
        adler: 0,
        reserved: 0,
    })
}

fn stream_size() -> c_int {
    std::mem::size_of::<z::z_stream>() as c_int
}

// ---- zlib.error ----

thread_local! {
    /// `zlib.error` of the last import (also kept alive in `rt().extra_roots`).
    static ERROR: Cell<Option<Obj>> = const { Cell::new(None) };
}

fn error_class() -> Obj {
    ERROR.with(|e| e.get()).unwrap_or(rt().exc.Exception)
}

fn zerror(msg: &str) -> Raised {
    exc::raise_msg(error_class(), msg)
}

/// CPython's `zlib_error`: "Error <code> <what>[: <zlib's message>]".
fn zlib_error(strm: &z::z_stream, err: c_int, what: &str) -> Raised {
    let mut zmsg: Option<String> = None;
    if err == z::Z_VERSION_ERROR {
        zmsg = Some("library version mismatch".into());
    }
    if zmsg.is_none() && !strm.msg.is_null() {
        // SAFETY: zlib's messages are NUL-terminated static strings.
        let s = unsafe { std::ffi::CStr::from_ptr(strm.msg) };
        zmsg = Some(s.to_string_lossy().into_owned());
    }
    if zmsg.is_none() {
        zmsg = match err {
            z::Z_BUF_ERROR => Some("incomplete or truncated stream".into()),
            z::Z_STREAM_ERROR => Some("inconsistent stream state".into()),
            z::Z_DATA_ERROR => Some("invalid input data".into()),
            _ => None,
        };
    }
    match zmsg {
        Some(m) => {
            let m: String = m.chars().take(200).collect();
            zerror(&format!("Error {err} {what}: {m}"))
        }
        None => zerror(&format!("Error {err} {what}")),
    }
}

// ---- argument conversion ----

/// A `s#` argument: str, unicode (default encoding) or buffer.
fn data_arg(fname: &str, pos: usize, o: Obj) -> PyResult<Vec<u8>> {
    if pystr::is_str(o) {
        return Ok(pystr::bytes(o).to_vec());
    }
    if unicode::is_unicode(o) {
        return Ok(pystr::bytes(unicode::encode_default(o)?).to_vec());
    }
    if o.class() == rt().types.buffer {
        return Ok(pystr::bytes(ops::str(o)?).to_vec());
    }
    Err(exc::type_error(&format!(
        "{fname}() argument {pos} must be string or read-only buffer, not {}",
        ops::type_name_of(o)
    )))
}

/// A `I` argument: an unsigned int, its value masked to 32 bits.
fn uint_mask_arg(o: Obj) -> PyResult<u32> {
    if float::is_float(o) {
        return Err(exc::type_error("integer argument expected, got float"));
    }
    if int::is_int(o) {
        return Ok(int::value(o) as u32);
    }
    if long::is_long(o) {
        let v = long::value(o);
        let m: num_bigint::BigInt = v & num_bigint::BigInt::from(0xffff_ffffu32);
        return Ok(u32::try_from(m).unwrap_or(0));
    }
    Err(exc::type_error("an integer is required"))
}

fn int_opt(a: &[Obj], i: usize, dflt: c_int) -> PyResult<c_int> {
    match a.get(i) {
        Some(&o) => Ok(int_arg(o)? as c_int),
        None => Ok(dflt),
    }
}

// ---- module functions ----

fn compress(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let input = data_arg("compress", 1, a[0])?;
    let level = int_opt(a, 1, z::Z_DEFAULT_COMPRESSION)?;
    let mut out = vec![0u8; input.len() + input.len() / 1000 + 12 + 1];
    let mut st = new_stream();
    st.next_in = input.as_ptr() as *mut u8;
    st.avail_in = input.len() as c_uint;
    st.next_out = out.as_mut_ptr();
    st.avail_out = out.len() as c_uint;
    // SAFETY: `st` is a fresh boxed stream; the buffers outlive the calls below.
    unsafe {
        let err = z::deflateInit2_(
            &mut *st,
            level,
            z::Z_DEFLATED,
            MAX_WBITS,
            DEF_MEM_LEVEL,
            z::Z_DEFAULT_STRATEGY,
            z::zlibVersion(),
            stream_size(),
        );
        match err {
            z::Z_OK => {}
            z::Z_MEM_ERROR => {
                return Err(exc::raise_msg(
                    rt().exc.MemoryError,
                    "Out of memory while compressing data",
                ))
            }
            z::Z_STREAM_ERROR => return Err(zerror("Bad compression level")),
            _ => {
                z::deflateEnd(&mut *st);
                return Err(zlib_error(&st, err, "while compressing data"));
            }
        }
        let err = z::deflate(&mut *st, z::Z_FINISH);
        if err != z::Z_STREAM_END {
            let e = zlib_error(&st, err, "while compressing data");
            z::deflateEnd(&mut *st);
            return Err(e);
        }
        let err = z::deflateEnd(&mut *st);
        if err != z::Z_OK {
            return Err(zlib_error(&st, err, "while finishing compression"));
        }
    }
    out.truncate(st.total_out as usize);
    pystr::new(&out)
}

fn decompress(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let input = data_arg("decompress", 1, a[0])?;
    let wbits = int_opt(a, 1, MAX_WBITS)?;
    let mut bufsize = match a.get(2) {
        Some(&o) => super::super::types::unicode::text_methods::ssize_arg(o)?,
        None => DEF_BUF_SIZE,
    };
    if bufsize <= 0 {
        bufsize = 1;
    }
    let mut r_len = bufsize as usize;
    let mut out = vec![0u8; r_len];
    let mut st = new_stream();
    st.next_in = input.as_ptr() as *mut u8;
    st.avail_in = input.len() as c_uint;
    st.next_out = out.as_mut_ptr();
    st.avail_out = r_len as c_uint;
    // SAFETY: as in `compress`; `next_out` is re-pointed into `out` after every resize.
    unsafe {
        let err = z::inflateInit2_(&mut *st, wbits, z::zlibVersion(), stream_size());
        match err {
            z::Z_OK => {}
            z::Z_MEM_ERROR => {
                return Err(exc::raise_msg(
                    rt().exc.MemoryError,
                    "Out of memory while decompressing data",
                ))
            }
            _ => {
                z::inflateEnd(&mut *st);
                return Err(zlib_error(&st, err, "while preparing to decompress data"));
            }
        }
        loop {
            let err = z::inflate(&mut *st, z::Z_FINISH);
            match err {
                z::Z_STREAM_END => break,
                z::Z_BUF_ERROR | z::Z_OK => {
                    if err == z::Z_BUF_ERROR && st.avail_out > 0 {
                        let e = zlib_error(&st, err, "while decompressing data");
                        z::inflateEnd(&mut *st);
                        return Err(e);
                    }
                    out.resize(r_len * 2, 0);
                    st.next_out = out.as_mut_ptr().add(r_len);
                    st.avail_out = r_len as c_uint;
                    r_len *= 2;
                }
                _ => {
                    z::inflateEnd(&mut *st);
                    return Err(zlib_error(&st, err, "while decompressing data"));
                }
            }
        }
        let err = z::inflateEnd(&mut *st);
        if err != z::Z_OK {
            return Err(zlib_error(&st, err, "while finishing data decompression"));
        }
    }
    out.truncate(st.total_out as usize);
    pystr::new(&out)
}

fn checksum(
    name: &str,
    a: &[Obj],
    start: u32,
    f: unsafe extern "C" fn(z::uLong, *const u8, c_uint) -> z::uLong,
) -> PyResult<Obj> {
    let data = data_arg(name, 1, a[0])?;
    let mut v = match a.get(1) {
        Some(&o) => uint_mask_arg(o)?,
        None => start,
    } as z::uLong;
    for chunk in data.chunks(1 << 30) {
        // SAFETY: `chunk` is a valid buffer of its length.
        v = unsafe { f(v, chunk.as_ptr(), chunk.len() as c_uint) };
    }
    // CPython 2.7 returns the 32-bit value as a signed int.
    int::new(v as u32 as i32 as i64)
}

fn adler32(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    checksum("adler32", a, 1, z::adler32)
}

fn crc32(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    checksum("crc32", a, 0, z::crc32)
}

// ---- stream objects ----

#[repr(C)]
struct ZObj {
    head: Header,
    strm: *mut z::z_stream,
    is_deflate: bool,
    inited: bool,
    unused_data: Option<Obj>,
    unconsumed_tail: Option<Obj>,
}

unsafe fn trace_zobj(p: *mut u8, m: &mut gc::Marker) {
    // SAFETY: a stream object (possibly all zero).
    unsafe {
        let o = &*(p as *const ZObj);
        mark_opt(m, o.unused_data);
        mark_opt(m, o.unconsumed_tail);
    }
}

unsafe fn drop_zobj(p: *mut u8) {
    // SAFETY: a stream object being swept owns its boxed stream.
    unsafe {
        let o = &mut *(p as *mut ZObj);
        if !o.strm.is_null() {
            let mut st = Box::from_raw(o.strm);
            if o.inited {
                if o.is_deflate {
                    z::deflateEnd(&mut *st);
                } else {
                    z::inflateEnd(&mut *st);
                }
            }
            o.strm = std::ptr::null_mut();
        }
    }
}

pub static ZLIB_KIND: gc::Kind = gc::Kind {
    name: "zlib stream",
    trace: Some(trace_zobj),
    drop: Some(drop_zobj),
};

fn zobj(o: Obj) -> &'static mut ZObj {
    // SAFETY: methods are only called on Compress/Decompress objects (the descriptors check
    // the type), whose layout is ZObj.
    unsafe { o.cast::<ZObj>() }
}

fn strm(o: Obj) -> &'static mut z::z_stream {
    // SAFETY: `strm` is set at creation and freed only at sweep.
    unsafe { &mut *zobj(o).strm }
}

fn new_zobj(deflate: bool) -> PyResult<Obj> {
    let r = rt();
    let cls = if deflate {
        r.types.zlib_compress
    } else {
        r.types.zlib_decompress
    };
    let o = alloc(&ZLIB_KIND, std::mem::size_of::<ZObj>(), cls)?;
    let zo = zobj(o);
    zo.strm = Box::into_raw(new_stream());
    zo.is_deflate = deflate;
    zo.inited = false;
    zo.unused_data = Some(r.empty_str);
    zo.unconsumed_tail = Some(r.empty_str);
    Ok(o)
}

fn compressobj(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let level = int_opt(a, 0, z::Z_DEFAULT_COMPRESSION)?;
    let method = int_opt(a, 1, z::Z_DEFLATED)?;
    let wbits = int_opt(a, 2, MAX_WBITS)?;
    let memlevel = int_opt(a, 3, DEF_MEM_LEVEL)?;
    let strategy = int_opt(a, 4, z::Z_DEFAULT_STRATEGY)?;
    let o = new_zobj(true)?;
    let st = strm(o);
    // SAFETY: the object's boxed stream, fresh.
    let err = unsafe {
        z::deflateInit2_(
            st,
            level,
            method,
            wbits,
            memlevel,
            strategy,
            z::zlibVersion(),
            stream_size(),
        )
    };
    match err {
        z::Z_OK => {
            zobj(o).inited = true;
            Ok(o)
        }
        z::Z_MEM_ERROR => Err(exc::raise_msg(
            rt().exc.MemoryError,
            "Can't allocate memory for compression object",
        )),
        z::Z_STREAM_ERROR => Err(exc::value_error("Invalid initialization option")),
        _ => Err(zlib_error(st, err, "while creating compression object")),
    }
}

fn decompressobj(a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let wbits = int_opt(a, 0, MAX_WBITS)?;
    let o = new_zobj(false)?;
    let st = strm(o);
    // SAFETY: the object's boxed stream, fresh.
    let err = unsafe { z::inflateInit2_(st, wbits, z::zlibVersion(), stream_size()) };
    match err {
        z::Z_OK => {
            zobj(o).inited = true;
            Ok(o)
        }
        z::Z_STREAM_ERROR => Err(exc::value_error("Invalid initialization option")),
        z::Z_MEM_ERROR => Err(exc::raise_msg(
            rt().exc.MemoryError,
            "Can't allocate memory for decompression object",
        )),
        _ => Err(zlib_error(st, err, "while creating decompression object")),
    }
}

/// Runs `step` (one deflate/inflate call on `st` with `out[pos..]` as output) until it stops
/// filling the buffer, doubling the buffer as CPython does. Returns the last zlib code.
fn pump(
    st: &mut z::z_stream,
    out: &mut Vec<u8>,
    mut keep_going: impl FnMut(c_int) -> bool,
    step: impl Fn(&mut z::z_stream) -> c_int,
) -> c_int {
    let mut length = out.len();
    st.next_out = out.as_mut_ptr();
    st.avail_out = length as c_uint;
    let mut err = step(st);
    while keep_going(err) && st.avail_out == 0 {
        out.resize(length * 2, 0);
        // SAFETY: `length` is within the resized buffer.
        st.next_out = unsafe { out.as_mut_ptr().add(length) };
        st.avail_out = length as c_uint;
        length *= 2;
        err = step(st);
    }
    err
}

fn comp_compress(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let input = data_arg("compress", 1, a[0])?;
    let st = strm(s);
    let start = st.total_out;
    st.next_in = input.as_ptr() as *mut u8;
    st.avail_in = input.len() as c_uint;
    let mut out = vec![0u8; DEFAULTALLOC];
    // SAFETY: the stream's buffers (`input`, `out`) are alive during the calls.
    let err = pump(
        st,
        &mut out,
        |e| e == z::Z_OK,
        |st| unsafe { z::deflate(st, z::Z_NO_FLUSH) },
    );
    st.next_in = std::ptr::null_mut();
    st.avail_in = 0;
    if err != z::Z_OK && err != z::Z_BUF_ERROR {
        return Err(zlib_error(st, err, "while compressing data"));
    }
    out.truncate((st.total_out - start) as usize);
    pystr::new(&out)
}

fn comp_flush(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let mode = int_opt(a, 0, z::Z_FINISH)?;
    if mode == z::Z_NO_FLUSH {
        return Ok(rt().empty_str);
    }
    let st = strm(s);
    let start = st.total_out;
    st.avail_in = 0;
    let mut out = vec![0u8; DEFAULTALLOC];
    // SAFETY: as in `comp_compress`.
    let mut err = pump(
        st,
        &mut out,
        |e| e == z::Z_OK,
        |st| unsafe { z::deflate(st, mode) },
    );
    if err == z::Z_STREAM_END && mode == z::Z_FINISH {
        // SAFETY: the object's stream.
        err = unsafe { z::deflateEnd(st) };
        if err != z::Z_OK {
            return Err(zlib_error(st, err, "from deflateEnd()"));
        }
        zobj(s).inited = false;
    } else if err != z::Z_OK && err != z::Z_BUF_ERROR {
        return Err(zlib_error(st, err, "while flushing"));
    }
    out.truncate((st.total_out - start) as usize);
    pystr::new(&out)
}

fn copy_obj(s: Obj, deflate: bool) -> PyResult<Obj> {
    let o = new_zobj(deflate)?;
    let (dst, src) = (strm(o), strm(s));
    // SAFETY: two distinct boxed streams.
    let err = unsafe {
        if deflate {
            z::deflateCopy(dst, src)
        } else {
            z::inflateCopy(dst, src)
        }
    };
    let what = if deflate {
        "compression"
    } else {
        "decompression"
    };
    match err {
        z::Z_OK => {}
        z::Z_STREAM_ERROR => return Err(exc::value_error("Inconsistent stream state")),
        z::Z_MEM_ERROR => {
            return Err(exc::raise_msg(
                rt().exc.MemoryError,
                &format!("Can't allocate memory for {what} object"),
            ))
        }
        _ => {
            return Err(zlib_error(
                src,
                err,
                &format!("while copying {what} object"),
            ))
        }
    }
    let (zs, zd) = (zobj(s), zobj(o));
    zd.unused_data = zs.unused_data;
    zd.unconsumed_tail = zs.unconsumed_tail;
    zd.inited = true;
    Ok(o)
}

fn comp_copy(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    copy_obj(s, true)
}

fn decomp_copy(s: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    copy_obj(s, false)
}

/// CPython 2.7's `save_unconsumed_input`: input left after the end of the stream is appended
/// to `unused_data`; input left because the output limit was reached goes to
/// `unconsumed_tail` (which is cleared once all input is consumed).
fn save_unconsumed(s: Obj, err: c_int) -> PyResult<()> {
    let st = strm(s);
    let rest: Vec<u8> = if st.avail_in > 0 && !st.next_in.is_null() {
        // SAFETY: `next_in` points into the caller's live input buffer, `avail_in` bytes left.
        unsafe { std::slice::from_raw_parts(st.next_in, st.avail_in as usize).to_vec() }
    } else {
        Vec::new()
    };
    if err == z::Z_STREAM_END && !rest.is_empty() {
        let old = zobj(s).unused_data.map(pystr::bytes).unwrap_or(b"");
        let mut v = old.to_vec();
        v.extend_from_slice(&rest);
        zobj(s).unused_data = Some(pystr::new(&v)?);
    }
    let tail_len = zobj(s).unconsumed_tail.map(|t| pystr::bytes(t).len());
    if !rest.is_empty() || tail_len.unwrap_or(0) > 0 {
        zobj(s).unconsumed_tail = Some(pystr::new(&rest)?);
    }
    Ok(())
}

fn decomp_decompress(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let input = data_arg("decompress", 1, a[0])?;
    let max_length = int_opt(a, 1, 0)? as i64;
    if max_length < 0 {
        return Err(exc::value_error("max_length must be greater than zero"));
    }
    let mut length = DEFAULTALLOC;
    if max_length > 0 && length as i64 > max_length {
        length = max_length as usize;
    }
    let mut out = vec![0u8; length];
    let st = strm(s);
    let start = st.total_out;
    st.next_in = input.as_ptr() as *mut u8;
    st.avail_in = input.len() as c_uint;
    st.next_out = out.as_mut_ptr();
    st.avail_out = length as c_uint;
    // SAFETY: the stream's buffers (`input`, `out`) are alive during the calls.
    let mut err = unsafe { z::inflate(st, z::Z_SYNC_FLUSH) };
    while err == z::Z_OK && st.avail_out == 0 {
        if max_length > 0 && length as i64 >= max_length {
            break;
        }
        let old = length;
        length <<= 1;
        if max_length > 0 && length as i64 > max_length {
            length = max_length as usize;
        }
        out.resize(length, 0);
        // SAFETY: `old` is within the resized buffer.
        st.next_out = unsafe { out.as_mut_ptr().add(old) };
        st.avail_out = (length - old) as c_uint;
        // SAFETY: as above.
        err = unsafe { z::inflate(st, z::Z_SYNC_FLUSH) };
    }
    let saved = save_unconsumed(s, err);
    let st = strm(s);
    st.next_in = std::ptr::null_mut();
    st.avail_in = 0;
    saved?;
    if err != z::Z_STREAM_END && err != z::Z_OK && err != z::Z_BUF_ERROR {
        return Err(zlib_error(st, err, "while decompressing"));
    }
    out.truncate((st.total_out - start) as usize);
    pystr::new(&out)
}

fn decomp_flush(s: Obj, a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    let length = int_opt(a, 0, DEFAULTALLOC as c_int)?;
    if length <= 0 {
        return Err(exc::value_error("length must be greater than zero"));
    }
    let tail = zobj(s)
        .unconsumed_tail
        .map(|t| pystr::bytes(t).to_vec())
        .unwrap_or_default();
    let st = strm(s);
    let start = st.total_out;
    st.next_in = tail.as_ptr() as *mut u8;
    st.avail_in = tail.len() as c_uint;
    let mut out = vec![0u8; length as usize];
    // SAFETY: the stream's buffers (`tail`, `out`) are alive during the calls.
    let mut err = pump(
        st,
        &mut out,
        |e| e == z::Z_OK || e == z::Z_BUF_ERROR,
        |st| unsafe { z::inflate(st, z::Z_FINISH) },
    );
    let saved = save_unconsumed(s, err);
    let st = strm(s);
    st.next_in = std::ptr::null_mut();
    st.avail_in = 0;
    saved?;
    if err == z::Z_STREAM_END {
        // SAFETY: the object's stream.
        err = unsafe { z::inflateEnd(st) };
        zobj(s).inited = false;
        if err != z::Z_OK {
            return Err(zlib_error(st, err, "from inflateEnd()"));
        }
    }
    out.truncate((st.total_out - start) as usize);
    pystr::new(&out)
}

fn get_unused_data(s: Obj) -> PyResult<Obj> {
    Ok(zobj(s).unused_data.unwrap_or(rt().empty_str))
}

fn get_unconsumed_tail(s: Obj) -> PyResult<Obj> {
    Ok(zobj(s).unconsumed_tail.unwrap_or(rt().empty_str))
}

pub static COMPRESS_METHODS: &[MethodDef] = &[
    super::super::types::m("compress", comp_compress, Arity::Range(1, 1)),
    super::super::types::m("flush", comp_flush, Arity::Range(0, 1)),
    super::super::types::m("copy", comp_copy, Arity::None),
];

pub static DECOMPRESS_METHODS: &[MethodDef] = &[
    super::super::types::m("decompress", decomp_decompress, Arity::Range(1, 2)),
    super::super::types::m("flush", decomp_flush, Arity::Range(0, 1)),
    super::super::types::m("copy", decomp_copy, Arity::None),
];

pub static DECOMPRESS_GETSETS: &[GetSetDef] = &[
    super::super::types::gs("unused_data", get_unused_data, None),
    super::super::types::gs("unconsumed_tail", get_unconsumed_tail, None),
];

/// Slots of both stream types: they are made by compressobj/decompressobj only.
pub fn slots() -> Slots {
    Slots {
        new: Some(no_new),
        ..Default::default()
    }
}

fn no_new(t: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Err(exc::type_error(&format!(
        "cannot create '{}' instances",
        super::super::typeobj::type_name(t)
    )))
}

const FUNCS: &[(&str, NativeFn, Arity)] = &[
    ("adler32", adler32, Arity::Range(1, 2)),
    ("compress", compress, Arity::Range(1, 2)),
    ("compressobj", compressobj, Arity::Range(0, 5)),
    ("crc32", crc32, Arity::Range(1, 2)),
    ("decompress", decompress, Arity::Range(1, 3)),
    ("decompressobj", decompressobj, Arity::Range(0, 1)),
];

pub fn init(d: Obj) -> PyResult<()> {
    super::add_funcs(d, FUNCS)?;
    let consts: &[(&str, c_int)] = &[
        ("MAX_WBITS", MAX_WBITS),
        ("DEFLATED", z::Z_DEFLATED),
        ("DEF_MEM_LEVEL", DEF_MEM_LEVEL),
        ("Z_BEST_SPEED", z::Z_BEST_SPEED),
        ("Z_BEST_COMPRESSION", z::Z_BEST_COMPRESSION),
        ("Z_DEFAULT_COMPRESSION", z::Z_DEFAULT_COMPRESSION),
        ("Z_FILTERED", z::Z_FILTERED),
        ("Z_HUFFMAN_ONLY", z::Z_HUFFMAN_ONLY),
        ("Z_DEFAULT_STRATEGY", z::Z_DEFAULT_STRATEGY),
        ("Z_FINISH", z::Z_FINISH),
        ("Z_NO_FLUSH", z::Z_NO_FLUSH),
        ("Z_SYNC_FLUSH", z::Z_SYNC_FLUSH),
        ("Z_FULL_FLUSH", z::Z_FULL_FLUSH),
    ];
    for &(name, v) in consts {
        dict::set_str(d, name, int::new(v as i64)?)?;
    }
    // SAFETY: zlibVersion returns a static NUL-terminated string.
    let version = unsafe { std::ffi::CStr::from_ptr(z::zlibVersion()) };
    dict::set_str(d, "ZLIB_VERSION", pystr::new(version.to_bytes())?)?;
    dict::set_str(d, "__version__", pystr::from_str("1.0")?)?;
    // `class error(Exception)` with `__module__` 'zlib'.
    let r = rt();
    let ns = dict::new()?;
    dict::set_str(ns, "__module__", pystr::from_str("zlib")?)?;
    let bases = tuple::new(&[r.exc.Exception])?;
    let name = pystr::from_str("error")?;
    let e = super::super::call::call(r.types.type_, &[name, bases, ns], None)?;
    dict::set_str(d, "error", e)?;
    list::append(r.extra_roots, e)?;
    ERROR.with(|c| c.set(Some(e)));
    Ok(())
}
