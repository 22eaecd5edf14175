import hashlib, base64, binascii, zlib
data = 'The quick brown fox jumps over the lazy dog'
print hashlib.md5(data).hexdigest()
print hashlib.sha1(data).hexdigest()
print hashlib.sha256(data).hexdigest()
print hashlib.md5('').hexdigest(), len(hashlib.sha1('x').digest())
h = hashlib.sha1()
h.update('The quick brown fox ')
h.update('jumps over the lazy dog')
print h.hexdigest() == hashlib.sha1(data).hexdigest(), h.name, h.digest_size
print hashlib.new('md5', 'abc').hexdigest()
print base64.b64encode(data), base64.b64decode(base64.b64encode(data)) == data
print base64.urlsafe_b64encode('\xfb\xff\xfe'), base64.b16encode('hi'), base64.b32encode('hi')
print repr(base64.b64decode('aGVsbG8=')), base64.encodestring('x' * 60)
print binascii.hexlify('\x00\xffab'), repr(binascii.unhexlify('414243')), binascii.crc32('hello') & 0xffffffff
print zlib.crc32('hello') & 0xffffffff, zlib.adler32('hello')
comp = zlib.compress(data * 10)
print len(comp) < len(data * 10), zlib.decompress(comp) == data * 10
try:
    base64.b64decode('abc')
except (TypeError, binascii.Error), e:
    print type(e).__name__, e
try:
    binascii.unhexlify('abc')
except TypeError, e:
    print 'TypeError:', e
