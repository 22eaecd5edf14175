# zlib over the real zlib library: one-shot compress/decompress (bytes equal CPython's), the
# Compress/Decompress stream objects (flush modes, copy, max_length with unconsumed_tail,
# unused_data after the end of a stream, use after the end), raw and gzip window bits,
# adler32/crc32 as signed 32-bit values, constants and zlib.error messages.
import zlib


def lcg_data(n, seed=12345, alphabet=40):
    out = []
    x = seed
    for i in xrange(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append(chr((x >> 16) % alphabet + 48))
    return ''.join(out)


def attempt(f):
    try:
        print repr(f())
    except Exception as e:
        print type(e).__name__ + ':', e


print zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.Z_BEST_SPEED, \
    zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, \
    zlib.Z_DEFAULT_STRATEGY, zlib.Z_FINISH, zlib.Z_NO_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH
print type(zlib.ZLIB_VERSION), zlib.error.__module__, issubclass(zlib.error, Exception)
print type(zlib.compressobj()), type(zlib.decompressobj())

text = 'hello world ' * 50
for level in range(-1, 10):
    c = zlib.compress(text, level)
    print level, len(c), repr(c[:6]), zlib.crc32(c), zlib.decompress(c) == text
print repr(zlib.compress('')), repr(zlib.compress('a')), repr(zlib.compress(u'abc'))
print repr(zlib.compress(buffer('abcdef', 2)))
print zlib.decompress(zlib.compress('x' * 100000), 15, 1) == 'x' * 100000

# checksums: signed results, start values masked to 32 bits
for s in ['', 'a', 'hello', 'hello world' * 100, '\xff' * 1000]:
    print zlib.crc32(s), zlib.adler32(s), zlib.crc32(s, 12345), zlib.adler32(s, 2 ** 40 + 7)
print zlib.crc32('a', -1), zlib.crc32('abc', 0xffffffff), zlib.adler32('abc', -5)
print zlib.crc32('world', zlib.crc32('hello ')) == zlib.crc32('hello world')

for f in [lambda: zlib.compress(3), lambda: zlib.compress(bytearray('abc')),
          lambda: zlib.compress('a', 10), lambda: zlib.compress('a', 'x'),
          lambda: zlib.compress(), lambda: zlib.compress(u'\xe9'),
          lambda: zlib.compress('abc', level=1), lambda: zlib.decompress('abc'),
          lambda: zlib.decompress(zlib.compress('hello')[:-3]),
          lambda: zlib.decompress('x', 99), lambda: zlib.decompress(zlib.compress('abc') + 'xyz'),
          lambda: zlib.compressobj(3, 9), lambda: zlib.compressobj(1, 2, 3, 4, 5, 6),
          lambda: zlib.decompressobj(99), lambda: zlib.crc32('a', 1.5),
          lambda: zlib.decompressobj().decompress('x', -1),
          lambda: zlib.decompressobj().flush(0), lambda: type(zlib.compressobj())(),
          lambda: zlib.compressobj().compress()]:
    attempt(f)

# stream objects
c = zlib.compressobj(9)
x = c.compress('hello' * 1000)
y = c.flush(zlib.Z_SYNC_FLUSH)
z = c.flush()
print repr(x), len(y), repr(y[-4:]), repr(z)
print repr(c.flush(zlib.Z_NO_FLUSH))
attempt(lambda: c.compress('a'))
attempt(lambda: c.flush())
attempt(lambda: c.copy())

d = zlib.decompressobj()
print repr(d.decompress(x + y + z + 'extra', 10)), len(d.unconsumed_tail), repr(d.unused_data)
print len(d.decompress(d.unconsumed_tail)), repr(d.unused_data), repr(d.unconsumed_tail)
print repr(d.flush()), repr(d.unused_data)
attempt(lambda: d.decompress('abc'))
attempt(lambda: d.copy())
d = zlib.decompressobj()
print repr(d.decompress('')), repr(d.flush())
attempt(lambda: d.decompress('garbage'))

data = lcg_data(50000)
for args in [(), (1,), (9, zlib.DEFLATED, -15), (6, zlib.DEFLATED, 31), (5, 8, 15, 9, 1),
             (5, 8, 12, 1, zlib.Z_HUFFMAN_ONLY)]:
    c = zlib.compressobj(*args)
    parts = [c.compress(data[i:i + 7000]) for i in range(0, len(data), 7000)]
    c2 = c.copy()
    parts.append(c.flush(zlib.Z_FULL_FLUSH))
    parts.append(c.compress('tail'))
    parts.append(c.flush())
    alt = c2.flush()
    comp = ''.join(parts)
    print args, len(comp), zlib.crc32(comp), [len(p) for p in parts], len(alt)
    wbits = args[2] if len(args) > 2 else zlib.MAX_WBITS
    dd = zlib.decompressobj(wbits)
    out = []
    for i in range(0, len(comp), 999):
        out.append(dd.decompress(comp[i:i + 999], 3000))
        while dd.unconsumed_tail:
            out.append(dd.decompress(dd.unconsumed_tail, 3000))
    d3 = dd.copy()
    out.append(dd.flush())
    print ''.join(out) == data + 'tail', len(out), repr(dd.unused_data), repr(d3.flush()[:5])
    print zlib.decompressobj(wbits).decompress(''.join(parts[:-3]) + alt) == data
# auto-detected header (wbits 32 + 15) reads both zlib and gzip streams
gz = zlib.compressobj(6, zlib.DEFLATED, 31)
gzdata = gz.compress(data) + gz.flush()
print repr(gzdata[:3]), zlib.decompress(gzdata, 47) == data, \
    zlib.decompress(zlib.compress(data), 47) == data
