# _csv reader: CPython 2.7's parsing state machine under each dialect option, Dialect validation
# and its messages, the dialect registry, field_size_limit, line_num, and DictReader/Sniffer from
# Lib/csv.py on top.
import csv, _csv, StringIO


def show(inp, *args, **kw):
    r = csv.reader(inp, *args, **kw)
    try:
        print list(r), r.line_num
    except Exception as e:
        print type(e).__name__ + ':', e, r.line_num


print _csv.__version__, csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE
samples = [
    ['a,b,c', '1,2,3'],
    ['a,b\r\n', 'c,d\n', '\n', '', 'e'],
    ['"a""b",c', '"x,y",""'],
    [' a, "b", c'],
    ['1,"2",3.5,x'],
    ['a,"b"c"d",e'],
    ['"abc'],
    ['"multi', 'line",x'],
    ['"a\nb",c\n'],
    ['a,b\rc'],
    ['a\x00b'],
    ['a\\,b,c\\', 'd'],
    ['"q\\"q",z'],
    ['a;b;"c;d"'],
    [',,', ','],
]
for inp in samples:
    print repr(inp)
    show(inp)
    show(inp, escapechar='\\')
    show(inp, strict=True)
    show(inp, skipinitialspace=True)
    show(inp, quoting=csv.QUOTE_NONE, delimiter=';')
    show(inp, doublequote=False, escapechar='\\')
    show(inp, quotechar="'", delimiter=';')

# QUOTE_NONNUMERIC turns unquoted fields into floats
show(['1,"2",3.5', ' 4 ,"x"'], quoting=csv.QUOTE_NONNUMERIC)
show(['1,abc'], quoting=csv.QUOTE_NONNUMERIC)
show([u'a,b', u'c'])
show([u'\xe9'])
show([1])

# field size limit
old = csv.field_size_limit(5)
print old, csv.field_size_limit()
show(['abcde,abc'])
show(['abcdef'])
show(['"abcdef"'])
print csv.field_size_limit(old)

# Dialect objects and validation
d = _csv.Dialect()
print repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), repr(d.lineterminator), \
    d.doublequote, d.quoting, d.skipinitialspace, d.strict
for kw in [dict(delimiter=''), dict(delimiter=u','), dict(delimiter=3), dict(delimiter=None),
           dict(delimiter='ab'), dict(lineterminator=3), dict(lineterminator=None),
           dict(quoting=7), dict(quoting=1.0), dict(quoting=1L), dict(quotechar=None),
           dict(quotechar=''), dict(quotechar=None, quoting=csv.QUOTE_MINIMAL),
           dict(doublequote=[]), dict(strict=2), dict(escapechar='ab'), dict(foo=1)]:
    try:
        x = _csv.Dialect(**kw)
        print sorted(kw), repr(x.delimiter), repr(x.quotechar), x.quoting, x.doublequote, x.strict
    except Exception as e:
        print sorted(kw), type(e).__name__ + ':', e
for a in ['delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting',
          'skipinitialspace', 'strict', 'foo']:
    try:
        setattr(d, a, 1)
    except Exception as e:
        print a, type(e).__name__ + ':', e


class Attrs(object):
    delimiter = ';'
    quoting = csv.QUOTE_NONE

x = _csv.Dialect(Attrs())
print repr(x.delimiter), x.quoting, repr(x.quotechar)
print _csv.Dialect(x) is x, _csv.Dialect(x, delimiter='|').delimiter

# the registry
csv.register_dialect('colons', delimiter=':', quoting=csv.QUOTE_NONE)
print sorted(csv.list_dialects()), csv.get_dialect('colons').delimiter
show(['a:b:"c"'], 'colons')
show(['a:b'], 'colons', delimiter='b')


class Pipes(csv.Dialect):
    delimiter = '|'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False

csv.register_dialect('pipes', Pipes)
show(["a|'b|c'|d"], 'pipes')
csv.unregister_dialect('colons')
for f in [lambda: csv.get_dialect('colons'), lambda: csv.unregister_dialect('colons'),
          lambda: csv.reader([], 'nope'), lambda: csv.register_dialect(1),
          lambda: csv.reader(), lambda: csv.reader(3), lambda: csv.reader([], foo=1),
          lambda: csv.field_size_limit('x'), lambda: csv.field_size_limit(1, 2)]:
    try:
        f()
    except Exception as e:
        print type(e).__name__ + ':', e


class Bad(csv.Dialect):
    delimiter = ''
    quotechar = '"'
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
    doublequote = True
    skipinitialspace = False

try:
    Bad()
except csv.Error as e:
    print 'Error:', e

# reader objects
r = csv.reader(['a,b', 'c'])
print r.line_num, type(r.dialect).__name__, r.next(), r.line_num, list(r), r.line_num
try:
    r.line_num = 3
except Exception as e:
    print type(e).__name__ + ':', e

# DictReader and Sniffer (Lib/csv.py)
data = 'name,qty\r\nwidget,3\r\ngadget,10,extra\r\nlonely\r\n'
for row in csv.DictReader(StringIO.StringIO(data), restkey='rest', restval='?'):
    print sorted(row.items())
dr = csv.DictReader(['x;y', '1;2'], delimiter=';')
print dr.fieldnames, list(dr)
sample = 'name;age;city\r\n"Smith, J";42;"NY"\r\nDoe;7;LA\r\n'
sn = csv.Sniffer()
dia = sn.sniff(sample)
print repr(dia.delimiter), repr(dia.quotechar), dia.doublequote, sn.has_header(sample)
print list(csv.reader(StringIO.StringIO(sample), dia))
sample2 = 'a,b,c\n1,2,3\n4,5,6\n'
print repr(sn.sniff(sample2).delimiter), sn.has_header(sample2)
