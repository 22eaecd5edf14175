registry = {}

class PluginMeta(type):
    def __new__(mcs, name, bases, attrs):
        print 'PluginMeta.__new__', name, sorted(k for k in attrs if not k.startswith('__'))
        attrs['registered_name'] = name.lower()
        cls = super(PluginMeta, mcs).__new__(mcs, name, bases, attrs)
        if bases != (object,):
            registry[cls.registered_name] = cls
        return cls
    def __init__(cls, name, bases, attrs):
        print 'PluginMeta.__init__', name
        super(PluginMeta, cls).__init__(name, bases, attrs)
    def __call__(cls, *args):
        print 'PluginMeta.__call__', cls.__name__, args
        return super(PluginMeta, cls).__call__(*args)

class Plugin(object):
    __metaclass__ = PluginMeta
    def run(self):
        return '%s running' % self.registered_name

class Alpha(Plugin):
    def run(self):
        return 'alpha!'
class Beta(Plugin):
    pass

print sorted(registry)
print type(Alpha).__name__, type(Plugin) is PluginMeta
a = Alpha()
b = registry['beta']()
print a.run(), b.run()
print isinstance(Alpha, PluginMeta), isinstance(a, Plugin)

class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super(Singleton, cls).__call__(*a, **k)
        return cls._instances[cls]
class Config(object):
    __metaclass__ = Singleton
    def __init__(self):
        print 'Config init once'
print Config() is Config()

def func_meta(name, bases, attrs):
    attrs['made_by'] = 'function'
    return type(name, bases, attrs)
class FromFunc(object):
    __metaclass__ = func_meta
print FromFunc.made_by, type(FromFunc).__name__

class Upper(type):
    def __new__(mcs, name, bases, attrs):
        new = dict((k.upper() if not k.startswith('__') else k, v) for k, v in attrs.items())
        return type.__new__(mcs, name, bases, new)
class Shout(object):
    __metaclass__ = Upper
    greeting = 'hi'
    def speak(self):
        return 'speaking'
print Shout.GREETING, Shout().SPEAK(), hasattr(Shout, 'greeting')

class WithClassProp(type):
    @property
    def description(cls):
        return 'class ' + cls.__name__
class Described(object):
    __metaclass__ = WithClassProp
print Described.description
print hasattr(Described(), 'description')
class Sub(Described):
    pass
print Sub.description, type(Sub).__name__
print type.__call__(Described).__class__.__name__
