import csv, StringIO, textwrap
raw = 'name,qty,note\r\nwidget,3,"has, comma"\r\ngadget,10,"quote ""inside"""\r\nempty,,\r\n'
rows = list(csv.reader(StringIO.StringIO(raw)))
print rows
dr = list(csv.DictReader(StringIO.StringIO(raw)))
print [sorted(r.items()) for r in dr]
out = StringIO.StringIO()
w = csv.writer(out)
w.writerow(['a', 'b,c', 'd"e', 1, 2.5, None])
w.writerows([[1, 2], ['x']])
print repr(out.getvalue())
out = StringIO.StringIO()
dw = csv.DictWriter(out, fieldnames=['k', 'v'])
dw.writeheader()
dw.writerow({'k': 'key', 'v': 'val'})
print repr(out.getvalue())
print list(csv.reader(['a;b;c', '1;2;3'], delimiter=';'))
text = ('The textwrap module provides some convenience functions, as well as TextWrapper, '
        'the class that does all the work. If you are just wrapping or filling one or two text strings, '
        'the convenience functions should be good enough.')
print textwrap.fill(text, 40)
print textwrap.wrap(text, 60)[:2]
print repr(textwrap.dedent('    indented\n      more\n    back\n'))
print textwrap.fill('short', 20), '|'
tw = textwrap.TextWrapper(width=30, initial_indent='* ', subsequent_indent='  ')
print tw.fill(text[:100])
