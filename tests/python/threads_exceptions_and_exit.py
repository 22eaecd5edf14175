# Uncaught exceptions in threads (thread module and threading), SystemExit ending a thread
# silently, exc_info kept per thread, daemon threads abandoned at exit.
import re
import sys
import thread
import threading
import time
from StringIO import StringIO

# The reports go to sys.stderr: capture them, print what is deterministic (no addresses, no
# library paths).
real_stderr = sys.stderr
sys.stderr = StringIO()


def show_reports():
    text = sys.stderr.getvalue()
    sys.stderr.truncate(0)
    for line in text.splitlines():
        if line.startswith('  File'):
            line = '  File ' + line.split('"')[1].split('/')[-1] + line.split('"', 2)[2]
        elif line.startswith('    '):
            line = '    ' + line.strip()
        print 'stderr:', re.sub(r'0x[0-9a-f]+', 'ADDR', line)


def bad(x):
    raise ValueError('bad %s' % x)


done = thread.allocate_lock()
done.acquire()


def bad_then_release():
    try:
        bad(1)
    finally:
        done.release()


thread.start_new_thread(bad_then_release, ())
done.acquire()
time.sleep(0.001)
print 'after thread.start_new_thread failure'
show_reports()


def exits():
    sys.exit(3)


t = threading.Thread(target=exits)
t.start()
t.join()
print 'SystemExit in a thread ends it silently', t.is_alive()

# sys.exc_info() is per thread.
info = []


def handler():
    try:
        raise KeyError('in thread')
    except KeyError:
        time.sleep(0.002)
        info.append(repr(sys.exc_info()[1]))


t = threading.Thread(target=handler)
try:
    raise IndexError('in main')
except IndexError:
    t.start()
    time.sleep(0.001)
    print 'main sees', repr(sys.exc_info()[1])
t.join()
print 'thread saw', info

# An exception in a threading.Thread is reported by threading and the thread ends.


class Boom(threading.Thread):
    def run(self):
        raise RuntimeError('boom')


b = Boom(name='boomer')
b.start()
b.join()
print 'joined', b.is_alive()
show_reports()
sys.stderr = real_stderr

# A daemon thread blocked forever does not keep the program alive.
forever = thread.allocate_lock()
forever.acquire()


def blocked():
    forever.acquire()
    print 'never printed'


d = threading.Thread(target=blocked)
d.daemon = True
d.start()
time.sleep(0.001)
print 'daemon alive', d.is_alive()
print 'end of main'
