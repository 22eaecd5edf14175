# The gzip file format done as Lib/gzip.py does it, on zlib alone (gzip.py itself needs the io
# module): members written with a raw deflate stream (compressobj(9, DEFLATED, -MAX_WBITS)) plus
# header, CRC-32 and size, to a file under /tmp; read back in chunks with decompressobj and
# unused_data marking the trailer; compared with zlib's own gzip mode (wbits 16 + MAX_WBITS).
import os, struct, zlib

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16


def write_member(f, name, chunks, mtime):
    f.write('\037\213\010')
    f.write(chr(FNAME))
    f.write(struct.pack('<L', mtime))
    f.write('\002\377')
    f.write(name + '\000')
    c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
    crc = zlib.crc32('') & 0xffffffff
    size = 0
    for chunk in chunks:
        f.write(c.compress(chunk))
        crc = zlib.crc32(chunk, crc) & 0xffffffff
        size += len(chunk)
    f.write(c.flush())
    f.write(struct.pack('<LL', crc, size & 0xffffffff))


def read_members(f, chunk_size=1024):
    members = []
    pending = ''
    while True:
        head = pending + f.read(10 - len(pending)) if len(pending) < 10 else pending
        if not head:
            break
        if head[:2] != '\037\213':
            raise IOError('Not a gzipped file')
        flags = ord(head[3])
        mtime = struct.unpack('<L', head[4:8])[0]
        rest = head[10:]
        name = ''
        if flags & FNAME:
            while '\000' not in rest:
                rest += f.read(1)
            name, rest = rest.split('\000', 1)
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        out = [d.decompress(rest)]
        while not d.unused_data:
            buf = f.read(chunk_size)
            if not buf:
                out.append(d.flush())
                raise EOFError('Reached EOF')
            out.append(d.decompress(buf))
        trailer = d.unused_data
        while len(trailer) < 8:
            more = f.read(8 - len(trailer))
            if not more:
                raise EOFError('truncated trailer')
            trailer += more
        crc, size = struct.unpack('<LL', trailer[:8])
        data = ''.join(out)
        ok = crc == (zlib.crc32(data) & 0xffffffff) and size == len(data)
        members.append((name, mtime, len(data), ok, data))
        pending = trailer[8:]
        if not pending:
            nxt = f.read(10)
            if not nxt:
                break
            pending = nxt
    return members


path = '/tmp/pyston_gzip_format_%d.gz' % os.getpid()
text = ''.join('line %d: %s\n' % (i, 'xyz' * (i % 7)) for i in range(3000))
binary = ''.join(chr((i * 7919) % 256) for i in range(20000))
try:
    f = open(path, 'wb')
    write_member(f, 'text.txt', [text[:10000], text[10000:]], 1234567)
    write_member(f, 'binary.bin', [binary[i:i + 4096] for i in range(0, len(binary), 4096)], 0)
    write_member(f, 'empty', [], 42)
    f.close()
    raw = open(path, 'rb').read()
    print len(raw), zlib.crc32(raw), repr(raw[:20])
    for size in [1, 100, 1024, 65536]:
        f = open(path, 'rb')
        members = read_members(f, size)
        f.close()
        print size, [(m[0], m[1], m[2], m[3]) for m in members]
        print members[0][4] == text, members[1][4] == binary, members[2][4] == ''
    # zlib's gzip mode reads a member written here, and writes one read here
    print zlib.decompress(raw[:raw.index('binary.bin') - 10], 31) == text
    g = zlib.compressobj(6, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    gz = g.compress(text) + g.flush()
    print repr(gz[:10]), len(gz)
    f = open(path, 'wb')
    f.write(gz)
    f.close()
    f = open(path, 'rb')
    print [(m[0], m[2], m[3]) for m in read_members(f)]
    f.close()
    # a damaged file
    f = open(path, 'wb')
    f.write(raw[:len(raw) // 3])
    f.close()
    f = open(path, 'rb')
    try:
        read_members(f)
    except EOFError as e:
        print 'EOFError:', e
    f.close()
    f = open(path, 'wb')
    f.write('not a gzip file')
    f.close()
    f = open(path, 'rb')
    try:
        read_members(f)
    except IOError as e:
        print 'IOError:', e
    f.close()
finally:
    if os.path.exists(path):
        os.remove(path)
print os.path.exists(path)
