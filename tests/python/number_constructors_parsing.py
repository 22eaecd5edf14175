# int(), long(), float(), complex() from strings, unicode and objects
def show(f, *args):
    try:
        r = f(*args)
        print repr(r), type(r).__name__
    except Exception as e:
        print type(e).__name__, e
show(int, '  42  ')
show(int, '-0x1f', 16)
show(int, '0b101', 0)
show(int, '0o17', 0)
show(int, '017', 0)
show(int, 'z', 36)
show(int, '9' * 25)
show(int, '12a')
show(int, '')
show(int, '1', 1)
show(int, '1', 37)
show(int, 3.9)
show(int, -3.9)
show(int, 1e30)
show(int, float('inf'))
show(int, float('nan'))
show(int, u'\u0661\u0662')
show(int, u' 12 ')
show(int, 5, 2)
show(int, [])
show(int, '1\x002')
show(long, '12L')
show(long, '0x10', 0)
show(long, 'bad')
show(long, 2.5)
show(long, [])
show(float, ' 1.5 ')
show(float, '1e400')
show(float, '-inf')
show(float, 'nan')
show(float, 'Infinity')
show(float, '1.5x')
show(float, 'abc')
show(float, u'\u0663.5')
show(float, [])
show(float, 10 ** 400)
show(complex, '1+2j')
show(complex, ' (3-4j) ')
show(complex, 'j')
show(complex, '-1.5e3J')
show(complex, '1+')
show(complex, 1, 2)
show(complex, 1j, 1j)
show(complex, '1', 2)
show(complex, 1, '2')
show(complex, [])
show(complex)
class A(object):
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 1j
show(int, A())
show(float, A())
show(complex, A())
show(long, A())
class T(object):
    def __trunc__(self): return 9
show(int, T())
show(long, T())
class Bad(object):
    def __int__(self): return 'x'
show(int, Bad())
