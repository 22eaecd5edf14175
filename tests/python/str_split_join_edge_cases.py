cases = ['', ' ', 'a', ' a ', 'a b', 'a  b', '\ta\nb\r\nc ', 'a,b,,c,', ',', 'a\x0bb\x0cc']
for c in cases:
    print repr(c), c.split(), c.split(' '), c.split(','), c.rsplit(None, 1)
print 'a b c d'.split(' ', 2), 'a b c d'.rsplit(' ', 2), 'a b c d'.split(None, 0), '  a b '.split(None, 0)
print 'abc'.split('abc'), 'aXbXc'.split('X', -1), 'xx'.split('x')
try:
    'abc'.split('')
except ValueError, e:
    print 'ValueError:', e
print ''.join([]), ','.join(['']), ','.join(['', '']), '-'.join('abc'), ' '.join(map(str, range(4)))
try:
    ','.join([1, 2])
except TypeError, e:
    print 'TypeError:', e
print repr(u','.join(['a', 'b'])), repr(','.join([u'a', 'b']))
print 'a\nb\n\nc\n'.splitlines(), ''.splitlines(), '\n'.splitlines(), 'x\r\ny\rz'.splitlines(True)
print 'one two three'.partition(' '), 'one'.rpartition(' '), 'a=b=c'.rpartition('=')
print '1,2;3 4'.replace(',', ' ').replace(';', ' ').split()
csv_line = 'name, age ,  city '
print [f.strip() for f in csv_line.split(',')]
print 'path/to/file.txt'.rsplit('/', 1), 'file.tar.gz'.split('.', 1), 'file.tar.gz'.rsplit('.', 1)
print '  indented'.lstrip(), 'xxhixx'.strip('x'), 'abcba'.strip('ab'), '\t\n x \n'.strip(), 'www.ex.com'.lstrip('w.')
print 'Hello'.center(11, '='), 'Hello'.ljust(3), repr('a'.rjust(0))
print 'ab' * 0, 'ab' * -1, repr('' * 5), 3 * 'x'
print 'abc'.find(''), 'abc'.find('', 3), 'abc'.find('', 4), 'abc'.rfind(''), 'abc'.count('', 1)
print 'hello'.startswith(''), 'hello'.endswith(('lo', 'x')), 'hello'.startswith('ell', 1), 'hello'.find('l', -2)
