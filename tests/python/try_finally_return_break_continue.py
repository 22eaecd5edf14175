def f1():
    for i in range(3):
        try:
            return 'returned %d' % i
        finally:
            print 'f1 finally', i
print f1()

def f2():
    result = []
    for i in range(4):
        try:
            if i % 2:
                continue
            result.append(i)
        finally:
            result.append('fin%d' % i)
    return result
print f2()

def f3():
    for i in range(3):
        try:
            try:
                if i == 1:
                    break
            finally:
                print 'inner finally', i
        finally:
            print 'outer finally', i
    return i
print f3()

def f4():
    try:
        try:
            return 'inner'
        finally:
            print 'inner finally runs first'
    finally:
        print 'outer finally runs second'
print f4()

def f5():
    i = 0
    while i < 10:
        i += 1
        try:
            if i == 3:
                break
        finally:
            if i == 3:
                return 'finally overrode break at %d' % i
    return 'loop ended'
print f5()

def f6():
    x = 'initial'
    try:
        return x
    finally:
        x = 'modified in finally'
print f6()

def f7():
    for i in range(3):
        try:
            raise ValueError(i)
        except ValueError, e:
            if e.args[0] == 1:
                continue
            print 'handled', e
        finally:
            print 'cleanup', i
f7()

def f8():
    try:
        for i in range(5):
            try:
                if i == 2:
                    raise KeyError(i)
            finally:
                print 'per-iteration', i
    except KeyError, e:
        print 'escaped loop with', e
f8()

def f9(n):
    try:
        if n < 0:
            raise ValueError('negative')
        return n * 2
    except ValueError:
        return 'error'
    else:
        return 'else never reached after return'
    finally:
        print 'f9 finally for', n
print f9(2), f9(-1)

def gen():
    try:
        yield 1
        yield 2
    finally:
        print 'generator finally'
for v in gen():
    print 'got', v
    break
print 'after break from generator'
