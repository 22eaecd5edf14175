import binascii, hashlib
print binascii.hexlify('\x00\x01\xfeab'), binascii.unhexlify('48656c6c6f'), binascii.b2a_hex('xyz')
print binascii.crc32('hello world'), binascii.crc32(''), binascii.crc32('abc', 12345), binascii.crc32('\xff' * 10)
print repr(binascii.b2a_base64('any carnal pleas')), repr(binascii.b2a_base64('ab')), repr(binascii.a2b_base64('YWJj\n'))
for bad in ['abc', 'zz']:
    try:
        binascii.unhexlify(bad)
    except TypeError, e:
        print 'TypeError:', e
for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']:
    h = hashlib.new(name)
    h.update('The quick brown fox ')
    c = h.copy()
    h.update('jumps over the lazy dog')
    print name, h.digest_size, h.block_size, h.hexdigest()[:40], c.hexdigest()[:16], len(h.digest())
print hashlib.md5('a' * 1000).hexdigest(), hashlib.sha1('').hexdigest()
print hashlib.sha256('abc' * 50).hexdigest()
