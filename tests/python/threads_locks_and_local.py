# thread.allocate_lock semantics, a lock handed between threads, threading.local, Thread
# subclasses, get_ident, enumerate/active_count.
import thread
import threading
import time

l = thread.allocate_lock()
print type(l).__name__
print l.acquire(0), l.acquire(0), l.locked()
l.release()
print l.locked()
try:
    l.release()
except thread.error as e:
    print 'thread.error:', e
print l.acquire(), l.locked()
l.release()

# A lock released by another thread (a binary semaphore): main blocks until the thread runs.
handoff = thread.allocate_lock()
handoff.acquire()
log = []


def releaser():
    log.append('releaser ran')
    handoff.release()


thread.start_new_thread(releaser, ())
handoff.acquire()
print log

# Idents differ per thread; main's is stable.
idents = []
done = thread.allocate_lock()
done.acquire()


def record():
    idents.append(thread.get_ident())
    done.release()


thread.start_new_thread(record, ())
done.acquire()
print idents[0] != thread.get_ident(), thread.get_ident() == thread.get_ident()

# threading.local: one attribute set per thread.
data = threading.local()
data.x = 'main'
seen = []


def use_local(v):
    seen.append(hasattr(data, 'x'))
    data.x = v
    time.sleep(0.001)
    seen.append(data.x == v)


ts = [threading.Thread(target=use_local, args=(i,)) for i in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print data.x, seen.count(False), seen.count(True)


class Local(threading.local):
    def __init__(self, v):
        self.v = v
        self.inits = 1


loc = Local(7)
res = []


def use_sub():
    res.append((loc.v, loc.inits))
    loc.v = 8


t = threading.Thread(target=use_sub)
t.start()
t.join()
print res, loc.v


# Thread subclasses with run() overridden, names, daemon flag.
class Worker(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self, name='worker-%d' % n)
        self.n = n
        self.result = None

    def run(self):
        total = 0
        for i in range(self.n):
            total += i * i
            if i % 50 == 0:
                time.sleep(0)
        self.result = total


workers = [Worker(n) for n in (10, 100, 1000)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print [(w.name, w.result) for w in workers]
print threading.active_count(), [t.name for t in threading.enumerate()]
print threading.current_thread().name

# Interleaving: two threads appending under preemption; both finish, each in its own order.
out = {}


def count_up(tag):
    mine = out.setdefault(tag, [])
    for i in range(3000):
        mine.append(i)


ts = [threading.Thread(target=count_up, args=(k,)) for k in 'ab']
for t in ts:
    t.start()
for t in ts:
    t.join()
print sorted((k, len(v), v == range(3000)) for k, v in out.items())

# Deep recursion inside a thread raises RuntimeError, caught there.
caught = []


def deep(n):
    return deep(n + 1)


def recurse():
    try:
        deep(0)
    except RuntimeError as e:
        caught.append(str(e))


t = threading.Thread(target=recurse)
t.start()
t.join()
print caught
