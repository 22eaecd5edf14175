# bytearray: construction, indexing and slicing, membership, concatenation, the str-like methods
# (results as bytearrays), mutation methods, slice assignment and their error messages.
def t(src):
    try:
        r = eval(src)
        print src, '->', repr(r)
    except Exception as e:
        print src, type(e).__name__, e
b = bytearray('hello')
for src in ["bytearray()", "bytearray(3)", "bytearray('ab')", "bytearray(u'ab')", "bytearray(u'ab', 'ascii')", "bytearray([1, 2, 300])", "bytearray([1, 'a'])", "bytearray(-1)", "bytearray(1.5)", "bytearray('a', 'utf-8')",
 "b[0]", "b[-1]", "b[9]", "b[1:3]", "b[::-1]", "b['a']", "len(b)", "'e' in b", "101 in b", "300 in b", "'el' in b", "[1] in b", "b + 'x'", "b + u'x'", "b + 1", "b * 2", "2 * b", "b == 'hello'", "b < 'z'", "b == u'hello'", "str(b)", "hash(b)",
 "b.upper()", "b.split('l')", "b.find('l')", "b.count('l')", "b.startswith('he')", "b.join(['a', 'b'])", "b.join([bytearray('x'), 'y'])", "b.decode()", "b.decode('utf-8')", "b.replace('l', 'L')", "b.strip('ho')", "bytearray.fromhex('41 42ff')", "bytearray.fromhex('4g')", 
 "b.pop()", "b.pop(10)", "bytearray().pop()", "b.append(300)", "b.append('a')", "b.insert(0, 'a')", "b.remove(200)", "b.remove('h')", "b.index('z')", "bytearray('it\\'s')", "bytearray('a\"b\\'c\\n\\x00\\xff')", "list(b)", "b.extend(1)", "b.extend([300])", "b.extend(u'ab')",
 "type(b).__name__", "bytearray('abc') == bytearray('abc')", "repr(bytearray())", "b.hex()", "bytearray('a b c').split()", "b.endswith(('o', 'x'))",
 ]:
    t(src)
c = bytearray('abcdef')
c[0] = 65; print c
c[1:3] = 'XYZ'; print c
c[::2] = 'qqqq'; print c
del c[0]; print c
del c[::2]; print c
c += 'tail'; print c
c *= 2; print c
c.extend([33, 34]); print c
c.insert(-1, 35); print c
c.reverse(); print c
c[2:4] = []; print c
c[0:0] = bytearray('++'); print c
for bad in ["c[0] = 256", "c[0] = 'a'", "c[1:2] = 5", "c[::2] = 'a'", "c[1:2] = u'x'", "c[99] = 1", "del c[99]"]:
    try:
        exec bad
    except Exception as e:
        print bad, type(e).__name__, e
print c, c.count('+'), c.decode('latin-1')
