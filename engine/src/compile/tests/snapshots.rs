//! CFG dumps of small programs, one per construct (insta snapshots under
//! `engine/src/compile/snapshots/`; re-bless with `INSTA_UPDATE=always` after reviewing).

use super::{compile_mode, compile_src};
use crate::compile::dump;
use crate::syntax::{Mode, Origin, ParseOptions};

/// Snapshots live in `engine/src/compile/snapshots/`, named after the test.
fn check(name: &str, dump: &str, src: &str) {
    insta::with_settings!({
        snapshot_path => "../snapshots",
        prepend_module_to_snapshot => false,
        description => src,
    }, {
        insta::assert_snapshot!(name, dump);
    });
}

macro_rules! snap {
    ($name:ident, $src:expr) => {
        #[test]
        fn $name() {
            let unit = compile_src($src);
            check(stringify!($name), &dump(&unit), $src);
        }
    };
}

snap!(
    assign_chain_and_unpack,
    "a = b = c\nx, (y, z) = t\n[p, q] = r\no.attr = s[i] = 1\n"
);
snap!(
    parallel_assign,
    "def f(a, b, c):\n    a, b = b, a\n    a, b, c = [c, b, a]\n    x, y = 1, 2\n    (p,) = a,\n"
);
snap!(
    aug_assign_targets,
    "x += 1\no.a -= 2\nd[k] *= 3\nl[1:2] += m\nl[::2] /= n\n"
);
snap!(del_forms, "del a, b.c, d[e]\ndel f[1:2], (g, [h])\n");
snap!(print_forms, "print\nprint a, b,\nprint >>f\nprint >>f, a\n");
snap!(
    if_elif_else,
    "if a:\n    x = 1\nelif b and not c:\n    x = 2\nelse:\n    x = 3\nif 0:\n    y = 1\n"
);
snap!(
    while_else_break_continue,
    "while a < 10:\n    if a: break\n    if b: continue\n    a += 1\nelse:\n    c = 1\nwhile 1:\n    pass\n"
);
snap!(
    for_else_break,
    "for i, j in x:\n    if i: break\nelse:\n    k = 0\n"
);
snap!(
    try_except_clauses,
    "try:\n    f()\nexcept (A, B), e:\n    g(e)\nexcept C, o.attr:\n    pass\nexcept:\n    raise\nelse:\n    h()\n"
);
snap!(
    try_finally_return,
    "def f(x):\n    try:\n        return g(x)\n    finally:\n        x.close()\n"
);
snap!(
    try_finally_break_continue,
    "for i in x:\n    try:\n        if i: break\n        continue\n    finally:\n        done(i)\n"
);
snap!(
    nested_finally_return,
    "def f():\n    try:\n        try:\n            return 1\n        finally:\n            a()\n    finally:\n        b()\n"
);
snap!(with_single, "with open(p) as f:\n    f.read()\n");
snap!(
    with_multiple_return,
    "def f():\n    with a as (x, y), b:\n        return x\n"
);
snap!(
    raise_forms,
    "if a: raise\nif b: raise E\nif c: raise E, v\nraise E, v, tb\n"
);
snap!(assert_forms, "assert x\nassert x and y, 'msg'\n");
snap!(
    exec_forms,
    "exec code\nexec code in g\nexec code in g, l\ndef f():\n    exec 'y = 1'\n    return y\n"
);
snap!(
    import_forms,
    "import a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..m import y as z\nfrom p import *\n"
);
snap!(
    import_absolute,
    "from __future__ import absolute_import, division\nimport os\nfrom m import n\nx = 1 / 2\n"
);
snap!(
    function_defaults_decorators,
    "@d1\n@d2(x)\ndef f(a, (b, c), d=1, e=g(), *args, **kw):\n    \"doc\"\n    return a\n"
);
snap!(
    closure_cells,
    "def f(a):\n    b = 1\n    def g(c):\n        return a + b + c\n    return g\n"
);
snap!(
    class_def,
    "@deco\nclass C(B, object):\n    \"doc\"\n    __slots = 1\n    def m(self):\n        return self.__slots\n"
);
snap!(
    class_free_var,
    "def f(x):\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n"
);
snap!(
    lambda_defaults,
    "f = lambda a, b=1, *c: a + b\ng = lambda: (yield)\n"
);
snap!(
    generator_send,
    "def gen(n):\n    i = 0\n    while i < n:\n        x = yield i\n        i += x or 1\n"
);
snap!(
    genexpr,
    "def f(xs, k):\n    return sum(x * k for x in xs if x for y in x)\n"
);
snap!(
    comprehensions,
    "l = [x for x in a if x for y in x]\ns = {x for x in a}\nd = {k: v for k, v in a}\n"
);
snap!(
    compare_boolop_ifexp,
    "x = a < b <= c\ny = a and b or c\nz = b if a else c\nw = not a\n"
);
snap!(calls, "f()\nf(1, 2)\nf(a, k=1, *s, **kw)\nf(k=1, j=2)\n");
snap!(
    subscripts_slices,
    "a[1]\na[1:2]\na[:]\na[::2]\na[...]\na[1:2, 3]\na[1:2, ...]\n"
);
snap!(
    displays_constants,
    "x = {1: 'a', b: c}\ny = {1, 2}\nz = [1, (2, 3)]\nw = `x`\nv = 1L, 2.5, 3j, u'u', None\n"
);
snap!(module_docstring, "\"module doc\"\nx = __debug__\n");
snap!(
    line_numbers,
    "x = (a,\n     b)\nf(1,\n  2)\nif (a and\n    b):\n    pass\n"
);

#[test]
fn interactive_mode() {
    let opts = ParseOptions {
        mode: Mode::Single,
        origin: Origin::String,
        future: Default::default(),
    };
    let src = "x = 1; x\n";
    check("interactive_mode", &dump(&compile_mode(src, opts)), src);
}

#[test]
fn eval_mode() {
    let opts = ParseOptions {
        mode: Mode::Eval,
        origin: Origin::String,
        future: Default::default(),
    };
    let src = "a + [x for x in b]\n";
    check("eval_mode", &dump(&compile_mode(src, opts)), src);
}
