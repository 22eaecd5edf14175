# Generates cases.rs (the expectations of literal.rs's tests) from CPython 2.7.18:
#   PYENV_VERSION=2.7.18 python2.7 gen_literal_cases.py > cases.rs
# Each case is compiled by CPython's own parser; the value's repr (or the error) is recorded.
import ast

def rust_bytes(b):
    out = []
    for ch in b:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif 0x20 <= o < 0x7f: out.append(ch)
        else: out.append('\\x%02x' % o)
    return 'b"%s"' % ''.join(out)

def rust_str(s):
    return '"%s"' % s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')

def outcome(src):
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        return 'Err(("SyntaxError", %s))' % rust_str(e.msg)
    except ValueError as e:
        return 'Err(("ValueError", %s))' % rust_str(str(e))
    node = tree.body[-1].value
    value = node.n if isinstance(node, ast.Num) else node.s
    return 'Ok(%s)' % rust_str(repr(value))

NUMBERS = ["0", "1", "00", "000", "0L", "0l", "10L", "0777", "0777L", "-0777", "0o777", "0O17",
    "0b101", "0B1", "0x1f", "0X1F", "0x10L", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "-9223372036854775809", "-0", "-0.0", "-1j", "-0j", "1j", "1J",
    "-0x8000000000000000", "0x8000000000000000", "0xFFFFFFFFFFFFFFFF", "-0xFFFFFFFFFFFFFFFF",
    "0x7fffffffffffffff", "-0x7fffffffffffffff", "01777777777777777777777",
    "02000000000000000000000", "-02000000000000000000000", "0b" + "1" * 64, "1" * 40,
    "1.e5", ".5", "5.", "1E+5", "1e-5j", "09.5", "09j", "09e1", "0e0", "1e400", "-1e400",
    "1e400j", "-1e400j", "0.000000000000000000001e-300", "2.5e-324", "1.7976931348623157e308",
    "1.7976931348623159e308", "0.1", "123456789012345678901234567890.5", "3.14159j", "-2.5",
    "1e16", "1e-5", "0.0001", "0.1e-3", "1234.5e-2", "0j", "00j", "07.5e1"]

# (tokens, encoding or None, unicode_literals)
STRINGS = [
    (["'abc'"], None, False), (["''"], None, False), (['""""""'], None, False),
    (["'''a\nb'''"], None, False), (["'a\\\nb'"], None, False),
    ([r"'\x41\101\1\18\7777\a\b\f\n\r\t\v\'\"\\\q\N{DASH}\u1234'"], None, False),
    ([r"'\x1'"], None, False), ([r"'\x'"], None, False), ([r"'\xg0'"], None, False),
    ([r"'ab\x1'"], None, False), ([r"'\x4F\xfF'"], None, False), ([r"'\0\00\000\0000'"], None, False),
    ([r"u'\x1'"], None, False), ([r"u'\u12'"], None, False), ([r"u'\U1234'"], None, False),
    ([r"u'\U00110000'"], None, False), ([r"u'\U0010ffff'"], None, False),
    ([r"u'\N{EM DASH}'"], None, False), ([r"u'\N{nonexistent}'"], None, False),
    ([r"u'\N'"], None, False), ([r"u'\N{'"], None, False), ([r"u'\N{EM DASH'"], None, False),
    ([r"u'\N{}'"], None, False), ([r"u'\N{x'"], None, False), ([r"u'x\N'"], None, False),
    ([r"u'\q\777\8\x41'"], None, False), ([r"u'\ud800'"], None, False),
    ([r"u'\U0000d800'"], None, False), ([r"u'\N{latin small letter a}'"], None, False),
    ([r"u'\N{BELL}'"], None, False), ([r"u'\N{CJK UNIFIED IDEOGRAPH-4E00}'"], None, False),
    ([r"u'\N{HANGUL SYLLABLE GA}'"], None, False), ([r"u'ab\uzzzz'"], None, False),
    ([r"u'\U0001f60g'"], None, False), ([r"u'\x4'"], None, False), ([r"u'\777'"], None, False),
    (["u'\\\n'"], None, False), ([r"u'\400'"], None, False), ([r"u'\u20ac\U0001F600'"], None, False),
    ([r"ur'\u1234\x41\U0001F600\\u1234'"], None, False), ([r"ur'\u12'"], None, False),
    ([r"ur'\U00110000'"], None, False), ([r"ur'\\\u12'"], None, False), ([r"ur'\U0001'"], None, False),
    ([r"ur'\U0001f60g'"], None, False), ([r"Ur'\\\u0041'"], None, False),
    ([r"ur'\\u0041'"], None, False), ([r"UR'\\\\u0041'"], None, False), ([r"uR'\n'"], None, False),
    ([r"b'\u1234'"], None, False), ([r"br'\x41'"], None, False), ([r"BR'\n'"], None, False),
    ([r"B'\x41'"], None, False), ([r"r'\''"], None, False), ([r'R"\"\x"'], None, False),
    (["'\xe9\xff'"], None, False), (["u'\xe9'"], None, False), (["u'\xe9\\u1234'"], None, False),
    (["u'\\\xe9'"], None, False), (["'\\\xe9'"], None, False), (["u'\xe9\\N{EM DASH}'"], None, False),
    (["u'\xf0\x9f\x98\x80\\x1'"], None, False),
    (["'a'", "u'b'"], None, False), (["'\xe9'", "u'b'"], None, False),
    (["'a'", "'b\xe9'", "u'b'", "'c\xff'"], None, False), (["u'a'", "'\xe9'"], None, False),
    (["u'a'", "'b'", "'\xe9'"], None, False), ([r"'\x41'", r"'\x1'", r"u'\x1'"], None, False),
    ([r"u'\x1'", r"'\x1'"], None, False), (["'a'", "'b'"], None, False),
    (["'a'"], None, True), (["b'b'"], None, True), ([r"r'\u1234'"], None, True),
    ([r"'\x1'"], None, True), (["'\xe9'"], None, True), (["B'\\x41'", "'a'"], None, True),
    # utf-8 declared: the lexer's text is the file's bytes (CPython does not check them).
    (["'\xe9'"], 'utf-8', False), (["u'\xe9'"], 'utf-8', False), (["u'a\\\xe9\\x1'"], 'utf-8', False),
    (["u'a\\\xc3\xa9\\x1'"], 'utf-8', False), (["u'a\xc3\xa9\\x1'"], 'utf-8', False),
    (["u'\xc3\xa9\\xe9\\u20ac'"], 'utf-8', False), (["'\xc3\xa9\\xe9'"], 'utf-8', False),
    (["ur'\xc3\xa9\\u20ac'"], 'utf-8', False), (["u'\\\xc3\xa9'"], 'utf-8', False),
    (["u'\\\\\xc3\xa9'"], 'utf-8', False), (["u'\\\\\\\xc3\xa9\\x1'"], 'utf-8', False),
    (["'\\\xc3\xa9'"], 'utf-8', False), (["u'\xf0\x9f\x98\x80\\x1'"], 'utf-8', False),
    (["'\xe9'", "u'\xc3\xa9'"], 'utf-8', False), (["u'\xc3\xa9\\N{foo}'"], 'utf-8', False),
    (["u'\xe2\x82'"], 'utf-8', False), (["'\xc3\xa9'"], 'utf-8', True),
    # latin-1 declared: the lexer's text is the file's bytes, as CPython's.
    (["'\xe9\\x41\\\xe9'"], 'iso-8859-1', False), (["u'a\xe9\\x1'"], 'iso-8859-1', False),
    (["u'\xe9\\xe9'"], 'iso-8859-1', False), (["ur'\xe9\\u20ac'"], 'iso-8859-1', False),
    (["'\xe9'", "u'\xe9'"], 'iso-8859-1', False), (["'\xe9'"], 'iso-8859-1', True),
    (["'\xff\xe9abc'"], 'iso-8859-1', False),
]

DECLARED = {'utf-8': '# -*- coding: utf-8 -*-\n', 'iso-8859-1': '# -*- coding: latin-1 -*-\n'}

print '// Generated by gen_literal_cases.py under CPython 2.7.18; do not edit.'
print '// Numbers: (token text, repr of the value CPython builds).'
print 'pub(super) const NUMBER_CASES: &[(&str, &str)] = &['
for t in NUMBERS:
    print '    (%s, %s),' % (rust_str(t), rust_str(repr(ast.parse(t).body[0].value.n)))
print '];'
print '// Strings: (tokens as the lexer hands them over, declared encoding, unicode_literals,'
print '// Ok(repr of the value) or Err((exception class, message))).'
print 'pub(super) type StringCase = (&\'static [&\'static [u8]], Option<&\'static str>, bool, Result<&\'static str, (&\'static str, &\'static str)>);'
print 'pub(super) const STRING_CASES: &[StringCase] = &['
for tokens, enc, ul in STRINGS:
    src = DECLARED.get(enc, '') + ('from __future__ import unicode_literals\n' if ul else '') + ' '.join(tokens)
    lexed = tokens
    print '    (&[%s], %s, %s, %s),' % (', '.join(rust_bytes(t) for t in lexed),
        'Some(%s)' % rust_str(enc) if enc else 'None', 'true' if ul else 'false', outcome(src))
print '];'
