# String methods for layout and case: center/ljust/rjust/zfill/expandtabs/partition/title/swapcase.

words = ['alpha', 'be', 'gamma delta', '']
for w in words:
    print '[%s][%s][%s]' % (w.center(9, '*'), w.ljust(7, '-'), w.rjust(7))
print repr('ab'.center(5)), repr('ab'.center(6)), repr('abc'.center(6)), repr('abc'.center(2))
for s in ['42', '-42', '+7', '3.14', 'abc', '', '0000123456']:
    print repr(s.zfill(6)),
print
tabbed = 'name\tqty\tprice\nbolt\t10\t0.25\nwasher\t1000\t0.01'
print tabbed.expandtabs()
print tabbed.expandtabs(4)
print repr('a\tb\tc'.expandtabs(1)), repr('\t'.expandtabs(3)), repr('ab\tc\r\n\td'.expandtabs(4))
for s in ['key=value', 'key=', '=value', 'novalue', 'a=b=c']:
    print s.partition('='), s.rpartition('=')
titles = ["hello world", "HELLO WORLD", "they're bill's friends", "o'neil mc2 x-ray", "3rd place", ""]
for t in titles:
    print repr(t.title()), repr(t.capitalize()), repr(t.swapcase()), t.istitle()
print 'MiXeD 123 Case!'.swapcase(), 'MiXeD'.lower(), 'MiXeD'.upper()
print 'Hello'.startswith(('He', 'x')), 'Hello'.endswith('lo', 0, 5), 'Hello'.endswith('l', 0, 4)
print '  padded  '.strip(), '|' + '  padded  '.lstrip() + '|', '|' + '  padded  '.rstrip() + '|', 'xxhixx'.strip('x')
print 'www.example.com'.lstrip('cmowz.'), 'mississippi'.rstrip('ips')
print '123'.isdigit(), '12a'.isalnum(), 'abc'.isalpha(), '   '.isspace(), 'ABC'.isupper(), 'abc1'.islower(), ''.isdigit()
print 'a-b-c'.replace('-', ''), 'tic tac toe'.split(' ', 1), 'one\ntwo'.splitlines(), 'abc'.join('123')
print 'banana'.count('an'), 'banana'.find('na', 3), 'banana'.rindex('a'), 'banana'.index('b')
menu = [('Soup', 4.5), ('Steak frites', 21.0), ('Pie', 6.25)]
width = 30
print 'MENU'.center(width, '=')
for name, price in menu:
    print name.ljust(width - 8, '.') + ('$%.2f' % price).rjust(8)
print ''.center(width, '=')
print '%s|%s' % ('left'.ljust(10), 'right'.rjust(10)), 'x'.zfill(3), '-5'.zfill(1)
print 'The Quick Brown'.translate(None, 'aeiou'), 'abc'.translate(__import__('string').maketrans('abc', 'xyz'))
print 'snake_case_name'.replace('_', ' ').title().replace(' ', ''), 'CamelCaseName'.lower()
print [s.strip().title() for s in ' john SMITH , mary-jane o\'hara ,  '.split(',') if s.strip()]
