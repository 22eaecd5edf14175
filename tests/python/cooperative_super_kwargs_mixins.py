class Base(object):
    def __init__(self, **kw):
        print 'Base.__init__ leftover', sorted(kw)
        super(Base, self).__init__()

class Named(Base):
    def __init__(self, name='anon', **kw):
        print 'Named.__init__', name
        self.name = name
        super(Named, self).__init__(**kw)

class Aged(Base):
    def __init__(self, age=0, **kw):
        print 'Aged.__init__', age
        self.age = age
        super(Aged, self).__init__(**kw)

class Person(Named, Aged):
    def __init__(self, email=None, **kw):
        print 'Person.__init__', email
        self.email = email
        super(Person, self).__init__(**kw)

p = Person(name='ann', age=30, email='a@x', extra=1)
print p.name, p.age, p.email
print [c.__name__ for c in Person.__mro__]

class JsonMixin(object):
    def to_json(self):
        items = sorted((k, v) for k, v in vars(self).items() if not k.startswith('_'))
        return '{%s}' % ', '.join('"%s": %r' % kv for kv in items)
class ReprMixin(object):
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, ', '.join('%s=%r' % kv for kv in sorted(vars(self).items())))
class CompareMixin(object):
    def _key(self):
        return tuple(sorted(vars(self).items()))
    def __eq__(self, o):
        return type(self) is type(o) and self._key() == o._key()
    def __ne__(self, o):
        return not self == o
    def __lt__(self, o):
        return self._key() < o._key()
class Point(JsonMixin, ReprMixin, CompareMixin):
    def __init__(self, x, y):
        self.x, self.y = x, y
        self._cache = None
pts = [Point(2, 1), Point(1, 5), Point(1, 2)]
print sorted(pts), pts[0].to_json(), Point(1, 2) == Point(1, 2), Point(1, 2) != Point(2, 1)

class Logged(object):
    def save(self):
        print 'Logged.save before'
        r = super(Logged, self).save()
        print 'Logged.save after'
        return 'logged(%s)' % r
class Validated(object):
    def save(self):
        print 'Validated.save'
        return 'validated(%s)' % super(Validated, self).save()
class Storage(object):
    def save(self):
        print 'Storage.save'
        return 'stored'
class Model(Logged, Validated, Storage):
    pass
print Model().save()
class Model2(Validated, Logged, Storage):
    pass
print Model2().save()
