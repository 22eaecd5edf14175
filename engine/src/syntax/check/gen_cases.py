#!/usr/bin/env python3
"""Generates the oracle table of engine/src/syntax/check/cases.rs.

Each snippet below is written to a file `t.py` in a scratch directory and handed to CPython 2.7.18
(`PYENV_VERSION=2.7.18 python2.7`):
- `compile(source, 't.py', 'exec')` first tells whether the compiler accepts it (then the case
  expects no error and the snippet is never run);
- otherwise `python2.7 t.py` is run and its stderr is the expected report. SyntaxWarnings CPython
  prints before the error (`t.py:2: SyntaxWarning: ...` and the source line) are split off into a
  column of their own, since we do not report warnings.

Usage: python3 gen_cases.py > cases.rs   (from this directory)
"""

import os
import subprocess
import sys
import tempfile

D = 21  # nesting depth past CPython's limit of 20 blocks


def nested(header, depth, body="pass"):
    """`depth` nested compound statements, `header` formatted with the level."""
    lines = []
    for i in range(depth):
        lines.append(" " * i + header.format(i=i))
    lines.append(" " * depth + body)
    return "\n".join(lines) + "\n"


def nested_try(depth):
    lines = []
    for i in range(depth):
        lines.append(" " * i + "try:")
    lines.append(" " * depth + "pass")
    for i in reversed(range(depth)):
        lines.append(" " * i + "finally:")
        lines.append(" " * i + " pass")
    return "\n".join(lines) + "\n"


CASES = [
    # --- 'return' outside function (compile.c) ---
    ("return_at_module", "return\n"),
    ("return_value_at_module", "x = 1\nreturn x\n"),
    ("return_in_class", "class A:\n    return 1\n"),
    ("return_in_if_at_module", "if x:\n    return\n"),
    ("return_under_if_0_is_skipped", "if 0:\n    return 1\n"),
    ("return_under_if_1_else_is_skipped", "if 1:\n    pass\nelse:\n    return 1\n"),
    ("return_under_if_empty_str_skipped", "if '':\n    return\n"),
    ("return_under_if_none_not_skipped", "if None:\n    return\n"),
    ("return_under_while_0_skipped", "while 0:\n    return\n"),
    ("return_under_if_debug_else_skipped", "if __debug__:\n    pass\nelse:\n    return\n"),
    ("return_in_def_ok", "def f():\n    return 1\n"),
    ("return_in_method_ok", "class A:\n    def f(self):\n        return 1\n"),
    ("return_in_class_in_def", "def f():\n    class A:\n        return\n"),
    ("return_in_for_at_module", "for x in y:\n    return\n"),
    # --- 'yield' outside function (compile.c) ---
    ("yield_at_module", "yield 1\n"),
    ("yield_expr_at_module", "x = (yield)\n"),
    ("yield_in_class", "class A:\n    x = 1\n    yield x\n"),
    ("yield_in_listcomp_at_module", "x = [(yield i) for i in y]\n"),
    ("yield_in_genexp_at_module_ok", "x = ((yield i) for i in y)\n"),
    ("yield_in_setcomp_at_module_ok", "x = {(yield i) for i in y}\n"),
    ("yield_in_dictcomp_at_module_ok", "x = {i: (yield i) for i in y}\n"),
    ("yield_in_genexp_outer_iter", "x = (i for i in (yield))\n"),
    ("yield_in_lambda_at_module_ok", "f = lambda: (yield)\n"),
    ("yield_in_lambda_default", "f = lambda x=(yield): x\n"),
    ("yield_in_def_default", "def f(x=(yield)):\n    pass\n"),
    ("yield_in_decorator", "@dec((yield))\ndef f():\n    pass\n"),
    ("yield_lineno_multiline_list", "x = [\n  1,\n  (yield)]\n"),
    ("yield_lineno_value_first", "x[\n0] = (yield)\n"),
    ("yield_lineno_after_later_line", "x = [1,\n 2], (yield)\n"),
    ("yield_lineno_dict_value_before_key", "d = {(yield):\n 1}\n"),
    ("yield_lineno_dict_key_after_value", "d = {1:\n (yield)}\n"),
    ("yield_lineno_call_args", "f(a,\n  b)((yield))\n"),
    ("yield_lineno_genexp_inner_not_counted", "x = (a for a in b\n  if c), (yield)\n"),
    ("yield_lineno_listcomp_elt_last", "x = [(yield) for a in\n b]\n"),
    ("yield_lineno_lambda_body_not_counted", "x = (lambda: (\n 1)), (yield)\n"),
    ("yield_lineno_backslash", "x = 1 + \\\n  (yield)\n"),
    ("yield_in_if_test_module", "if (yield):\n    pass\n"),
    ("yield_in_while_test_module", "while (yield):\n    pass\n"),
    ("yield_in_skipped_if_0_ok", "if 0:\n    yield 1\n"),
    ("yield_in_class_in_def", "def f():\n    class A:\n        yield\n"),
    ("yield_in_def_ok", "def f():\n    yield 1\n"),
    ("yield_in_except_type_module", "try:\n    pass\nexcept (yield):\n    pass\n"),
    # --- 'return' with argument inside generator (symtable.c) ---
    ("return_value_after_yield", "def f():\n    yield 1\n    return 2\n"),
    ("yield_after_return_value", "def f():\n    return 2\n    yield 1\n"),
    ("yield_after_return_value_multiline", "def f():\n    return 2\n    x = [1,\n      (yield)]\n"),
    ("bare_return_in_generator_ok", "def f():\n    yield 1\n    return\n"),
    ("return_none_in_generator", "def f():\n    yield\n    return None\n"),
    ("return_value_after_yield_at_module", "yield 1\nreturn 2\n"),
    ("return_value_after_yield_in_class", "class A:\n    yield 1\n    return 2\n"),
    ("return_in_generator_under_if_0", "def f():\n    if 0:\n        yield\n    return 1\n"),
    ("return_value_in_nested_def_ok", "def f():\n    yield 1\n    def g():\n        return 2\n"),
    ("yield_in_lambda_in_def_ok", "def f():\n    g = lambda: (yield)\n    return 1\n"),
    ("return_in_generator_inside_yield_value", "def f():\n    return 1\n    yield (yield)\n"),
    # --- 'break' outside loop (compile.c) ---
    ("break_at_module", "break\n"),
    ("break_in_def", "def f():\n    break\n"),
    ("break_in_def_in_loop", "for x in y:\n    def f():\n        break\n"),
    ("break_in_for_else", "for x in y:\n    pass\nelse:\n    break\n"),
    ("break_in_while_else", "while x:\n    pass\nelse:\n    break\n"),
    ("break_in_while_1_else", "while 1:\n    pass\nelse:\n    break\n"),
    ("break_in_while_0_body_ok", "while 0:\n    break\n"),
    ("break_in_finally_in_loop_ok", "for x in y:\n    try:\n        pass\n    finally:\n        break\n"),
    ("break_in_if_in_loop_ok", "while x:\n    if y:\n        break\n"),
    ("break_in_class_in_loop", "while x:\n    class A:\n        break\n"),
    ("break_in_try_at_module", "try:\n    break\nexcept:\n    pass\n"),
    # --- continue (compile.c) ---
    ("continue_at_module", "continue\n"),
    ("continue_in_def", "def f():\n    continue\n"),
    ("continue_in_finally", "for x in y:\n    try:\n        pass\n    finally:\n        continue\n"),
    ("continue_in_try_in_finally", "for x in y:\n    try:\n        pass\n    finally:\n        try:\n            continue\n        except:\n            pass\n"),
    ("continue_in_loop_in_finally_ok", "try:\n    pass\nfinally:\n    for x in y:\n        continue\n"),
    ("continue_in_try_in_loop_in_finally_ok", "try:\n    pass\nfinally:\n    for x in y:\n        try:\n            continue\n        finally:\n            pass\n"),
    ("continue_in_try_body_in_loop_ok", "for x in y:\n    try:\n        continue\n    except:\n        pass\n"),
    ("continue_in_except_in_loop_ok", "for x in y:\n    try:\n        pass\n    except:\n        continue\n"),
    ("continue_in_with_in_loop_ok", "for x in y:\n    with a:\n        continue\n"),
    ("continue_in_try_at_module", "try:\n    continue\nfinally:\n    pass\n"),
    ("continue_in_finally_no_loop", "try:\n    pass\nfinally:\n    continue\n"),
    ("continue_in_for_else", "for x in y:\n    pass\nelse:\n    continue\n"),
    ("continue_in_with_at_module", "with a:\n    continue\n"),
    # --- default 'except:' must be last (compile.c) ---
    ("bare_except_first", "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n"),
    ("bare_except_middle", "try:\n    pass\nexcept KeyError:\n    x = 1\nexcept:\n    pass\nexcept ValueError:\n    pass\n"),
    ("bare_except_lineno_multiline_body", "try:\n    x = (1,\n    2)\nexcept:\n    pass\nexcept E:\n    pass\n"),
    ("bare_except_lineno_after_handler_body", "try:\n    pass\nexcept E:\n    y = [\n      3]\nexcept:\n    pass\nexcept F:\n    pass\n"),
    ("bare_except_lineno_skipped_if", "try:\n    if 0:\n        x = 1\nexcept:\n    pass\nexcept E:\n    pass\n"),
    ("bare_except_lineno_nested_def", "try:\n    def f():\n        return (1,\n          2)\nexcept:\n    pass\nexcept E:\n    pass\n"),
    ("bare_except_lineno_orelse_ignored", "try:\n    a\nexcept:\n    pass\nexcept E:\n    pass\nelse:\n    b\n"),
    ("bare_except_last_ok", "try:\n    pass\nexcept ValueError:\n    pass\nexcept:\n    pass\n"),
    ("bare_except_in_def", "def f():\n    try:\n        pass\n    except:\n        pass\n    except E:\n        pass\n"),
    # --- duplicate argument (symtable.c) ---
    ("dup_arg", "def f(a, a):\n    pass\n"),
    ("dup_arg_later", "def f(a, b, c, b):\n    pass\n"),
    ("dup_arg_lambda", "f = lambda x, x: 0\n"),
    ("dup_arg_lambda_second_line", "f = (1,\n  lambda x, x: 0)\n"),
    ("dup_arg_vararg", "def f(a, *a):\n    pass\n"),
    ("dup_arg_kwarg", "def f(a, **a):\n    pass\n"),
    ("dup_arg_vararg_kwarg", "def f(*a, **a):\n    pass\n"),
    ("dup_arg_tuple", "def f((a, a)):\n    pass\n"),
    ("dup_arg_tuple_and_plain", "def f(a, (b, a)):\n    pass\n"),
    ("dup_arg_nested_tuple", "def f((a, (b, c)), (c, d)):\n    pass\n"),
    ("dup_arg_tuple_vs_vararg", "def f((a, b), *b):\n    pass\n"),
    ("dup_arg_mangled", "class A:\n    def f(self, __a, _A__a):\n        pass\n"),
    ("dup_arg_mangled_underscore_class", "class _B:\n    def f(self, __a, _B__a):\n        pass\n"),
    ("no_dup_arg_dunder", "class A:\n    def f(self, __a__, _A__a__):\n        pass\n"),
    ("dup_arg_decorated", "@dec\ndef f(a, a):\n    pass\n"),
    ("dup_arg_in_nested_def", "def f():\n    x = 1\n    def g(b, b):\n        pass\n"),
    ("dup_arg_inside_lambda_default", "def f(x=lambda a, a: 0):\n    pass\n"),
    ("dup_arg_under_if_0_still_reported", "if 0:\n    def f(a, a):\n        pass\n"),
    # --- name is local and global (symtable.c) ---
    ("param_global", "def f(x):\n    global x\n"),
    ("param_global_later_line", "def f(a,\n      x):\n    y = 1\n    global x\n"),
    ("param_global_vararg", "def f(*args):\n    global args\n"),
    ("param_global_dict_order", "def f(b, a):\n    global b, a\n"),
    ("param_global_dict_order_long", "def f(zeta, alpha, mid, omega, beta):\n    global omega, beta, zeta, mid, alpha\n"),
    ("param_global_many_names", "def f(p0, p1, p2, p3, p4, p5, p6, p7, p8, p9):\n    global p9, p7, p5, p3, p1\n"),
    ("param_global_in_method", "class A:\n    def f(self, __x):\n        global __x\n"),
    ("global_then_assign_ok", "def f():\n    global x\n    x = 1\n"),
    # --- import * and bare exec in functions (symtable.c) ---
    ("import_star_module_ok", "from os import *\n"),
    ("import_star_in_def_warns_only", "def f():\n    from os import *\n"),
    ("import_star_nested_free", "def f():\n    from os import *\n    def g():\n        return path\n"),
    ("import_star_nested_def_free", "def f():\n    def g():\n        from os import *\n        return path\n"),
    ("import_star_nested_def_no_free_ok", "def f():\n    def g():\n        from os import *\n"),
    ("import_star_closure", "def f():\n    x = 1\n    def g():\n        from os import *\n        return x\n"),
    ("import_star_lambda_free", "def f():\n    from os import *\n    return lambda: y\n"),
    ("import_star_lambda_no_free_ok", "def f():\n    from os import *\n    return lambda y: y\n"),
    ("import_star_class_in_def_ok", "def f():\n    class A:\n        from os import *\n"),
    ("import_star_lineno_first_unoptimizing", "def f():\n    import sys\n    from os import *\n    from sys import *\n    def g():\n        return x\n"),
    ("bare_exec_nested_free", "def f():\n    exec 'x'\n    def g():\n        return y\n"),
    ("bare_exec_in_nested", "def f():\n    def g():\n        exec 'x'\n        return y\n"),
    ("bare_exec_nested_no_free_ok", "def f():\n    def g():\n        exec 'x'\n"),
    ("qualified_exec_ok", "def f():\n    exec 'x' in {}\n    def g():\n        return y\n"),
    ("qualified_exec_locals_ok", "def f():\n    exec 'x' in {}, {}\n    def g():\n        return y\n"),
    ("exec_tuple_form", "def f():\n    exec('x', {})\n    def g():\n        return y\n"),
    ("qualified_then_bare_exec", "def f():\n    exec 'a' in {}\n    exec 'b'\n    def g(): x\n"),
    ("exec_and_import_star", "def f():\n    from os import *\n    exec 'x'\n    def g(): y\n"),
    ("bare_exec_genexp_free", "def f():\n    exec 'x'\n    return (a + w for a in z)\n"),
    ("bare_exec_genexp_no_free_ok", "def f():\n    exec 'x'\n    return (a for a in z)\n"),
    ("bare_exec_class_free", "def f():\n    exec 'x'\n    class A:\n        y = z\n"),
    ("bare_exec_global_in_nested_ok", "def f():\n    exec 'x'\n    def g():\n        global y\n        return y\n"),
    ("bare_exec_child_global_decl_ok", "def f():\n    global y\n    exec 'x'\n    def g():\n        return y\n"),
    ("bare_exec_global_declared_in_later_function_ok", "def f():\n    exec 'x'\n    def g():\n        return b\ndef h():\n    global b\n"),
    ("bare_exec_global_declared_in_method", "def f():\n    exec 'x'\n    def g():\n        return __b\nclass C:\n    def h(self):\n        global __b\n"),
    ("del_cell_despite_global_elsewhere", "def f():\n    x = 1\n    def g():\n        return x\n    del x\ndef h():\n    global x\n"),
    ("bare_exec_module_ok", "exec 'x'\ndef g():\n    return y\n"),
    ("bare_exec_deep_free", "def f():\n    exec 'x'\n    def g():\n        def h():\n            return q\n"),
    # --- can not delete variable referenced in nested scope (compile.c) ---
    ("del_cell", "def f():\n    x = 1\n    def g():\n        return x\n    del x\n"),
    ("del_cell_param", "def f(x):\n    def g():\n        return x\n    del x\n"),
    ("del_cell_tuple_target", "def f():\n    x = y = 1\n    def g():\n        return x\n    del y, x\n"),
    ("del_cell_lambda", "def f():\n    x = 1\n    g = lambda: x\n    del x\n"),
    ("del_cell_deep", "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n    del x\n"),
    ("del_not_cell_ok", "def f():\n    x = 1\n    def g(x):\n        return x\n    del x\n"),
    ("del_global_ok", "def f():\n    global x\n    def g():\n        return x\n    del x\n"),
    ("del_in_class_ok", "class A:\n    x = 1\n    def g(self):\n        return x\n    del x\n"),
    ("del_sibling_global_decl", "def f():\n    x = 1\n    def g():\n        global x\n    def h():\n        return x\n    del x\n"),
    ("del_cell_method_in_class_in_def", "def f():\n    x = 1\n    class A:\n        def g(self):\n            return x\n    del x\n"),
    ("del_cell_mangled", "class C:\n    def f(self):\n        __x = 1\n        def g():\n            return __x\n        del __x\n"),
    ("del_cell_under_if_0_skipped", "def f():\n    x = 1\n    def g():\n        return x\n    if 0:\n        del x\n"),
    # --- too many statically nested blocks (compile.c) ---
    ("for_nested_20_ok", nested("for i{i} in y:", 20)),
    ("for_nested_21", nested("for i{i} in y:", D)),
    ("while_nested_21", nested("while x{i}:", D)),
    ("while_1_nested_21", nested("while 1:", D)),
    ("while_0_nested_21_ok", nested("while 0:", D)),
    ("if_nested_30_ok", nested("if x{i}:", 30)),
    ("try_finally_nested_21", nested_try(D)),
    ("try_finally_nested_10_ok", nested_try(10)),
    ("with_nested_21", nested("with a{i}:", D)),
    ("try_except_nested_21", nested("try:", D, "pass\n" + "\n".join(" " * i + "except: pass" for i in reversed(range(D))))),
    ("nested_blocks_in_def", "def f():\n" + "".join(" " * (i + 1) + "for i%d in y:\n" % i for i in range(D)) + " " * (D + 1) + "pass\n"),
    ("nested_blocks_reset_in_def_ok", nested("for i{i} in y:", 19, "def f():\n" + " " * 20 + "for j in z:\n" + " " * 21 + "pass")),
    # --- from __future__ (future.c and compile.c) ---
    ("future_braces", "from __future__ import braces\n"),
    ("future_unknown", "from __future__ import nope\n"),
    ("future_unknown_second", "from __future__ import division, nope\n"),
    ("future_star", "from __future__ import *\n"),
    ("future_after_docstring_ok", "'''doc'''\nfrom __future__ import division\n"),
    ("future_after_two_docstrings", "'doc'\n'more'\nfrom __future__ import division\n"),
    ("future_after_import", "import os\nfrom __future__ import division\n"),
    ("future_late_after_future", "from __future__ import division\nimport os\nfrom __future__ import print_function\n"),
    ("future_same_line_chain", "from __future__ import division; import os; from __future__ import print_function\n"),
    ("future_in_def", "def f():\n    from __future__ import division\n"),
    ("future_all_known_ok", "from __future__ import nested_scopes, generators, division, absolute_import, with_statement, unicode_literals\n"),
    ("future_late_braces", "import os\nfrom __future__ import braces\n"),
    ("future_late_same_line_after_future_ok", "from __future__ import division; from __future__ import generators\n"),
    ("future_relative_module", "import os\nfrom .__future__ import division\n"),
    # --- the source line CPython reads back (PyErr_ProgramText) ---
    ("text_tab_indent_stripped", "if x:\n\treturn\n"),
    ("text_formfeed_indent_stripped", "if x:\n \x0c  return\n"),
    ("text_crlf", "x = 1\r\nreturn\r\n"),
    ("text_long_line_last_chunk", "x = '" + "a" * 1500 + "'; return\n"),
    ("text_line_of_999_bytes", "x = '" + "b" * 984 + "'; return\n"),
    ("text_line_of_1000_bytes", "x = '" + "b" * 985 + "'; return\n"),
    ("text_no_final_newline", "x = 1\nreturn"),
    # --- which error wins ---
    ("order_future_before_symtable", "def f(a, a): pass\nfrom __future__ import braces\n"),
    ("order_symtable_before_compile", "return\ndef f(a, a): pass\n"),
    ("order_build_before_analysis", "def f(x):\n    global x\ndef g(a, a): pass\n"),
    ("order_analysis_before_compile", "break\ndef f(x):\n    global x\n"),
    ("order_outer_local_global_before_inner", "def f(x):\n    global x\n    def g(y):\n        global y\n"),
    ("order_inner_local_global_before_outer_exec", "def f():\n    exec 'x'\n    def g(y):\n        global y\n        return z\n"),
    ("order_sibling_blocks", "def f(x):\n    global x\ndef g(y):\n    global y\n"),
    ("order_inner_unoptimized_before_outer", "def f():\n    exec 'a'\n    def g():\n        exec 'b'\n        return c\n"),
    ("order_symtable_try_else_before_handler", "try:\n    pass\nexcept:\n    def f(a, a): pass\nelse:\n    def g(b, b): pass\n"),
    ("order_compile_handler_before_else", "try:\n    pass\nexcept:\n    break\nelse:\n    continue\n"),
    ("order_symtable_defaults_before_decorators", "def f():\n    return 1\n    @dec((yield))\n    def g(x=(yield)): pass\n"),
    ("order_symtable_listcomp_elt_first", "def f():\n    return 1\n    [(yield) for x in (yield)]\n"),
    ("order_compile_del_before_break", "def f():\n    x = 1\n    def g(): return x\n    del x\n    break\n"),
    ("order_compile_break_before_del", "def f():\n    x = 1\n    def g(): return x\n    break\n    del x\n"),
    ("order_compile_decorator_before_body", "@dec((yield))\ndef f():\n    break\n"),
    ("order_yield_class_vs_return_later", "class A:\n    x = (yield)\nreturn\n"),
    ("order_dict_value_before_key_compile", "d = {(yield): 1}\nbreak\n"),
    ("order_symtable_dict_keys_before_values", "d = {1: lambda a, a: 0,\n  2: 3,\n  lambda b, b: 0: 4}\n"),
    ("order_symtable_dict_keys_yield", "def f():\n    return 1\n    d = {1: (yield),\n      (yield): 2}\n"),
    ("ok_plain_program", "import os\ndef f(a, b=1, *c, **d):\n    for x in a:\n        if x:\n            continue\n        break\n    else:\n        return\n    try:\n        pass\n    except (A, B), e:\n        pass\n    except:\n        pass\n    finally:\n        pass\n    yield\nclass C(object):\n    def m(self):\n        return [x for x in self]\n"),
]


def python2(args, cwd):
    env = dict(os.environ, PYENV_VERSION="2.7.18")
    return subprocess.run(["python2.7"] + args, cwd=cwd, env=env, capture_output=True)


COMPILE = "import sys\nsrc = open('t.py').read()\ntry:\n    compile(src, 't.py', 'exec')\nexcept SyntaxError:\n    sys.exit(3)\n"


def rust_str(s):
    out = ['"']
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == '"':
            out.append('\\"')
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            out.append("\\u{%x}" % ord(ch))
    out.append('"')
    return "".join(out)


def main():
    names = set()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, src in CASES:
            assert name not in names, name
            names.add(name)
            with open(os.path.join(tmp, "t.py"), "w") as f:
                f.write(src)
            compiled = python2(["-c", COMPILE], tmp)
            if compiled.returncode == 0:
                rows.append((name, src, None, ""))
                continue
            assert compiled.returncode == 3, (name, compiled.stderr)
            run = python2(["t.py"], tmp)
            err = run.stderr.decode("latin-1")
            cut = err.find('  File "t.py"')
            if cut < 0:
                cut = err.find("SyntaxError: ")
            assert cut >= 0, (name, err)
            rows.append((name, src, err[cut:], err[:cut]))
    print("// GENERATED by gen_cases.py (CPython 2.7.18 on each snippet as a file `t.py`); do not edit.")
    print("// Regenerate: cd engine/src/syntax/check && python3 gen_cases.py > cases.rs")
    print("//")
    print("// (name, source, CPython's report on stderr or None if it compiles, SyntaxWarnings before it)")
    print("pub(super) const CASES: &[(&str, &str, Option<&str>, &str)] = &[")
    for name, src, report, warnings in rows:
        rep = "None" if report is None else "Some(%s)" % rust_str(report)
        print("    (%s, %s, %s, %s)," % (rust_str(name), rust_str(src), rep, rust_str(warnings)))
    print("];")


if __name__ == "__main__":
    sys.exit(main())
