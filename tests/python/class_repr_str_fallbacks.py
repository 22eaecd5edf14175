class OnlyRepr(object):
    def __repr__(self):
        return 'OnlyRepr()'
class OnlyStr(object):
    def __str__(self):
        return 'OnlyStr-str'
class Both(object):
    def __repr__(self):
        return 'Both-repr'
    def __str__(self):
        return 'Both-str'
class OldOnlyRepr:
    def __repr__(self):
        return 'OldOnlyRepr()'
class OldOnlyStr:
    def __str__(self):
        return 'OldOnlyStr-str'
class UnicodeMethod(object):
    def __unicode__(self):
        return u'unicode-method'
    def __str__(self):
        return 'str-method'
for obj in [OnlyRepr(), Both(), OldOnlyRepr()]:
    print str(obj), repr(obj), '%s|%r' % (obj, obj), [obj], (obj,), {'k': obj}
print str(OnlyStr()), '%s' % OnlyStr(), str(OldOnlyStr())
print repr(unicode(UnicodeMethod())), str(UnicodeMethod()), repr(u'%s' % UnicodeMethod())
class SubStr(str):
    pass
class StrReturnsSub(object):
    def __str__(self):
        return SubStr('sub instance')
print str(StrReturnsSub()), type(str(StrReturnsSub())).__name__
class ReprReturnsUnicode(object):
    def __repr__(self):
        return u'ascii unicode'
print repr(ReprReturnsUnicode()), type(repr(ReprReturnsUnicode())).__name__
class ReprNonAscii(object):
    def __repr__(self):
        return u'caf\xe9'
try:
    repr(ReprNonAscii())
except UnicodeEncodeError, e:
    print 'UnicodeEncodeError:', e.reason
class StrRaises(object):
    def __str__(self):
        raise ValueError('no str for you')
    def __repr__(self):
        return 'StrRaises()'
print [StrRaises()], repr(StrRaises())
try:
    print StrRaises()
except ValueError, e:
    print
    print 'ValueError:', e
class Inherit(Both):
    pass
print str(Inherit()), repr(Inherit())
class Dynamic(object):
    pass
d = Dynamic()
d.__repr__ = lambda: 'instance-level repr ignored'
print repr(d).startswith('<__main__.Dynamic object')
Dynamic.__repr__ = lambda self: 'class-level repr used'
print repr(d), str(d)
