import traceback, sys

def level3():
    raise ValueError('deep problem')
def level2():
    level3()
def level1():
    level2()

try:
    level1()
except ValueError:
    lines = traceback.format_exc().splitlines()
    print lines[0]
    print lines[-1]
    print len([l for l in lines if l.strip().startswith('File')])
    etype, value, tb = sys.exc_info()
    frames = traceback.extract_tb(tb)
    print [f[2] for f in frames]
    print [f[3] for f in frames]
    print traceback.format_exception_only(etype, value)

print traceback.format_exception_only(KeyError, KeyError('k'))
print traceback.format_exception_only(SyntaxError, SyntaxError('bad', ('f.py', 3, 5, 'x = = 1\n')))
try:
    {}['missing']
except KeyError:
    s = traceback.format_exc()
    print s.splitlines()[-1]
try:
    raise Exception
except Exception:
    print traceback.format_exc().splitlines()[-1]

class Custom(Exception):
    def __str__(self):
        return 'custom message'
try:
    raise Custom()
except Custom:
    print traceback.format_exc().splitlines()[-1]

def gen_tb():
    try:
        [].pop()
    except IndexError:
        return sys.exc_info()[2]
tb = gen_tb()
print tb.tb_frame.f_code.co_name, tb.tb_next is None, type(tb).__name__
stack = traceback.extract_stack()
print stack[-1][2], len(stack) >= 1
class Sink(object):
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
sink = Sink()
try:
    1 / 0
except ZeroDivisionError:
    traceback.print_exc(file=sink)
print ''.join(sink.data).splitlines()[-1]
print traceback.format_exception_only(ValueError, None) if False else 'ok'
print repr(traceback.format_exc()) if sys.exc_info()[0] is None else 'exc still set: ' + sys.exc_info()[0].__name__
