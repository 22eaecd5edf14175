# Generates format_cases.txt (the expectations of tests.rs's str.format tests) from CPython 2.7.18:
#   PYENV_VERSION=2.7.18 python2.7 gen_format_cases.py > format_cases.txt
# Rows: type (s/u), template, `=> repr(template.format(*ARGS, **KWARGS))` or the exception,
# escaped as in method_cases.txt. tests.rs models ARGS and KWARGS (a few str, int, list and dict
# values) in its FormatEnv.
ARGS = ('a', 'bc', 3, [4, 5, 'x'])
KWARGS = dict(name='nm', d={'k': 'kv', '1': 'one'}, n=12)

def esc(x):
    if isinstance(x, str): x = x.decode('latin-1')
    def one(c):
        o = ord(c)
        if 0x20 <= o < 0x7f and c != '\\': return c
        if o < 0x100: return '\\x%02x' % o
        if o < 0x10000: return '\\u%04x' % o
        return '\\U%08x' % o
    return ''.join(one(c) for c in x)

TEMPLATES = [
    '', 'abc', '{}', '{0}', '{1}', '{}{}', '{}{}{}{}{}', '{0}{}', '{}{0}', '{2}', '{9}', '{name}',
    '{n:5}', '{n:>{2}}', '{0:{1}}', '{:{}}', '{:{}}{}', '{0:{}}', '{:{0}}', '{:{:{}}}', '{0:{1:{2}}}',
    '{{', '}}', '{{}}', '{{{0}}}', '{', '}', 'a{', 'a}', 'a}b', '{0', '{0!', '{0!r', '{0!r}', '{0!s:>5}',
    '{0!x}', '{0!rr}', '{0!r:}', '{0!\x01}', '{0!\xe9}', '{0!:}', '{0!}', '{3[0]}', '{3[5]}', '{3[a]}', '{3[}',
    '{3[0]x}', '{3.}', '{3[]}', '{2.real}', '{2.imag}', '{2.nope}', '{2[0]}', '{d[k]}', '{d[1]}',
    '{d[zz]}', '{d[k].x}', '{1[1]}', '{1[9]}', '{0[:]}', '{0[a:b]}', '{nope}', '{ 0}', '{0 }', '{-1}',
    '{0.real}', '{99999999999999999999}', '{0:}', '{0:{{}}}', '{:}', '{!r}', '{:d}', '{2:x}', '{2:,}',
    '{0:^7}', '{:>{}}', '{0}}', '{0}{', '{0:{1', '{0:}}', '{0[}', '{0[x', '{3[0][0]}', '{3[2][0]}',
    'x{0}y{1}z', '{0}{1}{0}', '{name!r:>6}', '{n!s}', '{3!r}', '{3!s:>14}', '{3:>14}', '{d[k]!r}',
    '{0:{name}}', '{0:{n}}', '{0:<{n}}|', '{0:x<{2}}', '{2:{1}}', '{0:.{2}}', '{1:.{n}}', '{0:{3[0]}}',
    '{0:{}}{}', '{{0}}', '{}}}', '{{{}', '{0.}', '{0..real}', '{2.real.real}', '{2.real[0]}',
    '{3[0]!r:>{2}}', '{0[0]}', '{0[00]}', '{1[01]}', '{01}', '{00}', '{:}{:}', '{:s}', '{!s}', '{!}',
    '{:{}}{:{}}', '{2:{}}', '{0!r!s}', '{0:!r}', '{:{!r}}', '{0:{:}}', '{n:{n}}', '{0:}}}', '{0[1}',
    '{0[1]}', '{0]', '{0]}', '{]}', '{[}', '{[0]}', '{.real}', '{0:{[}}', '{:{}}}', '{{:}}', ':{}:', '!{}!',
    '{0:%s}' % ('9' * 30), '{2:{0}}', '{3:}', '{3:s}', '{3:>3}', '{d[k][0]}', '{d[k][5]}', '{name[1]}',
    '{name.x}', '{0[9999999999999999999]}',
]
UNI_EXTRA = [u'{\u0661}', u'{\xe9}', u'{3[\u0661]}', u'\xe9{0}\u20ac', u'{0!\u20ac}', u'{0:\u20ac^5}',
             u'{d[\xe9]}', u'{name:\u0661}']

rows = []
for ty, templates in [('s', TEMPLATES), ('u', [t.decode('latin-1') for t in TEMPLATES] + UNI_EXTRA)]:
    for t in templates:
        try:
            r = repr(t.format(*ARGS, **KWARGS))
        except Exception as e:
            try:
                m = str(e)
            except UnicodeError:
                m = '<unprintable>'
            r = '!%s: %s' % (type(e).__name__, m)
        rows.append('%s\t%s\t=> %s' % (ty, esc(t), esc(r)))
print '\n'.join(rows)
