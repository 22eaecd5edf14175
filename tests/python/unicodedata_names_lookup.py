# unicodedata.name / lookup: ordinary names (any case for lookup), computed Hangul and CJK names
# (exact case only), characters without names, and the Unicode 3.2.0 view of both.
import unicodedata

for ch in [u' ', u'A', u'\xe9', u'\u0237', u'\u20ac', u'\u2603', u'\u3042', u'\u4e00',
           u'\u9fcb', u'\u9fcc', u'\uac00', u'\uac01', u'\ud7a3', u'\uf900', u'\ufb01',
           u'\U0001d11e', u'\U00020000', u'\U0002a700', u'\U0002b734']:
    print repr(ch), unicodedata.name(ch, None), unicodedata.ucd_3_2_0.name(ch, None)

for ch in [u'\x00', u'\x7f', u'\ud800', u'\ue000', u'\u0378', u'\U0010ffff']:
    print repr(ch), unicodedata.name(ch, '<none>'), unicodedata.category(ch)
try:
    unicodedata.name(u'\x1b')
except ValueError, e:
    print 'ValueError:', e

NAMES = ['SNOWMAN', 'snowman', 'Euro Sign', 'LATIN SMALL LETTER E WITH ACUTE',
         'LATIN SMALL LETTER DOTLESS J', 'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A',
         'LATIN_SMALL_LETTER_A', 'LATIN SMALL LETTER A\x00', 'BACKSPACE', 'LINE FEED', 'NULL',
         'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAGG', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE AE',
         'HANGUL SYLLABLE ', 'HANGUL SYLLABLE Ga', 'hangul syllable ga', 'HANGUL SYLLABLE GAX',
         'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'CJK UNIFIED IDEOGRAPH-4e00',
         'cjk unified ideograph-4E00', 'CJK UNIFIED IDEOGRAPH-9FCB', 'CJK UNIFIED IDEOGRAPH-9FCC',
         'CJK UNIFIED IDEOGRAPH-2A700', 'CJK UNIFIED IDEOGRAPH-400', 'CJK COMPATIBILITY IDEOGRAPH-F900',
         'cjk compatibility ideograph-f900', 'GREEK SMALL LETTER ALPHA WITH PSILI AND OXIA', '']
for n in NAMES:
    for db in (unicodedata, unicodedata.ucd_3_2_0):
        try:
            r = repr(db.lookup(n))
        except KeyError, e:
            r = 'KeyError: %s' % e
        print repr(n), r

print repr(unicodedata.lookup(u'latin capital letter a'))
for bad in [1, None, u'\xe9']:
    try:
        unicodedata.lookup(bad)
    except Exception, e:
        print type(e).__name__ + ':', e

# Round trips over a few blocks.
for lo, hi in [(0x20, 0x250), (0x370, 0x400), (0x2190, 0x2200), (0xac00, 0xac40)]:
    ok = 0
    for c in range(lo, hi):
        n = unicodedata.name(unichr(c), None)
        if n is not None and unicodedata.lookup(n) == unichr(c):
            ok += 1
    print hex(lo), hex(hi), ok
