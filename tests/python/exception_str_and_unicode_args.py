# -*- coding: utf-8 -*-
e = ValueError(u'caf\xe9')
print repr(e), repr(e.args), repr(unicode(e))
try:
    str(e)
except UnicodeEncodeError, err:
    print 'str() of unicode-arg exception fails:', err.reason
e2 = ValueError('caf\xc3\xa9')
print repr(str(e2)), repr(e2)
try:
    unicode(e2)
except UnicodeDecodeError, err:
    print 'unicode() of bytes-arg exception fails:', err.reason
print str(KeyError(u'k')), repr(KeyError(u'k')), str(IndexError(3)), str(Exception(None)), str(Exception([1, 2]))
print repr(str(Exception('a', u'b'))), str(Exception((1, 2))), str(Exception(((1, 2),)))
class E(Exception):
    def __unicode__(self):
        return u'unicode form \xe9'
    def __str__(self):
        return 'str form'
print str(E()), repr(unicode(E()))
print '%s' % ValueError('in format'), '{0}'.format(ValueError('in str.format'))
print [str(x) for x in (ValueError(), ValueError(''), ValueError(' '), ValueError(0))]
err = EnvironmentError(13, 'Permission denied', '/root/file')
print str(err), err.args, err.errno, err.filename
err = OSError(2, 'No such file')
print str(err), repr(err)
err = IOError('just message')
print str(err), err.errno
err = UnicodeEncodeError('ascii', u'\xe9x', 0, 1, 'nope')
print str(err), err.object == u'\xe9x', err.start
err = SyntaxError('invalid thing', ('file.py', 10, 4, 'bad line here\n'))
print str(err), err.msg, err.filename, err.lineno, err.offset, repr(err.text)
err = SyntaxError('no details')
print str(err), err.filename, err.lineno
print str(StopIteration()), str(SystemExit(5)), SystemExit(5).code, str(KeyboardInterrupt())
