# unicodedata property lookups (Unicode 5.2.0) and the same questions put to ucd_3_2_0.
import unicodedata

SAMPLES = [u'a', u'Z', u'5', u' ', u'\t', u'\x00', u'\xad', u'\xb2', u'\xbd', u'\xe9', u'(',
           u'\u0237', u'\u0301', u'\u05d0', u'\u0627', u'\u0663', u'\u06f5', u'\u0f33',
           u'\u1100', u'\u2028', u'\u2160', u'\u216b', u'\u2460', u'\u3007', u'\u4e00',
           u'\u5146', u'\u9fcb', u'\u9fcc', u'\uac00', u'\ud800', u'\ue000', u'\uf951',
           u'\ufb01', u'\uff21', u'\uff71', u'\U0001d7ce', u'\U0001f100', u'\U0002a700',
           u'\U0010ffff']

def describe(db, ch):
    return (db.category(ch), db.bidirectional(ch), db.combining(ch), db.mirrored(ch),
            db.east_asian_width(ch), db.decimal(ch, None), db.digit(ch, None),
            db.numeric(ch, None), db.decomposition(ch))

for ch in SAMPLES:
    new = describe(unicodedata, ch)
    old = describe(unicodedata.ucd_3_2_0, ch)
    print repr(ch), new
    if old != new:
        print '   3.2.0:', old

print unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version
print type(unicodedata.ucd_3_2_0).__name__, isinstance(unicodedata.ucd_3_2_0, unicodedata.UCD)

# Counting over a range of code points.
cats = {}
for c in range(0x0, 0x800):
    k = unicodedata.category(unichr(c))
    cats[k] = cats.get(k, 0) + 1
print sorted(cats.items())
print sum(1 for c in range(0x2000, 0x3000) if unicodedata.mirrored(unichr(c)))
print sum(unicodedata.numeric(unichr(c), 0) for c in range(0x2150, 0x2190))

# Defaults and errors.
print unicodedata.decimal(u'x', -1), unicodedata.digit(u'x', 'no'), unicodedata.numeric(u'x', 0.0)
def attempt(f, *args):
    try:
        print repr(f(*args))
    except Exception, e:
        print type(e).__name__ + ':', e
attempt(unicodedata.decimal, u'\xbd')
attempt(unicodedata.digit, u'\xbd')
attempt(unicodedata.numeric, u'a')
attempt(unicodedata.category, 'a')
attempt(unicodedata.category, u'ab')
attempt(unicodedata.category, u'')
attempt(unicodedata.category, 97)
attempt(unicodedata.combining)
attempt(unicodedata.mirrored, u'a', u'b')
attempt(unicodedata.decimal, u'1', 2, 3)
attempt(unicodedata.east_asian_width, None)
attempt(unicodedata.ucd_3_2_0.category, 'x')
attempt(unicodedata.UCD)
