# Case mappings, predicates, padding, tabs and line splitting of str and unicode.
samples = ['', 'a', 'hello world', "they're bill's", 'HeLLo wORLD', '3rd place', 'a1b2', ' x ',
           'ABC def', 'Title Case Here', '\xe9t\xe9', 'mIxEd-CaSe_words']
for s in samples:
    u = s.decode('latin-1')
    print repr(s), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), s.istitle(), s.isupper(), s.islower()
    print ' ', repr(u.title()), repr(u.capitalize()), repr(u.swapcase()), u.istitle(), u.isupper(), u.islower()
    print ' ', s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), u.isalpha(), u.isalnum(), u.isdecimal(), u.isnumeric()
for u in [u'\u01c5', u'\u01c4\u01c6', u'\u1f88', u'\xdf', u'\u0130', u'\u2160', u'\xb2', u'\u0660\u0661',
          u'\u00bd', u'\u3000', u'\x1c\x1d\x1e\x1f', u'\x85', u'\u2028', u'\ufb01']:
    print repr(u), repr(u.upper()), repr(u.lower()), repr(u.title()), u.isdigit(), u.isdecimal(), u.isnumeric(), u.isspace(), u.isalpha()
print repr('a\tbc\tdef\n\tx'.expandtabs()), repr('a\tb'.expandtabs(0)), repr('a\tb'.expandtabs(-1)), repr('\t'.expandtabs(3))
print repr(u'a\tb\r\tc'.expandtabs(2)), repr(u'\u20ac\tx'.expandtabs(4))
print repr('42'.zfill(5)), repr('-42'.zfill(5)), repr('+4'.zfill(4)), repr(''.zfill(3)), repr('abc'.zfill(2)), repr('-'.zfill(3))
print repr(u'-3.5'.zfill(7)), repr(u'+'.zfill(2))
print repr('abc'.center(8)), repr('abc'.center(8, '-')), repr('ab'.center(5)), repr('abc'.center(2)), repr('x'.center(4, '*'))
print repr(u'ab'.ljust(5, u'\u2022')), repr(u'ab'.rjust(5, '.')), repr('ab'.rjust(-3))
lines = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x85h'
print 'a\nb\r\nc\rd'.splitlines(), lines.splitlines()
print repr(lines.decode('latin-1').splitlines()), repr(lines.decode('latin-1').splitlines(True))
print repr(u'x\u2028y\u2029z\r\n'.splitlines(1)), ''.splitlines(), 'abc'.splitlines(True), '\n\n'.splitlines(True)
print 'a b\tc\nd'.split(), u'a\u3000b\x85c\u200bd'.split(), repr(u'  \u2003x  '.strip()), repr('\x1cx\x1c'.strip())
tbl = ''.join(chr((i + 1) % 256) for i in range(256))
print repr('abc\xff'.translate(tbl)), repr('hello'.translate(None, 'l')), repr('hello'.translate(tbl, 'h'))
print repr(u'hello'.translate({ord('l'): u'L', ord('o'): None, ord('h'): 0x48})), repr(u'abc'.translate({}))
print repr('abc'.translate(u'xyzabc' * 20)), repr(u'\u20ac'.translate({0x20ac: u'EUR'}))
class Table(object):
    def __getitem__(self, k):
        if k == ord('a'):
            raise LookupError
        return unichr(k).upper()
print repr(u'abc'.translate(Table()))
print repr('x' * 3), repr(u'xy' * 2), repr('ab' * -1), repr(u'' * 9)
