# Producer/consumer threads over Queue.Queue: the consumer blocks in get() until the producer
# (which sleeps between items) puts; main joins both before printing.
import threading
import Queue
import time

q = Queue.Queue()
got = []


def producer(n):
    for i in range(n):
        q.put(('item', i, [i] * 3))
        time.sleep(0.001)
    q.put(None)


def consumer():
    while True:
        x = q.get()
        if x is None:
            break
        got.append(x)


c = threading.Thread(target=consumer)
p = threading.Thread(target=producer, args=(5,))
c.start()
p.start()
p.join()
c.join()
print got
print c.is_alive(), p.is_alive()

# Several producers and consumers on a bounded queue; results sorted (order is timing-dependent).
bq = Queue.Queue(maxsize=2)
results = []
lock = threading.Lock()


def prod(base):
    for i in range(20):
        bq.put(base + i)


def cons():
    while True:
        x = bq.get()
        if x is None:
            bq.task_done()
            return
        with lock:
            results.append(x * 2)
        bq.task_done()


producers = [threading.Thread(target=prod, args=(k * 100,)) for k in range(3)]
consumers = [threading.Thread(target=cons) for k in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
for t in consumers:
    bq.put(None)
bq.join()
for t in consumers:
    t.join()
print len(results), sum(results)
print sorted(results)[:5], sorted(results)[-5:]

# A worker pool pattern with a busy loop (preemption must let others in).
work = Queue.Queue()
done = Queue.Queue()


def worker():
    while True:
        n = work.get()
        if n is None:
            return
        total = 0
        for i in range(n):
            total += i
        done.put((n, total))


ws = [threading.Thread(target=worker) for _ in range(3)]
for w in ws:
    w.start()
for n in [1000, 2000, 3000, 4000, 5000, 6000]:
    work.put(n)
for w in ws:
    work.put(None)
for w in ws:
    w.join()
out = []
while not done.empty():
    out.append(done.get())
print sorted(out)
