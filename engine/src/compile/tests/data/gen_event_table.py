# Generates event_table.txt: for every code object CPython 2.7 compiles from the snippets
# in scope_snippets.py and from every third file of CPython's Lib/*.py, one line
#   source|path|firstlineno|events
# where events is the order of its reachable instructions' name accesses, attribute accesses,
# imports, calls and other operations (LN/SN/DN name, LG/SG/DG global, LF/SF/DF fast, LD/SD deref,
# LA/SA/DA attribute, IN import, IF import-from, C call, and the OTHER table below),
# space-separated. It checks the lowering's evaluation order.
# Run with: PYENV_VERSION=2.7.18 python2.7 gen_event_table.py from this directory.
# Do not edit event_table.txt by hand.
import dis, os, warnings
warnings.simplefilter('ignore')

LIB = os.path.dirname(os.__file__)
# Every third file of Lib/*.py (the table stays small; scope_table.txt covers all of them).
LIB_FILES = sorted(f for f in os.listdir(LIB) if f.endswith('.py'))[::3]

NAMED = {
    'LOAD_NAME': 'LN', 'STORE_NAME': 'SN', 'DELETE_NAME': 'DN',
    'LOAD_GLOBAL': 'LG', 'STORE_GLOBAL': 'SG', 'DELETE_GLOBAL': 'DG',
    'LOAD_FAST': 'LF', 'STORE_FAST': 'SF', 'DELETE_FAST': 'DF',
    'LOAD_ATTR': 'LA', 'STORE_ATTR': 'SA', 'DELETE_ATTR': 'DA',
    'IMPORT_NAME': 'IN', 'IMPORT_FROM': 'IF',
}
DEREF = {'LOAD_DEREF': 'LD', 'STORE_DEREF': 'SD'}
CALLS = ('CALL_FUNCTION', 'CALL_FUNCTION_VAR', 'CALL_FUNCTION_KW', 'CALL_FUNCTION_VAR_KW',
         'BUILD_CLASS')
# Other operations whose order is checked (binary and unary operators are left out: CPython's
# peephole pass folds constant ones, which the lowering does not).
OTHER = {
    'STORE_SUBSCR': 'SS', 'BINARY_SUBSCR': 'GS', 'DELETE_SUBSCR': 'DS',
    'SLICE+0': 'GL', 'SLICE+1': 'GL', 'SLICE+2': 'GL', 'SLICE+3': 'GL',
    'STORE_SLICE+0': 'SL', 'STORE_SLICE+1': 'SL', 'STORE_SLICE+2': 'SL', 'STORE_SLICE+3': 'SL',
    'DELETE_SLICE+0': 'DL', 'DELETE_SLICE+1': 'DL', 'DELETE_SLICE+2': 'DL',
    'DELETE_SLICE+3': 'DL',
    'PRINT_ITEM': 'PI', 'PRINT_ITEM_TO': 'PI', 'PRINT_NEWLINE': 'PN', 'PRINT_NEWLINE_TO': 'PN',
    'PRINT_EXPR': 'PE', 'EXEC_STMT': 'EX', 'UNPACK_SEQUENCE': 'UP', 'YIELD_VALUE': 'Y',
    'RAISE_VARARGS': 'R', 'GET_ITER': 'IT', 'IMPORT_STAR': 'IS', 'LIST_APPEND': 'APP',
    'SET_ADD': 'SADD', 'MAP_ADD': 'MADD', 'STORE_MAP': 'SMAP', 'BUILD_SLICE': 'BSL',
    'FOR_ITER': 'FI',
}

def snippets():
    text = open('scope_snippets.py').read()
    out = []
    name, lines = None, []
    for line in text.split('\n'):
        if line.startswith('#### '):
            if name:
                out.append((name, '\n'.join(lines) + '\n'))
            name, lines = line[5:].strip(), []
        else:
            lines.append(line)
    if name:
        out.append((name, '\n'.join(lines) + '\n'))
    return out

def decode(co):
    """(offset, opname, arg, next offset) for each instruction."""
    code = co.co_code
    out = []
    i = 0
    ext = 0
    while i < len(code):
        op = ord(code[i])
        start = i
        if op >= dis.HAVE_ARGUMENT:
            arg = ord(code[i + 1]) + ord(code[i + 2]) * 256 + ext
            i += 3
        else:
            arg = None
            i += 1
        ext = 0
        if dis.opname[op] == 'EXTENDED_ARG':
            ext = arg * 65536
        out.append((start, op, arg, i))
    return out

STOP = ('RETURN_VALUE', 'RAISE_VARARGS', 'BREAK_LOOP', 'JUMP_ABSOLUTE', 'JUMP_FORWARD',
        'CONTINUE_LOOP')

def reachable(insts):
    """Offsets of the instructions reachable from the entry (the targets of SETUP_* blocks
    counted as reachable when the SETUP is)."""
    at = dict((ins[0], ins) for ins in insts)
    seen = set()
    work = [0]
    while work:
        off = work.pop()
        if off in seen or off not in at:
            continue
        seen.add(off)
        start, op, arg, nxt = at[off]
        name = dis.opname[op]
        if op in dis.hasjrel:
            work.append(nxt + arg)
        elif op in dis.hasjabs:
            work.append(arg)
        if name not in STOP:
            work.append(nxt)
    return seen

def events(co):
    cells = co.co_cellvars + co.co_freevars
    insts = decode(co)
    live = reachable(insts)
    out = []
    for start, op, arg, nxt in insts:
        if start not in live:
            continue
        name = dis.opname[op]
        if name in NAMED:
            table = co.co_varnames if name.endswith('_FAST') else co.co_names
            out.append(NAMED[name] + ':' + table[arg])
        elif name in DEREF:
            out.append(DEREF[name] + ':' + cells[arg])
        elif name in CALLS:
            out.append('C')
        elif name == 'COMPARE_OP':
            out.append('EM' if arg == 10 else 'CMP')
        elif name in OTHER:
            out.append(OTHER[name])
    return out

def units(co, path, out, seen):
    row = '%s|%d|%s' % (path, co.co_firstlineno, ' '.join(events(co)))
    if row not in seen:
        seen.add(row)
        out.append(row)
    for c in co.co_consts:
        if hasattr(c, 'co_code'):
            units(c, path + '.' + c.co_name, out, seen)

rows = []
sources = [('snippet:' + n, s) for n, s in snippets()]
for f in LIB_FILES:
    sources.append(('lib:' + f, open(os.path.join(LIB, f), 'rb').read()))
for name, src in sources:
    try:
        co = compile(src, name, 'exec', 0, True)
    except SyntaxError:
        continue
    out = []
    units(co, co.co_name, out, set())
    rows.extend(name + '|' + r for r in out)
with open('event_table.txt', 'w') as f:
    f.write('# Generated by gen_event_table.py with CPython 2.7.18; do not edit.\n')
    for r in rows:
        f.write(r + '\n')
