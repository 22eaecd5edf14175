# Generates cases.rs (the expectations of source.rs's tests) from CPython 2.7.18:
#   cd engine/src/syntax/source && PYENV_VERSION=2.7.18 python2.7 gen_cases.py > tests/cases.rs
#
# Every case is run by the oracle both ways: String origin is compile(src, 't.py', 'exec');
# File origin is execfile('t.py') (the same tokenizer path as `python2.7 t.py`).
#
# OUTCOME_CASES are valid Python apart from their encoding problems, so CPython's verdict is the
# decoder's: Ok (with the encoding name CPython's parser records, via parser.suite), an error
# before any token (kind, message, line), or for files an error raised on reaching a line.
#
# TEXT_CASES observe the tokenizer's text: the source holds one triple-quoted literal whose value
# the oracle prints, and the expected text is the source with the literal's body replaced by that
# value (UTF-8; for `str` literals, its bytes).
import re
import os, parser, sys

FILE = 't.py'


def rust_bytes(b):
    out = []
    for ch in b:
        o = ord(ch)
        if ch == '"': out.append('\\"')
        elif ch == '\\': out.append('\\\\')
        elif 0x20 <= o < 0x7f: out.append(ch)
        elif ch == '\n': out.append('\\n')
        else: out.append('\\x%02x' % o)
    return 'b"%s"' % ''.join(out)


def rust_str(s):
    return '"%s"' % s.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')


def run_string(src, ns=None):
    try:
        code = compile(src, FILE, 'exec')
        if ns is not None:
            exec code in ns
        return None
    except SyntaxError as e:
        return ('SyntaxError', e.msg, e.lineno or 0)
    except TypeError as e:
        return ('TypeError', str(e), 0)


def run_file(src, ns=None):
    with open(FILE, 'wb') as f:
        f.write(src)
    try:
        execfile(FILE, ns if ns is not None else {})
        return None
    except SyntaxError as e:
        return ('SyntaxError', e.msg, e.lineno or 0)


def encoding_name(src):
    try:
        t = parser.suite(src).tolist()
    except Exception:
        return None
    return t[-1] if t[0] == 339 else None


# (name, source, line reached inside a token (file origin's message then differs))
OUTCOME_CASES = [
    ('plain', 'x=1\n', False),
    ('empty', '', False),
    ('latin1_decl', '# coding: latin-1\nx=1\n', False),
    ('emacs_utf8_underscore', '# -*- coding: UTF_8 -*-\nx=1\n', False),
    ('utf8_sig_normalised', '# coding=utf-8-sig\nx=1\n', False),
    ('latin1_spelling_kept', '# coding: Latin1\nx=1\n', False),
    ('iso_latin_1_suffix', '# coding: iso-latin-1-unix\nx=1\n', False),
    ('bom', '\xef\xbb\xbfx=1\n', False),
    ('bom_utf8_decl', '\xef\xbb\xbf# coding: utf-8\nx=1\n', False),
    ('bom_latin1_decl', '\xef\xbb\xbf# coding: latin-1\nx=1\n', False),
    ('bom_utf8_unnormalised', '\xef\xbb\xbf# coding: utf8\nx=1\n', False),
    ('bom_decl_line2', '\xef\xbb\xbf#!/usr/bin/python\n# coding: cp1252\nx=1\n', False),
    ('bom_partial', '\xef\xbbx=1\n', False),
    ('unknown', '# coding: uft-8\nx=1\n', False),
    ('unknown_line2', '#!/bin/sh\n# vim: set fileencoding=bogus :\nx=1\n', False),
    ('decl_after_code_ignored', 'x=1\n# coding: bogus\n', False),
    ('decl_after_blank', '\n# coding: bogus\n', False),
    ('decl_line3_ignored', '\n\n# coding: bogus\n', False),
    ('decl_after_code_same_line', 'x=1 # coding: bogus\n', False),
    ('decl_indented_comment', ' \t\x0c# coding:  \tbogus\n', False),
    ('decl_no_name', '# coding: \nx=1\n', False),
    ('non_ascii_no_decl', 'x=1\n\n#\xe9\n', False),
    ('non_ascii_line1_decl_line2', '#\xe9\n# coding: latin-1\nx=1\n', False),
    ('non_ascii_in_string_no_decl', 'x = "\xe9"\n', False),
    ('non_ascii_continued_string', 'x = """\n\xe9\n"""\n', True),
    ('non_ascii_after_nul_join', 'x=1\0\n#\xe9\n', False),
    ('cp1252_undefined', '# coding: cp1252\nx=1\n\n#\x81\n', False),
    ('cp1252_undefined_far', '# coding: cp1252\n' + 'y=1\n' * 100 + '#\x81\n', False),
    ('cp1252_undefined_chunked', '# coding: cp1252\nx = 1\n' + '#' * 100 + '\n' + '#' * 100 + '\x81\n', False),
    ('ascii_decl_non_ascii', '# coding: ascii\nx = "\xe9"\n', False),
    ('utf8_codec_invalid', '# coding: utf8\nx = "\xe9"\n', False),
    ('utf8_codec_surrogate', '# coding: utf8\nx = "\xed\xa0\x80"\n', False),
    ('utf8_codec_truncated_end', '# coding: utf8\nx = 1 #\xe2\x82', False),
    ('utf8_raw_invalid', '# coding: utf-8\nx = "\xff"\n', False),
    ('koi8_r', '# coding: koi8-r\nx = u"\xc1"\n', False),
    ('rot13', '# coding: rot13\nk = 1\n', False),
    ('cp1252_line2', '#!/usr/bin/env python\n# -*- coding: cp1252 -*-\nx = "\x80"\n', False),
    ('nul', 'x=1\0\n', False),
    ('nul_joins_lines', 'x=1 #\0\ny=2\n', False),
    ('nul_at_line_start', 'x = 1\n\0junk\n\xe9\n', False),
    ('nul_at_line_start_in_brackets', 'x = (1,\n\0junk\n2)\n#\xe9\n', False),
    ('latin1_codec_nel', '# coding: latin1\nx = 1 #\x85\n', False),
]

TEXT_CASES = [
    # (name, header, literal prefix, body, trailer)
    ('crlf_cr', '', '', 'a\r\nb\rc', '\r\n'),
    ('cp1252_lone_cr', '# coding: cp1252\n', 'u', 'a\r\nb\rc\x80\x0cd', '\n'),
    ('cp1252_crcrlf', '# coding: cp1252\r\n', 'u', 'a\r\r\nb', '\n'),
    ('latin1_raw', '# coding: latin-1\n', 'u', '\xe9\r\xff', '\n'),
    ('latin1_codec', '# coding: latin1\n', 'u', '\xe9\r\x85z', '\n'),
    ('nul_raw', '', '', 'a\0b\nc', '\n'),
    ('nul_codec', '# coding: cp1252\n', 'u', 'a\0\x0cb\nc', '\n'),
    ('utf8_raw', '# coding: utf-8\n', '', '\xc3\xa9\xff', '\n'),
    ('bom', '\xef\xbb\xbf', '', '\xc3\xa9', '\n'),
    ('no_final_newline', '', '', 'a', ''),
    ('koi8_r', '# coding: koi8-r\n', 'u', '\xc1\xc2', '\n'),
]


def main():
    print '// GENERATED by gen_cases.py from CPython 2.7.18; do not edit.'
    print 'use super::{Origin, Outcome};'
    print
    print '// (name, source, origin, reached inside a token, expected outcome)'
    print 'pub(super) static OUTCOME_CASES: &[(&str, &[u8], Origin, bool, Outcome)] = &['
    for name, src, in_token in OUTCOME_CASES:
        for origin, run in (('String', run_string), ('File', run_file)):
            err = run(src)
            if err is not None and err[1] == 'invalid syntax':
                err = None  # decoded; the parser then failed
            if err is None:
                # The declared encoding, as CPython's parser records it for the BOM and the
                # comment lines among the first two (which is where a declaration can be).
                bom = '\xef\xbb\xbf' if src.startswith('\xef\xbb\xbf') else ''
                lines = src[len(bom):].split('\n')[:2]
                head = [l for l in lines if l.strip(' \t\x0c').startswith('#')]
                enc = encoding_name(bom + '\n'.join(head) + '\n')
                out = 'Outcome::Ok(%s)' % ('Some(%s)' % rust_str(enc) if enc else 'None')
            else:
                kind, msg, lineno = err
                out = 'Outcome::Err(%s, %s, %d)' % (rust_str(kind), rust_str(msg), lineno)
            print '    (%s, %s, Origin::%s, %s, %s),' % (
                rust_str(name), rust_bytes(src), origin, 'true' if in_token else 'false', out)
    print '];'
    print
    print '// (name, source, origin, expected text)'
    print 'pub(super) static TEXT_CASES: &[(&str, &[u8], Origin, &[u8])] = &['
    for name, header, prefix, body, trailer in TEXT_CASES:
        lit = 'x = %s"""' % prefix
        src = header + lit + body + '"""' + trailer
        for origin, run in (('String', run_string), ('File', run_file)):
            ns = {}
            err = run(src, ns)
            if err is not None:
                continue
            value = ns['x']
            if isinstance(value, unicode):
                # CPython reads a file declared latin-1 (normalised to iso-8859-1) byte for byte;
                # any other declaration is decoded, and the lexer's text is then UTF-8.
                raw_latin1 = re.search(r'coding[:=]\s*(latin-1|iso-8859-1|iso-latin-1)\b', header)
                value = value.encode('latin-1' if raw_latin1 else 'utf-8')
            h = header.replace('\xef\xbb\xbf', '').replace('\r\n', '\n')
            text = h + lit + value + '"""' + trailer.replace('\r\n', '\n')
            if not text.endswith('\n'):
                text += '\n'
            if origin == 'String' and src.endswith('\r\n'):
                # CPython's translate_newlines: a text ending in \r\n gains a final empty line
                # (observable as the line of an error at the end: see `if 1:\r\n`).
                assert run_string('if 1:\r\n')[2] == 2 and run_string('if 1:\n')[2] == 1
                text += '\n'
            print '    (%s, %s, Origin::%s, %s),' % (rust_str(name), rust_bytes(src), origin, rust_bytes(text))
    print '];'
    os.remove(FILE)


main()
