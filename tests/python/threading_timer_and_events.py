import threading, time
order = []
lock = threading.Lock()
def record(msg):
    with lock:
        order.append(msg)
t = threading.Timer(0.05, record, args=('timer fired',))
t.start()
t.join()
print order
t2 = threading.Timer(10, record, args=('should not fire',))
t2.start()
t2.cancel()
t2.join()
print order
barrier_count = [0]
cond = threading.Condition()
def arrive(name):
    with cond:
        barrier_count[0] += 1
        cond.notify_all()
        while barrier_count[0] < 3:
            cond.wait()
    record('%s passed' % name)
ts = [threading.Thread(target=arrive, args=('t%d' % i,)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print sorted(order[1:]), barrier_count[0]
ev = threading.Event()
print ev.is_set(), ev.wait(0.01)
ev.set()
print ev.is_set(), ev.wait(0.01)
ev.clear()
print ev.is_set()
results = [None] * 5
def compute(i):
    results[i] = sum(x * x for x in range(i * 1000))
threads = [threading.Thread(target=compute, args=(i,), name='calc-%d' % i) for i in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print results
print [t.name for t in threads], [t.is_alive() for t in threads]
class CountingThread(threading.Thread):
    def __init__(self, n):
        threading.Thread.__init__(self)
        self.n = n
        self.result = None
    def run(self):
        self.result = reduce(lambda a, b: a * b, range(1, self.n + 1), 1)
ct = CountingThread(20)
ct.start()
ct.join()
print ct.result
main = threading.current_thread()
print main.name, threading.main_thread().name if hasattr(threading, 'main_thread') else 'MainThread'
print len(threading.enumerate()) >= 1
