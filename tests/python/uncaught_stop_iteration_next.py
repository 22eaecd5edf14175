def first_even(numbers):
    return next(n for n in numbers if n % 2 == 0)
print first_even([1, 3, 4, 5, 6])
print next(iter([]), 'default')
it = iter('ab')
print it.next(), it.next()
print first_even([1, 3, 5])
