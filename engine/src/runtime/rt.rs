//! The runtime's global state: builtin type objects, singletons, interned names, module table.
//!
//! In: `init()` once per thread that runs Python (the heap is per thread; see gc). Out: `rt()`,
//! the `Runtime` every module reads (`rt().types.int`, `rt().none`, `rt().names.__init__`).
//!
//! Invariants: every reference here is marked by the root tracer `trace_runtime`, registered at
//! init, so all of it lives as long as the thread's runtime. Fields are written only during
//! `init` (and `modules`/`interned`, which are dicts mutated through their own API).

use std::cell::Cell;

use super::object::Obj;
use crate::gc;

macro_rules! obj_struct {
    ($(#[$m:meta])* $name:ident { $($field:ident),* $(,)? }) => {
        $(#[$m])*
        #[allow(non_snake_case)]
        pub struct $name { $(pub $field: Obj,)* }
        impl $name {
            fn trace(&self, m: &mut gc::Marker) {
                $( m.mark(self.$field.as_ptr()); )*
            }

            /// Builds the struct, each field from its name.
            #[allow(dead_code)]
            pub(super) fn from_names(mut f: impl FnMut(&str) -> Obj) -> Self {
                $name { $($field: f(stringify!($field)),)* }
            }
        }
    };
}

obj_struct!(
    /// Builtin type objects.
    Types {
        object, type_, none, not_implemented, ellipsis, bool, int, long, float, complex, str,
        unicode, basestring, tuple, list, dict, set, frozenset, slice, xrange, function,
        instancemethod, builtin_function, method_descriptor, wrapper_descriptor, getset_descriptor,
        member_descriptor, classmethod, staticmethod, property, super_, module, cell, code, frame,
        traceback, generator, classobj, instance, seq_iter, callable_iter, list_iter,
        zlib_compress, zlib_decompress,
        list_reverse_iter, tuple_iter, str_iter, dict_keys_iter, dict_values_iter, dict_items_iter,
        set_iter, xrange_iter, enumerate, reversed, file, bytearray, dictproxy, weakref, weakproxy,
        weakcallableproxy, dict_keys_view, dict_values_view, dict_items_view, buffer,
        method_wrapper,
        array,
        memoryview,
    }
);

obj_struct!(
    /// The builtin exception classes.
    ExcTypes {
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration,
        StandardError, BufferError, ArithmeticError, FloatingPointError, OverflowError,
        ZeroDivisionError, AssertionError, AttributeError, EnvironmentError, IOError, OSError,
        EOFError, ImportError, LookupError, IndexError, KeyError, MemoryError, NameError,
        UnboundLocalError, ReferenceError, RuntimeError, NotImplementedError, SyntaxError,
        IndentationError, TabError, SystemError, TypeError, ValueError, UnicodeError,
        UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, Warning,
        DeprecationWarning, PendingDeprecationWarning, RuntimeWarning, SyntaxWarning, UserWarning,
        FutureWarning, ImportWarning, UnicodeWarning, BytesWarning,
    }
);

/// The exception hierarchy: (name, base name), bases first.
pub const EXC_HIERARCHY: &[(&str, &str)] = &[
    ("SystemExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("Exception", "BaseException"),
    ("StopIteration", "Exception"),
    ("StandardError", "Exception"),
    ("BufferError", "StandardError"),
    ("ArithmeticError", "StandardError"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "StandardError"),
    ("AttributeError", "StandardError"),
    ("EnvironmentError", "StandardError"),
    ("IOError", "EnvironmentError"),
    ("OSError", "EnvironmentError"),
    ("EOFError", "StandardError"),
    ("ImportError", "StandardError"),
    ("LookupError", "StandardError"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "StandardError"),
    ("NameError", "StandardError"),
    ("UnboundLocalError", "NameError"),
    ("ReferenceError", "StandardError"),
    ("RuntimeError", "StandardError"),
    ("NotImplementedError", "RuntimeError"),
    ("SyntaxError", "StandardError"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "StandardError"),
    ("TypeError", "StandardError"),
    ("ValueError", "StandardError"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("DeprecationWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UserWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("BytesWarning", "Warning"),
];

/// Names used by the runtime itself, interned once.
macro_rules! names {
    ($($field:ident),* $(,)?) => {
        obj_struct!(Names { $($field),* });
    };
}

names!(
    __abs__,
    __add__,
    __and__,
    __bases__,
    __builtins__,
    __call__,
    __class__,
    __cmp__,
    __coerce__,
    __contains__,
    __del__,
    __delattr__,
    __delete__,
    __delitem__,
    __delslice__,
    __dict__,
    __div__,
    __divmod__,
    __doc__,
    __enter__,
    __eq__,
    __exit__,
    __file__,
    __float__,
    __floordiv__,
    __format__,
    __ge__,
    __get__,
    __getattr__,
    __getattribute__,
    __getitem__,
    __getslice__,
    __gt__,
    __hash__,
    __hex__,
    __iadd__,
    __iand__,
    __idiv__,
    __ifloordiv__,
    __ilshift__,
    __imod__,
    __imul__,
    __index__,
    __init__,
    __int__,
    __invert__,
    __ior__,
    __ipow__,
    __irshift__,
    __isub__,
    __iter__,
    __itruediv__,
    __ixor__,
    __le__,
    __len__,
    __long__,
    __lshift__,
    __lt__,
    __main__,
    __metaclass__,
    __mod__,
    __module__,
    __mro__,
    __mul__,
    __name__,
    __ne__,
    __neg__,
    __new__,
    __nonzero__,
    __oct__,
    __or__,
    __pos__,
    __pow__,
    __radd__,
    __rand__,
    __rcmp__,
    __rdiv__,
    __rdivmod__,
    __repr__,
    __reversed__,
    __rfloordiv__,
    __rlshift__,
    __rmod__,
    __rmul__,
    __ror__,
    __rpow__,
    __rrshift__,
    __rshift__,
    __rsub__,
    __rtruediv__,
    __rxor__,
    __set__,
    __setattr__,
    __setitem__,
    __setslice__,
    __slots__,
    __str__,
    __sub__,
    __truediv__,
    __unicode__,
    __xor__,
    __all__,
    __import__,
    __package__,
    __path__,
    __weakref__,
    __instancecheck__,
    __subclasscheck__,
    __length_hint__,
    __missing__,
    __complex__,
    __trunc__,
    __subclasses__,
    __getinitargs__,
    __members__,
    __methods__,
    __sizeof__,
    __reduce__,
    __reduce_ex__,
    __getnewargs__,
    __getstate__,
    __setstate__,
    __dir__,
    __objclass__,
    __self__,
    __func__,
    __closure__,
    __code__,
    __defaults__,
    __globals__,
    __debug__,
    __version__,
    next,
    send,
    throw,
    close,
    args,
    message,
    keys,
    items,
    values,
    append,
    write,
    softspace,
    stdout,
    stderr,
    stdin,
    displayhook,
    excepthook,
    readline,
    read,
    flush,
    fileno,
    mro,
    im_func,
    im_self,
    im_class,
    func_name,
    func_code,
    func_defaults,
    func_globals,
    func_closure,
    func_doc,
    func_dict,
    errno,
    strerror,
    filename,
    code,
    msg,
    lineno,
    offset,
    text,
    print_file_and_line,
    encoding,
    object,
    start,
    end,
    reason,
    has_key,
    fromlist,
    level,
    name,
    copy,
    get,
    update,
);

pub struct Runtime {
    pub types: Types,
    pub exc: ExcTypes,
    pub names: Names,
    pub none: Obj,
    pub true_: Obj,
    pub false_: Obj,
    pub not_implemented: Obj,
    pub ellipsis: Obj,
    pub empty_tuple: Obj,
    pub empty_str: Obj,
    pub empty_unicode: Obj,
    /// `int` objects for SMALL_INT_MIN ..= SMALL_INT_MAX.
    pub small_ints: Vec<Obj>,
    /// One-character strs, by byte.
    pub chars: Vec<Obj>,
    /// str → the interned str (a dict).
    pub interned: Obj,
    /// `sys.modules`.
    pub modules: Obj,
    pub builtins: Obj,
    pub builtins_dict: Obj,
    pub sys: Obj,
    /// Exception classes by name (the `exceptions` module's dict).
    pub exceptions: Obj,
    /// Preallocated MemoryError instance (raised when allocation fails).
    pub memory_error: Obj,
    /// Extra roots registered by modules (e.g. `gc.garbage`, the `atexit` list): a list.
    pub extra_roots: Obj,
}

pub const SMALL_INT_MIN: i64 = -5;
pub const SMALL_INT_MAX: i64 = 1024;

impl Runtime {
    fn trace(&self, m: &mut gc::Marker) {
        self.types.trace(m);
        self.exc.trace(m);
        self.names.trace(m);
        for o in [
            self.none,
            self.true_,
            self.false_,
            self.not_implemented,
            self.ellipsis,
            self.empty_tuple,
            self.empty_str,
            self.empty_unicode,
            self.interned,
            self.modules,
            self.builtins,
            self.builtins_dict,
            self.sys,
            self.exceptions,
            self.memory_error,
            self.extra_roots,
        ] {
            m.mark(o.as_ptr());
        }
        for o in self.small_ints.iter().chain(self.chars.iter()) {
            m.mark(o.as_ptr());
        }
    }
}

thread_local! {
    static RT: Cell<*const Runtime> = const { Cell::new(std::ptr::null()) };
}

/// This thread's runtime. Panics (an engine bug) if `init` has not run on this thread.
#[inline]
pub fn rt() -> &'static Runtime {
    let p = RT.with(|r| r.get());
    assert!(!p.is_null(), "runtime not initialised on this thread");
    // SAFETY: set once by `install` from a leaked Box; never freed while the thread runs.
    unsafe { &*p }
}

/// Whether `init` has run on this thread.
pub fn is_initialised() -> bool {
    RT.with(|r| !r.get().is_null())
}

fn trace_runtime(m: &mut gc::Marker) {
    let p = RT.with(|r| r.get());
    if !p.is_null() {
        // SAFETY: as in `rt`.
        unsafe { (*p).trace(m) };
    }
    super::exc::trace_thread_state(m);
    super::typeobj::trace_attr_cache(m);
}

/// Makes `r` this thread's runtime. Called by `runtime::init` once the objects exist.
pub(super) fn install(r: Box<Runtime>) {
    RT.with(|c| c.set(Box::into_raw(r)));
}

/// The runtime during `init`, to fill in fields created after it was installed.
///
/// # Safety
/// Only `runtime::init` calls this, before any other code holds a reference from `rt()`.
#[allow(clippy::mut_from_ref)]
pub(super) unsafe fn rt_mut() -> &'static mut Runtime {
    let p = RT.with(|r| r.get());
    // SAFETY: by the caller's contract.
    unsafe { &mut *(p as *mut Runtime) }
}

/// Registers the root tracer; called first thing in `runtime::init`, so the objects being built
/// are rooted through the partial state `init` keeps on its stack.
pub(super) fn register_root_tracer() {
    gc::add_root_tracer(trace_runtime);
}
