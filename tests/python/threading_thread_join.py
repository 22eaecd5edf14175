import threading

class Counter(object):
    def __init__(self):
        self.value = 0
        self.lock = threading.Lock()
    def increment(self, n):
        for _ in xrange(n):
            with self.lock:
                self.value += 1

c = Counter()
threads = [threading.Thread(target=c.increment, args=(1000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print c.value
print [t.is_alive() for t in threads]

results = {}
class Worker(threading.Thread):
    def __init__(self, ident):
        threading.Thread.__init__(self, name='worker-%d' % ident)
        self.ident_num = ident
    def run(self):
        results[self.ident_num] = sum(range(self.ident_num * 100))
ws = [Worker(i) for i in range(5)]
for w in ws:
    w.start()
for w in ws:
    w.join()
print sorted(results.items())
print [w.name for w in ws]
print threading.current_thread().name, isinstance(threading.current_thread(), threading.Thread)

ev = threading.Event()
order = []
def waiter():
    ev.wait()
    order.append('waiter woke')
t = threading.Thread(target=waiter)
t.start()
order.append('setting')
ev.set()
t.join()
print order, ev.is_set()

cond = threading.Condition()
items = []
def consumer():
    with cond:
        while not items:
            cond.wait()
        order.append('consumed %s' % items.pop())
t = threading.Thread(target=consumer)
t.start()
with cond:
    items.append('item')
    cond.notify()
t.join()
print order

sem = threading.Semaphore(2)
print sem.acquire(), sem.acquire(), sem.acquire(False)
sem.release(); sem.release()
rl = threading.RLock()
with rl:
    with rl:
        print 'reentrant ok'
local = threading.local()
local.x = 'main'
def set_local():
    local.x = 'thread'
    order.append(local.x)
t = threading.Thread(target=set_local)
t.start(); t.join()
print local.x, order[-1]
t = threading.Thread(target=lambda: None)
print t.is_alive(), t.daemon
t.daemon = True
t.start(); t.join()
try:
    t.start()
except RuntimeError, e:
    print 'RuntimeError:', e
print threading.active_count() >= 1
