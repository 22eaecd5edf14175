import thread, time

lock = thread.allocate_lock()
done = thread.allocate_lock()
results = []
counter = [0]
N = 5

def worker(n):
    for i in range(100):
        lock.acquire()
        counter[0] += 1
        lock.release()
    lock.acquire()
    results.append(n * n)
    finished = len(results) == N
    lock.release()
    if finished:
        done.release()

done.acquire()
for n in range(N):
    thread.start_new_thread(worker, (n,))
done.acquire()
print sorted(results), counter[0]

print lock.locked()
print lock.acquire(), lock.locked()
print lock.acquire(0)
lock.release()
print lock.locked()
try:
    lock.release()
except thread.error, e:
    print 'thread.error:', e

with lock:
    print 'with lock', lock.locked()
print lock.locked()

ready = thread.allocate_lock()
ready.acquire()
box = {}
def producer(a, b, key='k'):
    box[key] = a + b
    ready.release()
thread.start_new_thread(producer, (2, 3), {'key': 'sum'})
ready.acquire()
print box
print type(thread.get_ident()).__name__, thread.LockType.__name__ if hasattr(thread.LockType, '__name__') else ''
print type(lock).__name__
