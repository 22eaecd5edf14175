# _csv writer: CPython 2.7's quoting rules (minimal, all, nonnumeric, none), escaping and doubled
# quotes, how values become fields (str, None, float repr, numbers), its errors, writerows, and
# DictWriter from Lib/csv.py on top.
import csv, StringIO, decimal


class Sink:
    def write(self, s):
        print repr(s)
        return len(s)


def show(row, **kw):
    try:
        print csv.writer(Sink(), **kw).writerow(row)
    except Exception as e:
        print type(e).__name__ + ':', e


class Num(object):
    def __int__(self):
        return 7

    def __str__(self):
        return 'num'

rows = [
    ['plain', 'with,comma', 'with"quote', 'new\nline', 'cr\rhere', 'tab\there', ''],
    ['nul\x00cut', u'uni', 1.0 / 3, 10L, True, None, 7, 2.5, decimal.Decimal('1.50'), 3 + 4j],
    [Num(), 'a;b', "it's", 'esc\\ape'],
    'abc',
    [],
    [''],
    [None],
    (1, 2),
    xrange(3),
    ['sp ace', ' lead', 'trail '],
]
options = [
    {},
    dict(quoting=csv.QUOTE_ALL),
    dict(quoting=csv.QUOTE_NONNUMERIC),
    dict(quoting=csv.QUOTE_NONE),
    dict(quoting=csv.QUOTE_NONE, escapechar='\\'),
    dict(doublequote=False),
    dict(doublequote=False, escapechar='\\'),
    dict(quoting=csv.QUOTE_NONNUMERIC, escapechar='\\', doublequote=False),
    dict(delimiter=';', quotechar="'", lineterminator='\n'),
    dict(lineterminator='\t!'),
]
for row in rows:
    print '--', type(row).__name__, len(row)
    for kw in options:
        show(row, **kw)

for bad in [3, {'a': 1}, (x for x in 'ab'), None]:
    show(bad)
try:
    csv.writer(3)
except TypeError as e:
    print 'TypeError:', e
w = csv.writer(Sink())
try:
    w.writerows(3)
except TypeError as e:
    print 'TypeError:', e
print w.writerows([[1], (2, 3), 'xy'])
print type(w.dialect).__name__, repr(w.dialect.lineterminator)

# a round trip through the reader
out = StringIO.StringIO()
tricky = [['a"b', 'c,d', 'e\nf', '', ' g '], ['1', '2.5', 'x\r\ny']]
for kw in [{}, dict(quoting=csv.QUOTE_ALL), dict(escapechar='\\', doublequote=False)]:
    out = StringIO.StringIO()
    csv.writer(out, **kw).writerows(tricky)
    print repr(out.getvalue()), list(csv.reader(StringIO.StringIO(out.getvalue()), **kw)) == tricky

# DictWriter
out = StringIO.StringIO()
dw = csv.DictWriter(out, ['k', 'v'], restval='-', extrasaction='ignore')
dw.writeheader()
dw.writerow({'k': 'key', 'v': 'va,l'})
dw.writerows([{'k': 1}, {'v': 2, 'z': 3}])
print repr(out.getvalue())
try:
    csv.DictWriter(out, ['k']).writerow({'zz': 1})
except ValueError as e:
    print 'ValueError:', e
