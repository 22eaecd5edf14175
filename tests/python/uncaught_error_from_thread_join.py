# Threads fill a shared dict; the main thread then divides by zero.
import threading
lock = threading.Lock()
squares = []
def square(n):
    with lock:
        squares.append(n * n)
import threading
results = {}
def work(n):
    results[n] = n * n
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print sorted(results.items())
total = sum(results.values())
print 'total', total
print 'ratio', total / (len(results) - 4)
