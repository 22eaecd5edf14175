class ValidationError(ValueError):
    pass

def typed_property(name, kind, validator=None, default=None):
    attr = '_' + name
    def getter(self):
        return getattr(self, attr, default)
    def setter(self, value):
        if not isinstance(value, kind):
            raise ValidationError('%s must be %s, not %s' % (name, kind.__name__ if isinstance(kind, type) else kind, type(value).__name__))
        if validator and not validator(value):
            raise ValidationError('%s failed validation: %r' % (name, value))
        setattr(self, attr, value)
    return property(getter, setter, doc='%s (%s)' % (name, kind))

class Product(object):
    name = typed_property('name', basestring, lambda s: len(s) > 0)
    price = typed_property('price', (int, float), lambda p: p >= 0, 0)
    tags = typed_property('tags', list, default=())
    def __init__(self, name, price, tags=None):
        self.name = name
        self.price = price
        if tags is not None:
            self.tags = tags
    def __repr__(self):
        return 'Product(%r, %r, %r)' % (self.name, self.price, self.tags)

p = Product('lamp', 19.5)
print p, Product.price.__doc__
p.price = 25
p.tags = ['home']
print p
for field, value in [('name', ''), ('name', 42), ('price', -1), ('price', '10'), ('tags', 'x')]:
    try:
        setattr(p, field, value)
    except ValidationError, e:
        print 'ValidationError:', e
print p, isinstance(ValidationError('x'), ValueError)
products = [Product('pen', 1.5, ['office']), Product('desk', 120), Product(u'chair', 45, ['home', 'office'])]
print sorted(products, key=lambda q: q.price)
print [q.name for q in products if 'office' in q.tags]
print sum(q.price for q in products), max(products, key=lambda q: len(q.tags)).name
print sorted(k for k in vars(products[0]))
