class EventBus(object):
    def __init__(self):
        self.handlers = {}
        self.history = []
    def on(self, event, priority=0):
        def register(fn):
            self.handlers.setdefault(event, []).append((priority, len(self.handlers.get(event, [])), fn))
            return fn
        return register
    def off(self, event, fn):
        before = len(self.handlers.get(event, []))
        self.handlers[event] = [h for h in self.handlers.get(event, []) if h[2] is not fn]
        return before - len(self.handlers[event])
    def emit(self, event, *args, **kw):
        self.history.append(event)
        results = []
        for prio, order, fn in sorted(self.handlers.get(event, []), key=lambda h: (-h[0], h[1])):
            try:
                r = fn(*args, **kw)
            except StopIteration:
                results.append('<stopped>')
                break
            except Exception, e:
                results.append('<%s: %s>' % (type(e).__name__, e))
                continue
            results.append(r)
        return results

bus = EventBus()
@bus.on('greet')
def hello(name):
    return 'hello ' + name
@bus.on('greet', priority=10)
def shout(name):
    return name.upper() + '!'
@bus.on('greet', priority=-5)
def broken(name):
    return name + 1
@bus.on('save')
def validator(record, strict=False):
    if strict and 'id' not in record:
        raise StopIteration
    return 'valid'
@bus.on('save')
def writer(record, strict=False):
    return 'wrote %s' % sorted(record.items())

print bus.emit('greet', 'ann')
print bus.emit('save', {'id': 1})
print bus.emit('save', {'x': 1}, strict=True)
print bus.emit('unknown')
print bus.off('greet', broken), bus.off('greet', broken)
print bus.emit('greet', name='bob')
print bus.history
print sorted((e, len(h)) for e, h in bus.handlers.items())
