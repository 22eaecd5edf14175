class Greeter(object):
    def greet(self, name, punctuation='!'):
        return 'Hello, %s%s' % (name, punctuation)
g = Greeter()
print g.greet('world'), g.greet('you', '?')
print Greeter.greet(g, 'unbound')
print g.greet(name='kw', punctuation='.')
g.greet()
