# Bare raise inside an except block re-raises the current exception.
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        print 'logging division by zero'
        raise
print safe_div(7, 2)
try:
    safe_div(1, 0)
except ZeroDivisionError, e:
    print 'caller saw:', e
def parse(s):
    try:
        return int(s)
    except ValueError:
        print 'logging bad input', repr(s)
        raise
print parse('12')
try:
    parse('x')
except ValueError, e:
    print 'outer caught:', e
parse('1.5')
