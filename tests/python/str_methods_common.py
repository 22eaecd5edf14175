s = '  Hello, World!  '
print repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(' !H'))
t = 'hello world'
print t.upper(), t.title(), t.capitalize(), t.swapcase(), 'ABC'.lower()
print t.split(), t.split('o'), t.split('o', 1), t.rsplit('o', 1), 'a,b,,c'.split(',')
print '  a  b  '.split(), '  a  b  '.split(' '), ''.split(), ''.split(','), 'a b c'.split(None, 1)
print 'line1\nline2\r\nline3'.splitlines(), 'x\ny\n'.splitlines(True)
print '-'.join(['a', 'b', 'c']), ''.join([]), ', '.join('xyz')
print t.find('o'), t.rfind('o'), t.find('z'), t.index('w'), t.count('l'), t.count('')
try:
    t.index('z')
except ValueError, e:
    print 'ValueError:', e
print t.replace('l', 'L'), t.replace('l', 'L', 2), t.replace('', '-')
print t.startswith('hell'), t.endswith('ld'), t.startswith(('x', 'he')), t.endswith('o', 0, 5)
print 'abc'.center(9, '*'), 'abc'.ljust(6) + '|', 'abc'.rjust(6, '.'), '42'.zfill(5), '-42'.zfill(6)
print 'abc123'.isalnum(), 'abc'.isalpha(), '123'.isdigit(), '   '.isspace(), 'Title Case'.istitle()
print 'abc'.islower(), 'ABC'.isupper(), ''.isdigit(), 'a1'.isalpha()
print 'a\tb\tc'.expandtabs(4), repr('x\ty'.expandtabs())
print 'key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'none'.partition('=')
print 'hello'[::-1], 'hello'[1:3], 'hello'[-3:], 'hello' * 2, 'ab' + 'cd'
print 'abc' < 'abd', 'Z' < 'a', 'abc' == 'abc', 'a' in 'cat', 'at' not in 'cat'
print ord('A'), chr(97), len('\n'), max('hello'), min('hello'), sorted('banana')
print 'The %s is %d' % ('answer', 42)
print 'x'.join(['1', '2']).split('x')
import string
print string.ascii_lowercase, string.digits, string.punctuation
print string.capwords('hello   big world'), string.upper('q')
tbl = string.maketrans('abc', 'xyz')
print 'aabbcc-abc'.translate(tbl), 'hello world'.translate(None, 'lo')
print 'mississippi'.count('ss'), 'mississippi'.replace('ss', 'SS', 1)
print 'a-b_c d'.split('-'), 'CamelCaseString'.lower().decode('ascii')
print str.upper('x'), str.join(',', ['p', 'q'])
