import weakref, gc

class Image(object):
    loads = 0
    def __init__(self, name):
        Image.loads += 1
        self.name = name
    def __repr__(self):
        return '<Image %s>' % self.name

class ImageCache(object):
    def __init__(self):
        self._cache = weakref.WeakValueDictionary()
    def get(self, name):
        img = self._cache.get(name)
        if img is None:
            img = Image(name)
            self._cache[name] = img
        return img
    def cached(self):
        return sorted(self._cache.keys())

cache = ImageCache()
a = cache.get('a.png')
b = cache.get('b.png')
a2 = cache.get('a.png')
print a is a2, Image.loads, cache.cached()
del a, a2
gc.collect()
print cache.cached()
a3 = cache.get('a.png')
print Image.loads, cache.cached()

events = []
class Listener(object):
    def __init__(self, name):
        self.name = name
    def notify(self, msg):
        events.append('%s got %s' % (self.name, msg))

class Publisher(object):
    def __init__(self):
        self.subscribers = []
    def subscribe(self, listener):
        self.subscribers.append(weakref.ref(listener, self._cleanup))
    def _cleanup(self, ref):
        events.append('cleanup one subscriber')
        self.subscribers.remove(ref)
    def publish(self, msg):
        for ref in list(self.subscribers):
            obj = ref()
            if obj is not None:
                obj.notify(msg)

pub = Publisher()
l1, l2 = Listener('one'), Listener('two')
pub.subscribe(l1)
pub.subscribe(l2)
pub.publish('hello')
del l1
gc.collect()
pub.publish('again')
print events
print len(pub.subscribers)

class Method(object):
    def m(self):
        return 'bound result'
obj = Method()
r = weakref.ref(obj.m)
gc.collect()
print r()
wm = weakref.proxy(obj)
print wm.m(), type(wm).__name__ in ('weakproxy', 'weakcallableproxy')
ref_cb_order = []
o = Method()
w1 = weakref.ref(o, lambda r: ref_cb_order.append('first'))
w2 = weakref.ref(o, lambda r: ref_cb_order.append('second'))
del o
gc.collect()
print ref_cb_order
del l2
gc.collect()
print events[-1], len(pub.subscribers)
