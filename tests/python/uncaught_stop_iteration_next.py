# next() with and without a default on exhausted iterators.
it = iter([1, 2])
print next(it), next(it), next(it, 'default')
try:
    next(it)
except StopIteration:
    print 'StopIteration caught'
gen = (x for x in range(3) if x > 5)
print next(gen, None)
def first(xs, pred):
    for x in xs:
        if pred(x):
            return x
    raise StopIteration
print first([1, 4, 9], lambda x: x > 3)
def first_even(numbers):
    return next(n for n in numbers if n % 2 == 0)
print first_even([1, 3, 4, 5, 6])
print next(iter([]), 'default')
it = iter('ab')
print it.next(), it.next()
print first_even([1, 3, 5])
