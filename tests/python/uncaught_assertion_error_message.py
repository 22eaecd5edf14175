def check_sorted(xs):
    for a, b in zip(xs, xs[1:]):
        assert a <= b, 'out of order: %r > %r' % (a, b)
    return True

print check_sorted([1, 2, 3])
print check_sorted([])
try:
    check_sorted([2, 1])
except AssertionError, e:
    print 'AssertionError:', e
try:
    assert False
except AssertionError, e:
    print 'bare assert args:', e.args
assert 1 + 1 == 2
print check_sorted(['b', 'a'])
