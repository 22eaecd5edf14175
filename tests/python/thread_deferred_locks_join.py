import thread, time
# Workers queued with start_new_thread; the main thread waits on locks the workers release.
log = []
log_lock = thread.allocate_lock()
done = []
for i in range(4):
    l = thread.allocate_lock()
    l.acquire()
    done.append(l)

def work(n, tag='w'):
    with log_lock:
        log.append((n, tag, n * n))
    done[n].release()

for i in range(4):
    if i % 2:
        thread.start_new_thread(work, (i,), {'tag': 'odd'})
    else:
        thread.start_new_thread(work, (i,))
for l in done:
    l.acquire()
print sorted(log)

box = []
def slow():
    box.append('ran')
thread.start_new_thread(slow, ())
time.sleep(0.05)
print box

def fail():
    raise ValueError('boom')
flag = thread.allocate_lock()
flag.acquire()
def after():
    flag.release()
l = thread.allocate_lock()
print l.acquire(), l.locked(), l.acquire(0), l.locked()
l.release()
print l.locked(), l.acquire(False), l.locked()
l.release()
try:
    l.release()
except thread.error, e:
    print 'thread.error:', e
print isinstance(thread.get_ident(), (int, long)), type(l) is thread.LockType, type(l).__name__
with l:
    print 'inside', l.locked()
print 'outside', l.locked()
try:
    thread.start_new_thread(work, [])
except TypeError, e:
    print 'TypeError:', e
try:
    thread.start_new_thread(work, (), [])
except TypeError, e:
    print 'TypeError:', e
