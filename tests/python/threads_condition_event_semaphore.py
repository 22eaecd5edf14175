# Condition.wait woken by main, Event with and without timeout, Semaphores, Timer, RLock.
import threading
import time

cond = threading.Condition()
state = []


def waiter(name):
    with cond:
        while 'go' not in state:
            cond.wait()
        state.append(name)


ws = [threading.Thread(target=waiter, args=('w%d' % i,)) for i in range(3)]
for w in ws:
    w.start()
time.sleep(0.01)
with cond:
    state.append('go')
    cond.notify_all()
for w in ws:
    w.join()
print sorted(state)

# Condition.wait with a timeout that expires, and one that is notified.
c2 = threading.Condition()
with c2:
    t0 = time.time()
    c2.wait(0.02)
    print 'timed out', time.time() - t0 >= 0.015

notified = []


def notifier():
    time.sleep(0.005)
    with c2:
        notified.append(1)
        c2.notify()


t = threading.Thread(target=notifier)
t.start()
with c2:
    while not notified:
        c2.wait(5)
t.join()
print 'notified', notified

# Event.
ev = threading.Event()
print ev.wait(0.01), ev.is_set()
seen = []


def setter():
    time.sleep(0.005)
    seen.append('setting')
    ev.set()


t = threading.Thread(target=setter)
t.start()
print ev.wait(5), seen
t.join()
ev.clear()
print ev.is_set()

# Semaphore limiting concurrency.
sem = threading.Semaphore(2)
active = [0]
peak = [0]
guard = threading.Lock()


def limited(i):
    with sem:
        with guard:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
        time.sleep(0.002)
        with guard:
            active[0] -= 1


ts = [threading.Thread(target=limited, args=(i,)) for i in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print 'peak within limit', 1 <= peak[0] <= 2, 'active', active[0]

bs = threading.BoundedSemaphore(1)
bs.acquire()
bs.release()
try:
    bs.release()
except ValueError as e:
    print 'ValueError', e
print sem.acquire(False), sem.acquire(False), sem.acquire(False)

# RLock shared by workers.
rl = threading.RLock()
counter = [0]


def bump(n):
    for i in range(n):
        with rl:
            with rl:
                v = counter[0]
                counter[0] = v + 1


ts = [threading.Thread(target=bump, args=(500,)) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print 'counter', counter[0]

# Timer, and a cancelled Timer.
fired = []
tm = threading.Timer(0.01, fired.append, args=('fired',))
tm.start()
tm2 = threading.Timer(0.01, fired.append, args=('cancelled',))
tm2.start()
tm2.cancel()
tm.join()
tm2.join()
print fired
