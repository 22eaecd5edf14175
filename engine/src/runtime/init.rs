//! Building the runtime on a thread: the builtin type objects (allocated first, since every
//! object needs its class), the singletons and interned names, the exception classes, and the
//! `__builtin__` and `sys` modules. The GC is off while this runs (nothing is rooted yet).

use super::object::{alloc, Header, Obj, ObjVec, PyResult};
use super::rt::{
    self, rt, ExcTypes, Names, Runtime, Types, EXC_HIERARCHY, SMALL_INT_MAX, SMALL_INT_MIN,
};
use super::typeobj::{
    tobj, Layout, Slots, TypeObject, TF_BASETYPE, TF_EXCEPTION, TF_WEAKREFABLE, TYPE_KIND,
};
use super::types::{self as t, dict, str as pystr, tuple, GetSetDef, MethodDef};
use crate::gc;

fn raw_type(meta: Option<Obj>) -> Obj {
    // SAFETY: GC is disabled during init; the object is written fully below.
    let p =
        unsafe { gc::alloc(&TYPE_KIND, std::mem::size_of::<TypeObject>()) }.unwrap_or_else(|_| {
            eprintln!("Fatal Python error: out of memory during initialisation");
            std::process::exit(1)
        });
    // SAFETY: non-null fresh allocation.
    let o = unsafe { Obj::from_ptr(p.as_ptr()) }.expect("non-null");
    o.set_class(meta.unwrap_or(o));
    o
}

/// What each builtin type is: (name, base, layout, subclassable, slots, methods, getsets).
struct Def {
    name: &'static str,
    base: Option<Obj>,
    layout: Layout,
    basetype: bool,
    slots: Slots,
    methods: &'static [MethodDef],
    getsets: &'static [GetSetDef],
}

fn fill_type(ty: Obj, def: Def) -> PyResult<()> {
    let r = rt();
    let bases = match def.base {
        Some(b) => tuple::new(&[b])?,
        None => tuple::new(&[])?,
    };
    let d = dict::new()?;
    let name = pystr::intern(def.name)?;
    let mut flags = if def.basetype { TF_BASETYPE } else { 0 };
    if def.layout == Layout::Exception {
        flags |= TF_EXCEPTION;
    }
    // The builtin types CPython 2.7 gives a weak reference list.
    const WEAKREFABLE: &[&str] = &[
        "set",
        "frozenset",
        "type",
        "classobj",
        "instance",
        "function",
        "generator",
        "instancemethod",
        "file",
        "code",
        "functools.partial",
        "collections.deque",
        "_sre.SRE_Pattern",
    ];
    if WEAKREFABLE.contains(&def.name) {
        flags |= TF_WEAKREFABLE;
    }
    // Slots not given are inherited from the base (CPython's inherit_slots).
    let mut slots = def.slots;
    if let Some(b) = def.base {
        inherit(&mut slots, &tobj(b).slots);
    }
    // SAFETY: a raw type object allocated by `raw_type`.
    unsafe {
        std::ptr::write(
            ty.cast::<TypeObject>(),
            TypeObject {
                head: Header { class: ty.class() },
                slots,
                name,
                bases,
                base: def.base,
                mro: bases,
                dict: d,
                layout: def.layout,
                flags,
                nslots: 0,
                has_dict: false,
                version: 0,
                instance_kind: super::class::sub_kind_for(def.layout),
                subclasses: ObjVec::new(),
            },
        );
    }
    let mut mro = vec![ty];
    if let Some(b) = def.base {
        mro.extend_from_slice(tuple::items(tobj(b).mro));
        tobj(b).subclasses.push(ty)?;
    }
    tobj(ty).mro = tuple::new(&mro)?;
    for m in def.methods {
        let o = t::descr::new_method_descr(m, ty)?;
        dict::set_str(d, m.name, o)?;
    }
    for g in def.getsets {
        let o = t::descr::new_getset(g, ty)?;
        dict::set_str(d, g.name, o)?;
    }
    super::wrappers::add_slot_wrappers(ty)?;
    if dict::get_item(d, r.names.__doc__)?.is_none() {
        dict::set_item(d, r.names.__doc__, r.none)?;
    }
    Ok(())
}

fn inherit(s: &mut Slots, b: &Slots) {
    macro_rules! inh {
        ($($f:ident),*) => { $( if s.$f.is_none() { s.$f = b.$f; } )* };
    }
    inh!(
        repr,
        str,
        hash,
        call,
        getattr,
        setattr,
        richcmp,
        compare,
        iter,
        next,
        descr_get,
        descr_set,
        new,
        init,
        len,
        getitem,
        setitem,
        contains,
        nonzero,
        getslice,
        setslice,
        pow3,
        concat,
        repeat,
        inplace_concat,
        inplace_repeat
    );
    for i in 0..s.nb.len() {
        if s.nb[i].is_none() {
            s.nb[i] = b.nb[i];
        }
        if s.inplace[i].is_none() {
            s.inplace[i] = b.inplace[i];
        }
    }
    for i in 0..s.unary.len() {
        if s.unary[i].is_none() {
            s.unary[i] = b.unary[i];
        }
    }
}

macro_rules! alloc_types {
    ($meta:expr; $($f:ident),* $(,)?) => {
        Types { $($f: raw_type(Some($meta)),)* type_: $meta }
    };
}

/// Builds this thread's runtime. Idempotent.
pub fn init() {
    if rt::is_initialised() {
        return;
    }
    super::stack::init_thread();
    gc::set_enabled(false);
    let type_type = raw_type(None);
    let types = alloc_types!(type_type;
        object, none, not_implemented, ellipsis, bool, int, long, float, complex, str,
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
    );
    // Placeholders until the real objects exist (every field is rewritten below).
    let ph = type_type;
    let exc = ExcTypes::from_names(|_| ph);
    let names = Names::from_names(|_| ph);
    rt::install(Box::new(Runtime {
        types,
        exc,
        names,
        none: ph,
        true_: ph,
        false_: ph,
        not_implemented: ph,
        ellipsis: ph,
        empty_tuple: ph,
        empty_str: ph,
        empty_unicode: ph,
        small_ints: Vec::new(),
        chars: Vec::new(),
        interned: ph,
        modules: ph,
        builtins: ph,
        builtins_dict: ph,
        sys: ph,
        exceptions: ph,
        memory_error: ph,
        extra_roots: ph,
    }));
    rt::register_root_tracer();
    if let Err(_e) = build() {
        let p = super::exc::peek_pending();
        eprintln!("Fatal Python error: runtime initialisation failed ({p:?})");
        std::process::exit(1);
    }
    gc::set_enabled(true);
}

fn build() -> PyResult<()> {
    // SAFETY: nothing else holds references into the runtime during init.
    let rm = unsafe { rt::rt_mut() };
    let ty = rm.types.type_;
    let ts = &rm.types;
    // The first objects: interned-strings table, singletons, shared strs and ints. Their types
    // are not filled yet, but allocation only needs the type pointers.
    // The dict type's table lives in the object: dict::new works before `dict` is filled.
    rm.interned = dict::new()?;
    rm.empty_tuple = tuple::new_of(ts.tuple, &[])?;
    rm.empty_str = pystr::new_of(ts.str, b"")?;
    let mut chars = Vec::with_capacity(256);
    for b in 0..=255u8 {
        chars.push(pystr::new_of(ts.str, &[b])?);
    }
    rm.chars = chars;
    rm.empty_unicode = t::unicode::new_of(ts.unicode, &[])?;
    rm.names = Names::from_names(|s: &str| {
        pystr::intern(s).unwrap_or_else(|_| {
            eprintln!("Fatal Python error: cannot intern names");
            std::process::exit(1)
        })
    });
    let singleton = |cls: Obj| alloc(&t::typetype::OBJECT_KIND, 16, cls);
    rm.none = singleton(ts.none)?;
    rm.not_implemented = singleton(ts.not_implemented)?;
    rm.ellipsis = singleton(ts.ellipsis)?;
    rm.true_ = t::int::new_of(ts.bool, 1)?;
    rm.false_ = t::int::new_of(ts.bool, 0)?;
    let mut small = Vec::new();
    for v in SMALL_INT_MIN..=SMALL_INT_MAX {
        small.push(t::int::new_of(ts.int, v)?);
    }
    rm.small_ints = small;
    rm.modules = dict::new()?;
    rm.extra_roots = t::list::new(&[])?;

    let ts = &rt().types;
    let o = Some(ts.object);
    use Layout as L;
    let defs: Vec<(Obj, Def)> = vec![
        (
            ts.object,
            Def {
                name: "object",
                base: None,
                layout: L::Object,
                basetype: true,
                slots: t::object::slots(),
                methods: t::object::METHODS,
                getsets: t::object::GETSETS,
            },
        ),
        (
            ty,
            Def {
                name: "type",
                base: o,
                layout: L::Type,
                basetype: true,
                slots: t::typetype::slots(),
                methods: t::typetype::METHODS,
                getsets: t::typetype::GETSETS,
            },
        ),
        (
            ts.none,
            Def {
                name: "NoneType",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::none::none_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.not_implemented,
            Def {
                name: "NotImplementedType",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::none::not_implemented_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.ellipsis,
            Def {
                name: "ellipsis",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::none::ellipsis_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.int,
            Def {
                name: "int",
                base: o,
                layout: L::Int,
                basetype: true,
                slots: t::number::int_slots(),
                methods: t::number::methods::INT_METHODS,
                getsets: t::number::methods::INT_GETSETS,
            },
        ),
        (
            ts.bool,
            Def {
                name: "bool",
                base: Some(ts.int),
                layout: L::Int,
                basetype: false,
                slots: t::number::bool_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.long,
            Def {
                name: "long",
                base: o,
                layout: L::Long,
                basetype: true,
                slots: t::number::long_slots(),
                methods: t::number::methods::LONG_METHODS,
                getsets: t::number::methods::LONG_GETSETS,
            },
        ),
        (
            ts.float,
            Def {
                name: "float",
                base: o,
                layout: L::Float,
                basetype: true,
                slots: t::number::float_slots(),
                methods: t::number::methods::FLOAT_METHODS,
                getsets: t::number::methods::FLOAT_GETSETS,
            },
        ),
        (
            ts.complex,
            Def {
                name: "complex",
                base: o,
                layout: L::Complex,
                basetype: true,
                slots: t::number::complex_slots(),
                methods: t::number::methods::COMPLEX_METHODS,
                getsets: t::number::methods::COMPLEX_GETSETS,
            },
        ),
        (
            ts.basestring,
            Def {
                name: "basestring",
                base: o,
                layout: L::Object,
                basetype: true,
                slots: Slots {
                    new: Some(basestring_new),
                    ..Default::default()
                },
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.str,
            Def {
                name: "str",
                base: Some(ts.basestring),
                layout: L::Str,
                basetype: true,
                slots: t::str_methods::slots(),
                methods: t::str_methods::METHODS,
                getsets: &[],
            },
        ),
        (
            ts.unicode,
            Def {
                name: "unicode",
                base: Some(ts.basestring),
                layout: L::Unicode,
                basetype: true,
                slots: t::unicode::slots(),
                methods: t::unicode::METHODS,
                getsets: &[],
            },
        ),
        (
            ts.tuple,
            Def {
                name: "tuple",
                base: o,
                layout: L::Tuple,
                basetype: true,
                slots: t::tuple_methods::slots(),
                methods: t::tuple_methods::METHODS,
                getsets: &[],
            },
        ),
        (
            ts.list,
            Def {
                name: "list",
                base: o,
                layout: L::List,
                basetype: true,
                slots: t::list_methods::slots(),
                methods: t::list_methods::METHODS,
                getsets: &[],
            },
        ),
        (
            ts.dict,
            Def {
                name: "dict",
                base: o,
                layout: L::Dict,
                basetype: true,
                slots: t::dict_methods::slots(),
                methods: t::dict_methods::METHODS,
                getsets: &[],
            },
        ),
        (
            ts.set,
            Def {
                name: "set",
                base: o,
                layout: L::Set,
                basetype: true,
                slots: t::set::slots(),
                methods: t::set::SET_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.frozenset,
            Def {
                name: "frozenset",
                base: o,
                layout: L::Set,
                basetype: true,
                slots: t::set::frozenset_slots(),
                methods: t::set::FROZENSET_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.slice,
            Def {
                name: "slice",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::slice::slots(),
                methods: t::slice::METHODS,
                getsets: t::slice::GETSETS,
            },
        ),
        (
            ts.xrange,
            Def {
                name: "xrange",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::xrange::slots(),
                methods: t::xrange::METHODS,
                getsets: &[],
            },
        ),
        (
            ts.function,
            Def {
                name: "function",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::function::slots(),
                methods: &[],
                getsets: t::function::GETSETS,
            },
        ),
        (
            ts.instancemethod,
            Def {
                name: "instancemethod",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::function::method_slots(),
                methods: &[],
                getsets: t::function::METHOD_GETSETS,
            },
        ),
        (
            ts.builtin_function,
            Def {
                name: "builtin_function_or_method",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::descr::builtin_slots(),
                methods: &[],
                getsets: t::descr::BUILTIN_GETSETS,
            },
        ),
        (
            ts.method_wrapper,
            Def {
                name: "method-wrapper",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::descr::builtin_slots(),
                methods: &[],
                getsets: t::descr::BUILTIN_GETSETS,
            },
        ),
        (
            ts.method_descriptor,
            Def {
                name: "method_descriptor",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::descr::mdescr_slots(),
                methods: &[],
                getsets: t::descr::MDESCR_GETSETS,
            },
        ),
        (
            ts.wrapper_descriptor,
            Def {
                name: "wrapper_descriptor",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::descr::mdescr_slots(),
                methods: &[],
                getsets: t::descr::MDESCR_GETSETS,
            },
        ),
        (
            ts.getset_descriptor,
            Def {
                name: "getset_descriptor",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::descr::getset_slots(),
                methods: &[],
                getsets: t::descr::GETSET_GETSETS,
            },
        ),
        (
            ts.member_descriptor,
            Def {
                name: "member_descriptor",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::descr::getset_slots(),
                methods: &[],
                getsets: t::descr::GETSET_GETSETS,
            },
        ),
        (
            ts.classmethod,
            Def {
                name: "classmethod",
                base: o,
                layout: L::ClassMethod,
                basetype: true,
                slots: t::descr::classmethod_slots(),
                methods: &[],
                getsets: t::descr::WRAP_GETSETS,
            },
        ),
        (
            ts.staticmethod,
            Def {
                name: "staticmethod",
                base: o,
                layout: L::StaticMethod,
                basetype: true,
                slots: t::descr::staticmethod_slots(),
                methods: &[],
                getsets: t::descr::WRAP_GETSETS,
            },
        ),
        (
            ts.property,
            Def {
                name: "property",
                base: o,
                layout: L::Property,
                basetype: true,
                slots: t::descr::property_slots(),
                methods: t::descr::PROPERTY_METHODS,
                getsets: t::descr::PROPERTY_GETSETS,
            },
        ),
        (
            ts.super_,
            Def {
                name: "super",
                base: o,
                layout: L::Super,
                basetype: true,
                slots: t::super_::slots(),
                methods: &[],
                getsets: t::super_::GETSETS,
            },
        ),
        (
            ts.module,
            Def {
                name: "module",
                base: o,
                layout: L::Module,
                basetype: true,
                slots: t::module::slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.cell,
            Def {
                name: "cell",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: super::introspect::cell_slots(),
                methods: &[],
                getsets: super::introspect::CELL_GETSETS,
            },
        ),
        (
            ts.code,
            Def {
                name: "code",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: super::introspect::code_slots(),
                methods: &[],
                getsets: super::introspect::CODE_GETSETS,
            },
        ),
        (
            ts.frame,
            Def {
                name: "frame",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: super::introspect::frame_slots(),
                methods: &[],
                getsets: super::introspect::FRAME_GETSETS,
            },
        ),
        (
            ts.traceback,
            Def {
                name: "traceback",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: Slots::default(),
                methods: &[],
                getsets: super::introspect::TB_GETSETS,
            },
        ),
        (
            ts.generator,
            Def {
                name: "generator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::generator::slots(),
                methods: t::generator::METHODS,
                getsets: t::generator::GETSETS,
            },
        ),
        (
            ts.classobj,
            Def {
                name: "classobj",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::classobj::class_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.instance,
            Def {
                name: "instance",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::classobj::instance_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.seq_iter,
            Def {
                name: "iterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::iter::seq_iter_slots(),
                methods: t::iter::ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.callable_iter,
            Def {
                name: "callable-iterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::iter::callable_iter_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.list_iter,
            Def {
                name: "listiterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::iter::list_iter_slots(),
                methods: t::iter::ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.list_reverse_iter,
            Def {
                name: "listreverseiterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::iter::list_reverse_iter_slots(),
                methods: t::iter::ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.tuple_iter,
            Def {
                name: "tupleiterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::iter::tuple_iter_slots(),
                methods: t::iter::ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.str_iter,
            Def {
                name: "iterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::iter::str_iter_slots(),
                methods: t::iter::ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.dict_keys_iter,
            Def {
                name: "dictionary-keyiterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::dict_methods::keys_iter_slots(),
                methods: t::dict_methods::DICT_ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.dict_values_iter,
            Def {
                name: "dictionary-valueiterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::dict_methods::values_iter_slots(),
                methods: t::dict_methods::DICT_ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.dict_items_iter,
            Def {
                name: "dictionary-itemiterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::dict_methods::items_iter_slots(),
                methods: t::dict_methods::DICT_ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.set_iter,
            Def {
                name: "setiterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::set::set_iter_slots(),
                methods: t::set::SET_ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.xrange_iter,
            Def {
                name: "rangeiterator",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::xrange::iter_slots(),
                methods: t::xrange::ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.enumerate,
            Def {
                name: "enumerate",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::iter::enumerate_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.reversed,
            Def {
                name: "reversed",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::iter::reversed_slots(),
                methods: t::iter::ITER_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.file,
            Def {
                name: "file",
                base: o,
                layout: L::File,
                basetype: true,
                slots: t::file::slots(),
                methods: t::file::METHODS,
                getsets: t::file::GETSETS,
            },
        ),
        (
            ts.zlib_compress,
            Def {
                name: "zlib.Compress",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: super::modules::zlib::slots(),
                methods: super::modules::zlib::COMPRESS_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.zlib_decompress,
            Def {
                name: "zlib.Decompress",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: super::modules::zlib::slots(),
                methods: super::modules::zlib::DECOMPRESS_METHODS,
                getsets: super::modules::zlib::DECOMPRESS_GETSETS,
            },
        ),
        (
            ts.bytearray,
            Def {
                name: "bytearray",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::bytearray::slots(),
                methods: t::bytearray::METHODS,
                getsets: &[],
            },
        ),
        (
            ts.dictproxy,
            Def {
                name: "dictproxy",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::typetype::proxy_slots(),
                methods: t::typetype::PROXY_METHODS,
                getsets: &[],
            },
        ),
        (
            ts.weakref,
            Def {
                name: "weakref",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::weakref::slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.weakproxy,
            Def {
                name: "weakproxy",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: Slots::default(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.weakcallableproxy,
            Def {
                name: "weakcallableproxy",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: Slots::default(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.dict_keys_view,
            Def {
                name: "dict_keys",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::dict_methods::keys_view_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.dict_values_view,
            Def {
                name: "dict_values",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::dict_methods::values_view_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.dict_items_view,
            Def {
                name: "dict_items",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::dict_methods::items_view_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
        (
            ts.array,
            Def {
                name: "array",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: super::modules::array::slots(),
                methods: super::modules::array::METHODS,
                getsets: super::modules::array::GETSETS,
            },
        ),
        (
            ts.memoryview,
            Def {
                name: "memoryview",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::memoryview::slots(),
                methods: t::memoryview::METHODS,
                getsets: t::memoryview::GETSETS,
            },
        ),
        (
            ts.buffer,
            Def {
                name: "buffer",
                base: o,
                layout: L::Other,
                basetype: false,
                slots: t::bytearray::buffer_slots(),
                methods: &[],
                getsets: &[],
            },
        ),
    ];
    for (tyo, def) in defs {
        fill_type(tyo, def)?;
    }
    // Mutable containers are unhashable: `__hash__` is None in their dicts, as CPython's
    // `PyObject_HashNotImplemented` types show it (what `collections.Hashable` checks).
    for t in [ts.list, ts.dict, ts.set, ts.bytearray] {
        dict::set_item(tobj(t).dict, rt().names.__hash__, rt().none)?;
        super::typeobj::modified(t);
    }
    // Exceptions.
    let exceptions = dict::new()?;
    rm.exceptions = exceptions;
    let base_exc = raw_type(Some(ty));
    fill_type(
        base_exc,
        Def {
            name: "BaseException",
            base: o,
            layout: L::Exception,
            basetype: true,
            slots: t::exception::slots(),
            methods: t::exception::METHODS,
            getsets: t::exception::GETSETS,
        },
    )?;
    set_module(base_exc, "exceptions")?;
    dict::set_str(exceptions, "BaseException", base_exc)?;
    for &(name, base) in EXC_HIERARCHY {
        let b = dict::get_str(exceptions, base).expect("bases come first");
        let e = raw_type(Some(ty));
        fill_type(
            e,
            Def {
                name,
                base: Some(b),
                layout: L::Exception,
                basetype: true,
                slots: Slots::default(),
                methods: &[],
                getsets: &[],
            },
        )?;
        set_module(e, "exceptions")?;
        dict::set_str(exceptions, name, e)?;
    }
    rm.exc = ExcTypes::from_names(|n| dict::get_str(exceptions, n).expect("defined above"));
    dict::set_str(exceptions, "__name__", pystr::from_str("exceptions")?)?;
    rm.memory_error = super::exc::new_exception(rm.exc.MemoryError, &[])?;
    // Modules.
    let builtins = t::module::new("__builtin__")?;
    rm.builtins = builtins;
    rm.builtins_dict = t::module::dict_of(builtins);
    let sys = t::module::new("sys")?;
    rm.sys = sys;
    super::builtins::fill(rm.builtins_dict)?;
    super::modules::sys::init(t::module::dict_of(sys))?;
    dict::set_str(rm.modules, "__builtin__", builtins)?;
    dict::set_str(rm.modules, "sys", sys)?;
    Ok(())
}

fn set_module(t: Obj, m: &str) -> PyResult<()> {
    dict::set_item(tobj(t).dict, rt().names.__module__, pystr::from_str(m)?)?;
    super::typeobj::modified(t);
    Ok(())
}

fn basestring_new(_t: Obj, _a: &[Obj], _k: Option<Obj>) -> PyResult<Obj> {
    Err(super::exc::type_error(
        "The basestring type cannot be instantiated",
    ))
}
