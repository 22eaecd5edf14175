# buffer(): read-only views over str, bytearray and buffers (offset/size), indexing, slicing,
# concatenation to str, comparisons, hashing, errors, and following a mutated bytearray.
def t(src):
    try:
        r = eval(src)
        print src, '->', repr(r)
    except Exception as e:
        print src, type(e).__name__, e
b = buffer('abcdef', 1, 3)
for src in ["b[0]", "b[1:]", "b[::-1]", "str(b)", "len(b)", "b + 'x'", "b * 2", "buffer('abc') == buffer('abc')", "buffer('abc') < buffer('abd')", "hash(buffer('ab')) == hash('ab')",
            "buffer(1)", "buffer('a', -1)", "buffer('a', 0, -2)", "str(buffer('abc', 5))", "str(buffer(bytearray('xyz'), 1))", "str(buffer(buffer('abcdef', 1), 2))", "b[5]", "list(b)", "type(b).__name__", "buffer('a', x=1)"]:
    t(src)
ba = bytearray('hello'); bb = buffer(ba, 1); ba[1] = 'E'; print str(bb)
try:
    b[0] = 'x'
except TypeError as e:
    print e
