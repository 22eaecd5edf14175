import thread
N = 8
results = {}
results_lock = thread.allocate_lock()
remaining = [N]
all_done = thread.allocate_lock()
all_done.acquire()

def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a

def task(n, label='task'):
    value = fib(n * 10)
    with results_lock:
        results[n] = (label, value)
        remaining[0] -= 1
        if remaining[0] == 0:
            all_done.release()

for i in range(N):
    if i % 2:
        thread.start_new_thread(task, (i,), {'label': 'odd'})
    else:
        thread.start_new_thread(task, (i,))
all_done.acquire()
for k in sorted(results):
    print k, results[k]
idents = []
ident_lock = thread.allocate_lock()
finished = thread.allocate_lock()
finished.acquire()
count = [0]
def grab_ident():
    with ident_lock:
        idents.append(thread.get_ident())
        count[0] += 1
        if count[0] == 3:
            finished.release()
for _ in range(3):
    thread.start_new_thread(grab_ident, ())
finished.acquire()
print len(idents), thread.get_ident() not in idents
try:
    thread.start_new_thread(task, 5)
except TypeError, e:
    print 'TypeError:', e
try:
    thread.start_new_thread(5, ())
except TypeError, e:
    print 'TypeError:', e
l = thread.allocate_lock()
print l.acquire(False), l.acquire(False), l.locked()
l.release()
print l.locked(), thread.LockType is type(l)
