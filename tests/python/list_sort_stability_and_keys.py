records = [
    ('alice', 'eng', 30), ('bob', 'ops', 25), ('carol', 'eng', 25), ('dave', 'ops', 30),
    ('eve', 'eng', 35), ('frank', 'hr', 25), ('grace', 'hr', 30), ('heidi', 'ops', 35),
]
by_age = sorted(records, key=lambda r: r[2])
print [r[0] for r in by_age]
by_dept_then_age = sorted(by_age, key=lambda r: r[1])
print [(r[1], r[2], r[0]) for r in by_dept_then_age]
print [r[0] for r in sorted(records, key=lambda r: (r[1], -r[2]))]
print [r[0] for r in sorted(records, key=lambda r: r[2], reverse=True)]
data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print sorted(data), sorted(data, reverse=True)
idx = sorted(range(len(data)), key=lambda i: data[i])
print idx
print sorted(data, key=lambda x: (x % 2, x)), sorted(data, cmp=lambda a, b: cmp(b % 3, a % 3) or cmp(a, b))
words = ['banana', 'Apple', 'cherry', 'apple', 'Banana', 'date']
print sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w))
print sorted(words, key=str.lower, reverse=True)
class Item(object):
    def __init__(self, name, priority):
        self.name, self.priority = name, priority
    def __repr__(self):
        return '%s:%d' % (self.name, self.priority)
items = [Item('x', 2), Item('y', 1), Item('z', 2), Item('w', 1)]
items.sort(key=lambda i: i.priority)
print items
items.sort(key=lambda i: i.priority, reverse=True)
print items
import operator
print sorted(items, key=operator.attrgetter('name'))
keycalls = []
def key(x):
    keycalls.append(x)
    return -x
print sorted([3, 1, 2], key=key), keycalls
try:
    sorted([1, 2, 3], key=lambda x: 1 / (x - 2))
except ZeroDivisionError, e:
    print 'ZeroDivisionError:', e
try:
    [3, 1, 2].sort(cmp=lambda a, b: 'x')
except TypeError, e:
    print 'TypeError:', e
big = [(i * 7919) % 1000 for i in range(1000)]
print sorted(big)[:10], sorted(big)[-5:], sorted(big) == sorted(set(big))
