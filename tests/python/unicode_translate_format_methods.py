# -*- coding: utf-8 -*-
table = {ord(u'a'): u'4', ord(u'e'): u'3', ord(u'o'): None, ord(u'\xe9'): u'e'}
print repr(u'leet speak caf\xe9 root'.translate(table))
print repr(u'{0} and {1}'.format(u'caf\xe9', 'plain')), repr(u'{:>6}'.format(u'\xe9'))
print repr(u'{0!r}'.format(u'\xe9')), repr('{0}'.format(u'ascii'))
print repr(u'%s|%5s|%-5s|' % (u'\xe9', u'ab', u'c'))
print repr(u'\xe9'.center(5, u'*')), repr(u'abc'.zfill(5)), repr(u'x\ty'.expandtabs(3))
print repr(u'a\u2028b\u2029c\x1cd'.splitlines())
print repr(u'  \u00a0x\u00a0  '.strip()), u'\u00a0'.isspace(), u'\u200b'.isspace()
print repr(u'\u0130stanbul'.lower()), repr(u'stra\xdfe'.upper()), repr(u'\u01c6'.title())
print repr(u''.join([u'a', u'\xe9', u'\u4e2d'])), repr(u'|'.join(u'\xe9\xe8'))
print u'\xe9' in u'caf\xe9', u'caf\xe9'.index(u'\xe9'), u'caf\xe9'.count(u'\xe9'), u'caf\xe9'.endswith(u'\xe9')
print repr(u'\xe9\xe8\xea'.replace(u'\xe8', u'E')), repr(u'a\xe9b'.split(u'\xe9'))
print repr(u'\u4e2d\u6587'.encode('utf-8')), repr('\xe4\xb8\xad'.decode('utf-8')), len(u'\u4e2d\u6587')
print [repr(c) for c in u'h\xe9\u4e2d'], [ord(c) for c in u'h\xe9\u4e2d']
print sorted([u'\xe9', u'e', u'f', u'E']), repr(max(u'\xe9abc')), min(u'\xe9abc')
print repr(unicode(3.5)), repr(unicode(None)), repr(unicode([u'\xe9']))
print u'%d %.2f %x %r' % (5, 1.5, 255, u'\xe9')
names = [u'Zo\xeb', u'\xc5sa', u'Bob']
print [repr(n.lower()) for n in names], [len(n.encode('utf-8')) for n in names]
print repr(u', '.join(sorted(names))), repr(u'{0:*^9}'.format(names[0]))
