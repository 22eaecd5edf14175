import thread
class L(thread._local):
    def __init__(self, v):
        self.v = v
loc = L(3)
loc.x = 1
box = []
done = thread.allocate_lock(); done.acquire()
def f():
    box.append((hasattr(loc, 'x'), loc.v))
    loc.x = 2
    done.release()
thread.start_new_thread(f, ())
done.acquire()
print box, loc.x, loc.v, sorted(loc.__dict__.items())
try:
    thread._local(1)
except TypeError, e:
    print 'TypeError:', e
