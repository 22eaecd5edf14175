import threading, Queue

tasks = Queue.Queue()
results = Queue.Queue()

def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put((item, item * item))
        tasks.task_done()

workers = [threading.Thread(target=worker) for _ in range(3)]
for w in workers:
    w.start()
for i in range(20):
    tasks.put(i)
for _ in workers:
    tasks.put(None)
tasks.join()
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get())
print sorted(out)
print len(out), tasks.empty(), results.qsize()

q = Queue.Queue(maxsize=2)
q.put('a')
q.put('b')
print q.full()
try:
    q.put('c', block=False)
except Queue.Full:
    print 'Queue.Full'
print q.get(), q.get()
try:
    q.get(block=False)
except Queue.Empty:
    print 'Queue.Empty'
try:
    q.get(timeout=0.01)
except Queue.Empty:
    print 'Queue.Empty after timeout'
lq = Queue.LifoQueue()
for x in 'abc':
    lq.put(x)
print [lq.get() for _ in range(3)]
pq = Queue.PriorityQueue()
for p in [(3, 'low'), (1, 'high'), (2, 'mid')]:
    pq.put(p)
print [pq.get()[1] for _ in range(3)]

lock = threading.Lock()
shared = []
def append_range(start):
    for i in range(start, start + 5):
        with lock:
            shared.append(i)
ts = [threading.Thread(target=append_range, args=(k * 10,)) for k in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print sorted(shared), len(shared)
