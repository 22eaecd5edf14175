class EnumMeta(type):
    def __new__(mcs, name, bases, ns):
        members = dict((k, v) for k, v in ns.items() if k.isupper())
        ns['_members'] = members
        return type.__new__(mcs, name, bases, ns)
    def __iter__(cls):
        return iter(sorted(cls._members.items(), key=lambda kv: kv[1]))
    def __len__(cls):
        return len(cls._members)
    def __contains__(cls, value):
        return value in cls._members.values()
    def __getitem__(cls, name):
        return cls._members[name]
    def __getattr__(cls, name):
        if name.startswith('is_'):
            target = name[3:].upper()
            return lambda v: cls._members.get(target) == v
        raise AttributeError('%s has no member %s' % (cls.__name__, name))
    def __repr__(cls):
        return '<enum %s>' % cls.__name__

class Color(object):
    __metaclass__ = EnumMeta
    RED = 1
    GREEN = 2
    BLUE = 3

print list(Color), len(Color), 2 in Color, 7 in Color
print Color['GREEN'], Color.RED, Color.is_blue(3), Color.is_red(3)
print repr(Color), type(Color).__name__
try:
    Color.PURPLE
except AttributeError, e:
    print 'AttributeError:', e
try:
    Color['PURPLE']
except KeyError, e:
    print 'KeyError:', e
c = Color()
try:
    c.is_red
except AttributeError, e:
    print 'instance AttributeError:', e
try:
    len(c)
except TypeError, e:
    print 'TypeError:', e

class Meta(type):
    def describe(cls):
        return 'class %s with %d attrs' % (cls.__name__, len([k for k in cls.__dict__ if not k.startswith('__')]))
    class_attr = 'on the metaclass'
class Thing(object):
    __metaclass__ = Meta
    a = 1
    b = 2
print Thing.describe(), Thing.class_attr, hasattr(Thing(), 'describe'), hasattr(Thing(), 'class_attr')
print 'describe' in dir(Thing), 'describe' in dir(Meta)
