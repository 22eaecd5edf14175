//! The `raise` statement's rules (CPython 2.7's `do_raise`) and `except` matching.

use super::call::call;
use super::exc::{self, ExcState};
use super::object::{Obj, PyResult, Raised};
use super::rt::rt;
use super::types::{classobj, traceback, tuple};

/// `raise ty, value, tb` (all None: re-raise the handled exception). Always returns the
/// `Raised` marker with the resulting exception pending.
pub fn do_raise(ty: Option<Obj>, value: Option<Obj>, tb: Option<Obj>) -> Raised {
    match build(ty, value, tb) {
        Ok(s) => exc::set_pending(s),
        Err(r) => r,
    }
}

fn build(ty: Option<Obj>, value: Option<Obj>, tb: Option<Obj>) -> PyResult<ExcState> {
    let r = rt();
    let Some(mut ty) = ty else {
        // Bare `raise`.
        return match exc::handled() {
            Some(h) => Ok(h),
            None => Err(exc::type_error(
                "exceptions must be old-style classes or derived from BaseException, not NoneType",
            )),
        };
    };
    let tb = tb.filter(|t| *t != r.none);
    if let Some(t) = tb {
        if !traceback::is_traceback(t) {
            return Err(exc::type_error("raise: arg 3 must be a traceback or None"));
        }
    }
    let value = value.filter(|v| *v != r.none);
    // A tuple as the type: its first item, recursively.
    while tuple::is_tuple(ty) && tuple::len(ty) > 0 {
        ty = tuple::items(ty)[0];
    }
    if is_exception_class(ty) {
        let v = instantiate(ty, value)?;
        return Ok(ExcState {
            ty: exception_class_of(v),
            value: v,
            tb,
        });
    }
    if is_exception_instance(ty) {
        if value.is_some() {
            return Err(exc::type_error(
                "instance exception may not have a separate value",
            ));
        }
        return Ok(ExcState {
            ty: exception_class_of(ty),
            value: ty,
            tb,
        });
    }
    Err(exc::type_error(&format!(
        "exceptions must be old-style classes or derived from BaseException, not {}",
        super::ops::type_name_of(ty)
    )))
}

/// An exception instance of class `ty` from `value` (PyErr_NormalizeException).
pub fn instantiate(ty: Obj, value: Option<Obj>) -> PyResult<Obj> {
    if let Some(v) = value {
        if classobj::isinstance_any(v, ty)? {
            return Ok(v);
        }
    }
    match value {
        None => call(ty, &[], None),
        Some(v) if v.class() == rt().types.tuple => call(ty, tuple::items(v), None),
        Some(v) => call(ty, &[v], None),
    }
}

/// A class that can be raised: an old-style class or a subclass of BaseException.
pub fn is_exception_class(o: Obj) -> bool {
    let r = rt();
    if o.class() == r.types.classobj {
        return true;
    }
    super::typeobj::is_type(o) && super::typeobj::is_subtype(o, r.exc.BaseException)
}

pub fn is_exception_instance(o: Obj) -> bool {
    let r = rt();
    o.class() == r.types.instance || super::typeobj::is_subtype(o.class(), r.exc.BaseException)
}

/// The class of an exception instance (old-style: its `__class__`).
pub fn exception_class_of(v: Obj) -> Obj {
    if v.class() == rt().types.instance {
        classobj::instance_class(v)
    } else {
        v.class()
    }
}

/// `except pattern:` against exception class `ty`.
pub fn exception_matches(ty: Obj, pattern: Obj) -> PyResult<bool> {
    if tuple::is_tuple(pattern) {
        for &p in tuple::items(pattern) {
            if exception_matches(ty, p)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if ty == pattern {
        return Ok(true);
    }
    if is_exception_class(pattern) || pattern.class() == rt().types.classobj {
        return Ok(classobj::issubclass_any(ty, pattern));
    }
    Ok(false)
}
