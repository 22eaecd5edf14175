# Generates method_cases.txt (the expectations of tests.rs's method tests) from CPython 2.7.18:
#   PYENV_VERSION=2.7.18 python2.7 gen_method_cases.py > method_cases.txt
# One row per line, tab-separated: type (s = str, u = unicode), method, receiver, arguments
# (s:<text>, i:<int>, N for None), then `=> repr(result)` or `=> !ExceptionClass: message`.
# Text is ASCII: every character outside ' '..'~' and every backslash is written \xXX, \uXXXX or
# \UXXXXXXXX.
import string, operator

def esc(x):
    if isinstance(x, str): x = x.decode('latin-1')
    def one(c):
        o = ord(c)
        if 0x20 <= o < 0x7f and c != '\\': return c
        if o < 0x100: return '\\x%02x' % o
        if o < 0x10000: return '\\u%04x' % o
        return '\\U%08x' % o
    return ''.join(one(c) for c in x)

def arg(a):
    if a is None: return 'N'
    if isinstance(a, bool): return 'i:%d' % a
    if isinstance(a, (int, long)): return 'i:%d' % a
    return 's:' + esc(a)

UMAP = {ord(u'a'): u'XY', ord(u'b'): None, ord(u'c'): ord(u'z'), 0xe9: u'', 0x3b1: 0x10000}

def call(recv, method, args):
    if method == 'mul': return recv * args[0]
    if method == 'contains': return args[0] in recv
    if method == 'join': return recv.join(list(args))
    if method == 'translate' and isinstance(recv, unicode): return recv.translate(UMAP)
    return getattr(recv, method)(*args)

out = []
def row(ty, recv, method, args):
    try:
        r = repr(call(recv, method, args))
    except Exception as e:
        r = '!%s: %s' % (type(e).__name__, e)
    out.append('\t'.join([ty, method, esc(recv)] + [arg(a) for a in args] + ['=> ' + esc(r)]))

STR_RECV = ['', 'a', 'ab', 'abc', 'aaa', 'abcabcab', 'Hello World', '  spaced  out  ', 'a,b,,c,',
            'hello\tworld\n\tx\ty\r\tz', 'line1\nline2\r\nline3\rline4\n', 'a\n\nb\r\r\nc', '\r\n',
            '123', '-42', '+7', '-', 'Title Case String', 'tITLE', "don't stop", 'Aa Bb1 2cC',
            '\xe9\xff\x80A', 'a\x0bb\x0cc\x1cd\x85e', 'mIxEd 123 CaSe', '\t\n \r\x0b\x0c', ' ',
            '0', 'x  y\tz', 'ABC', 'abc DEF ghI', 'a1b2', '12ab', '_x_', 'AbC', 'aBC']
UNI_EXTRA = [u'\xdf', u'stra\xdfe', u'\u01c5', u'\u01c4\u01c6 \u01c5a', u'\u0130i\u0131I', u'a\u2028b\u2029c',
             u'a\x85b\x1dc\x1ed', u'\u0661\u0662\u0663', u'\xbd\u2160\u2155', u'\ud800x\udc00',
             u'\U0001d400\U0001d41a', u'\u1e9e\u1e9f', u'\u03a3\u03c3\u03c2', u'\u3000a\u2003b\x1c',
             u'\u2167\u2177', u'\xaa\xba\u02b0', u'\u00b2\u00b3', u'\u0345\u03b9', u'\ufb01', u'\u1f88\u1f80',
             u'\u10a0\u2d00', u'\U00010400\U00010428', u'\u0149', u'\xb5\u039c', u'\u03f4\u03d1', u'\U0010ffff']
UNI_RECV = [s.decode('latin-1') for s in STR_RECV] + UNI_EXTRA

IDX = [(), (1,), (-1,), (None, 2), (1, -1), (0, 100), (100,), (3, 3), (5, 1), (-3, None),
       (-100, -50)]

SEARCH_RECV = set(['', 'a', 'abc', 'aaa', 'abcabcab', 'Hello World', 'a,b,,c,', u'\xdf\u01c5', u'\ud800x\udc00'])

def subs_for(recv):
    subs = ['', 'a', 'ab', ' ']
    if len(recv) >= 3: subs.append(recv[1:3])
    if recv: subs.append(recv[-1:])
    return sorted(set(subs))

def gen(ty, recvs, conv):
    for recv in recvs:
        subs = [conv(x) for x in subs_for(recv)]
        for m in ['find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith']:
            for sub in subs:
                for ix in (IDX if recv in SEARCH_RECV else [(), (1, -1), (-2,)]):
                    if m in ('index', 'rindex') and ix not in [(), (1,), (2, None), (-3, -1), (100,)]:
                        continue
                    row(ty, recv, m, (sub,) + ix)
        for sub in subs:
            row(ty, recv, 'contains', (sub,))
            row(ty, recv, 'partition', (sub,))
            row(ty, recv, 'rpartition', (sub,))
            for ms in [(), (0,), (1,), (-1,)]:
                row(ty, recv, 'split', (sub,) + ms)
                row(ty, recv, 'rsplit', (sub,) + ms)
            for rest in [('XY',), ('XY', 1), ('', -1), ('XY', 0)]:
                row(ty, recv, 'replace', (sub,) + tuple(conv(r) if isinstance(r, str) else r for r in rest))
            row(ty, recv, 'strip', (sub,))
            row(ty, recv, 'lstrip', (sub,))
            row(ty, recv, 'rstrip', (sub,))
            row(ty, recv, 'join', (sub, sub))
        row(ty, recv, 'replace', (conv('ab'), conv('ba')))
        row(ty, recv, 'replace', (conv(''), conv('\xe9'), 2))
        row(ty, recv, 'strip', (conv('ab '),))
        row(ty, recv, 'strip', (conv('a\n\t'),))
        for ms in [(None,), (None, -1), (None, 0), (None, 1), (None, 2), (None, 100)]:
            row(ty, recv, 'split', ms)
            row(ty, recv, 'rsplit', ms)
        row(ty, recv, 'split', ())
        row(ty, recv, 'rsplit', ())
        for m in ['splitlines']:
            row(ty, recv, m, ())
            row(ty, recv, m, (True,))
            row(ty, recv, m, (False,))
        for m in ['strip', 'lstrip', 'rstrip']:
            row(ty, recv, m, ())
            row(ty, recv, m, (None,))
        for m in ['capitalize', 'lower', 'upper', 'swapcase', 'title', 'isalnum', 'isalpha',
                  'isdigit', 'islower', 'isspace', 'istitle', 'isupper']:
            row(ty, recv, m, ())
        if ty == 'u':
            row(ty, recv, 'isdecimal', ())
            row(ty, recv, 'isnumeric', ())
        for w in [-1, 0, 1, 2, 5, 6, 7, 10, 11]:
            row(ty, recv, 'zfill', (w,))
            for m in ['center', 'ljust', 'rjust']:
                row(ty, recv, m, (w, conv('*')))
            row(ty, recv, 'center', (w,))
        for t in [(), (0,), (1,), (4,), (-3,), (3,)]:
            row(ty, recv, 'expandtabs', t)
        for n in [-1, 0, 1, 3]:
            row(ty, recv, 'mul', (n,))
        row(ty, recv, 'join', ())
        row(ty, recv, 'join', (conv('x'),))
        row(ty, recv, 'join', (conv('x'), conv(''), conv('yz')))
        if ty == 's':
            row(ty, recv, 'translate', (string.maketrans('abc ', 'xyz_'),))
            row(ty, recv, 'translate', (None, 'a '))
            row(ty, recv, 'translate', (string.maketrans('a', 'b'), 'bc\xe9'))
            row(ty, recv, 'translate', ('short',))
        else:
            row(ty, recv, 'translate', ())

gen('s', STR_RECV, lambda x: x)
gen('u', UNI_RECV, lambda x: x.decode('latin-1') if isinstance(x, str) else x)

# Random rows: short strings over a small alphabet, so that separators, case and line breaks
# collide often.
import random
random.seed(2718)
ALPHA = [u'a', u'b', u'A', u' ', u'\t', u'\n', u'\r', u'1', u'-', u'\xe9', u'\xc9', u'\x0b', u'\x85',
         u'\u2028', u'\u01c5', u'\u0661', u'\ud800']
def rand_text(ty, n):
    pool = ALPHA[:10] if ty == 's' else ALPHA
    t = u''.join(random.choice(pool) for _ in range(random.randint(0, n)))
    return t.encode('latin-1') if ty == 's' else t
def rand_index():
    return random.choice([None, 0, 1, 2, -1, -2, 3, 5, 9, -9])
for _ in range(6000):
    ty = random.choice('su')
    recv = rand_text(ty, 9)
    sub = rand_text(ty, 2)
    m = random.choice(['find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'split', 'rsplit',
                       'split_ws', 'rsplit_ws', 'replace', 'partition', 'rpartition', 'strip', 'lstrip',
                       'rstrip', 'splitlines', 'title', 'istitle', 'capitalize', 'swapcase', 'expandtabs',
                       'islower', 'isupper', 'zfill', 'center'])
    if m in ('find', 'rfind', 'count', 'startswith', 'endswith', 'index'):
        args = (sub, rand_index(), rand_index())
    elif m in ('split', 'rsplit'):
        args = (sub, random.choice([-1, 0, 1, 2, 3]))
    elif m in ('split_ws', 'rsplit_ws'):
        m = m[:-3]
        args = (None, random.choice([-1, 0, 1, 2, 3]))
    elif m == 'replace':
        args = (sub, rand_text(ty, 2), random.choice([-1, 0, 1, 2, 3]))
    elif m in ('partition', 'rpartition'):
        args = (sub,)
    elif m in ('strip', 'lstrip', 'rstrip'):
        args = random.choice([(), (sub,)])
    elif m == 'splitlines':
        args = (random.choice([0, 1]),)
    elif m == 'expandtabs':
        args = (random.choice([0, 1, 2, 3, 8]),)
    elif m in ('zfill', 'center'):
        args = (random.choice([0, 3, 6, 9, 12]),)
    else:
        args = ()
    row(ty, recv, m, args)
print '\n'.join(out)
