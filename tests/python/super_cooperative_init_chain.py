# Class hierarchies using super(): cooperative __init__, method chains, class methods.

class Base(object):
    def __init__(self, **kw):
        self.trail = ['Base']
        self.extra = sorted(kw.items())
    def describe(self):
        return ['Base']
    @classmethod
    def make(cls, **kw):
        return cls(**kw)

class Named(Base):
    def __init__(self, name='anon', **kw):
        super(Named, self).__init__(**kw)
        self.name = name
        self.trail.append('Named')
    def describe(self):
        return super(Named, self).describe() + ['Named(%s)' % self.name]

class Sized(Base):
    def __init__(self, size=0, **kw):
        super(Sized, self).__init__(**kw)
        self.size = size
        self.trail.append('Sized')
    def describe(self):
        return super(Sized, self).describe() + ['Sized(%d)' % self.size]

class Colored(Base):
    def __init__(self, color='none', **kw):
        super(Colored, self).__init__(**kw)
        self.color = color
        self.trail.append('Colored')
    def describe(self):
        return super(Colored, self).describe() + ['Colored(%s)' % self.color]

class Widget(Named, Sized, Colored):
    def __init__(self, **kw):
        super(Widget, self).__init__(**kw)
        self.trail.append('Widget')
    def describe(self):
        return ['Widget'] + super(Widget, self).describe()

w = Widget(name='btn', size=3, color='red', weight=9)
print [c.__name__ for c in Widget.__mro__]
print w.trail
print w.describe()
print w.name, w.size, w.color, w.extra
w2 = Widget.make(size=7)
print w2.describe(), w2.trail
print super(Named, w).describe()
print super(Sized, w).describe()

class Account(object):
    rate = 0.01
    def __init__(self, bal):
        self.bal = bal
    def interest(self):
        return self.bal * self.rate
    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, self.bal)

class Savings(Account):
    rate = 0.03
    def interest(self):
        base = super(Savings, self).interest()
        return base + 1

class Premium(Savings):
    def interest(self):
        return super(Premium, self).interest() * 2

for acct in [Account(1000), Savings(1000), Premium(1000)]:
    print acct, '%.2f' % acct.interest()

class Stack(list):
    def push(self, x):
        self.append(x)
    def append(self, x):
        super(Stack, self).append(x * 10)
s = Stack()
s.push(1); s.push(2); s.extend([3])
print s, len(s), isinstance(s, list)
sup = super(Premium, Premium(5))
print sup.rate, type(sup).__name__
print issubclass(Widget, Colored), Widget.__bases__ == (Named, Sized, Colored)
