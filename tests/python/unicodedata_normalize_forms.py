# unicodedata.normalize: the four forms, canonical ordering of marks, Hangul, compatibility
# characters, composition exclusions, the Unicode 3.2.0 variant, and argument errors.
import unicodedata

def hexs(s):
    return ' '.join('%04X' % ord(c) for c in s)

CASES = [u'Caf\xe9', u'e\u0301', u'a\u0327\u0301', u'a\u0301\u0327', u'\u1e9b\u0323',
         u'\u212b', u'\u2126', u'\xc5\u0301', u'\ufb01', u'\u2460', u'\uff21\uff71', u'\xbd',
         u'\u1100\u1161\u11a8', u'\uac00\u11a8', u'\u1100\u1176', u'\u1100\u1161\u11a7',
         u'\u1112\u1175\u11c2', u'\ud4db', u'\u0958', u'\u0915\u093c', u'\u0344',
         u'\u0308\u0301', u'\u0f73', u'\U0001d15e', u'\U0001d160', u'\uf951', u'\U0002f868',
         u'\u03d3', u'\u1fbf\u0301', u'\u0626', u'\u064a\u0654', u'\u304c\u3099',
         u'\u304b\u3099\u3099', u'\u00a0\u2002\u3000', u'x\u0345\u0313\u0301', u'', u'abc']
for s in CASES:
    print hexs(s)
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        new = unicodedata.normalize(form, s)
        old = unicodedata.ucd_3_2_0.normalize(form, s)
        line = '  %-4s %s' % (form, hexs(new))
        if old != new:
            line += '   3.2.0: ' + hexs(old)
        print line

# Idempotence and the relations between forms on a mixed sample.
text = u''.join(unichr(c) for c in range(0xc0, 0x180)) + u'\u1e00\u1e9b\u0323\uac00\ufb03\u2475'
nfd = unicodedata.normalize('NFD', text)
nfc = unicodedata.normalize('NFC', text)
print len(text), len(nfd), len(nfc), nfc == text
print unicodedata.normalize('NFC', nfd) == nfc, unicodedata.normalize('NFD', nfc) == nfd
nfkd = unicodedata.normalize('NFKD', text)
print len(nfkd), unicodedata.normalize('NFKC', nfkd) == unicodedata.normalize('NFKC', text)

# Already-normal text comes back as the same object (5.2.0 quick check).
s = u'plain ascii text'
print unicodedata.normalize('NFC', s) is s, unicodedata.normalize('NFKD', s) is s
e = u'e\u0301'
print unicodedata.normalize('NFD', e) is e, unicodedata.normalize('NFC', e) is e

def attempt(*args):
    try:
        print repr(unicodedata.normalize(*args))
    except Exception, e:
        print type(e).__name__ + ':', e
attempt('NFX', u'abc')
attempt('nfc', u'abc')
attempt('NFX', u'')
attempt(u'NFC', u'\xe9')
attempt('NFC', 'abc')
attempt(None, u'abc')
attempt('NF\x00C', u'abc')
attempt('NFC')
attempt('NFC', u'a', u'b')
