# Calling with wrong argument counts, caught first.
def pair(a, b):
    return a, b
for args in [(1,), (1, 2, 3)]:
    try:
        pair(*args)
    except TypeError, e:
        print 'TypeError:', e
print pair(1, 2), pair(b=2, a=1)
try:
    pair(1, c=3)
except TypeError, e:
    print 'TypeError:', e
class Greeter(object):
    def greet(self, name, punctuation='!'):
        return 'Hello, %s%s' % (name, punctuation)
g = Greeter()
print g.greet('world'), g.greet('you', '?')
print Greeter.greet(g, 'unbound')
print g.greet(name='kw', punctuation='.')
g.greet()
