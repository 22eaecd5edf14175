import sys

def infinite(n):
    return infinite(n + 1)

try:
    infinite(0)
except RuntimeError, e:
    print 'RuntimeError:', e

def depth_probe(n):
    try:
        return depth_probe(n + 1)
    except RuntimeError:
        return n

d = depth_probe(0)
print d > 500, d < sys.getrecursionlimit() + 10

print sys.getrecursionlimit()
sys.setrecursionlimit(200)
print sys.getrecursionlimit()
try:
    infinite(0)
except RuntimeError, e:
    print 'again:', e
sys.setrecursionlimit(1000)

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)
print fact(50)
print len(str(fact(300)))

def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print fib(90)

class Node(object):
    def __init__(self, child=None):
        self.child = child
    def depth(self):
        if self.child is None:
            return 1
        return 1 + self.child.depth()

n = None
for i in range(300):
    n = Node(n)
print n.depth()

def mutual_a(n):
    if n == 0:
        return 'a'
    return mutual_b(n - 1)
def mutual_b(n):
    if n == 0:
        return 'b'
    return mutual_a(n - 1)
print mutual_a(10), mutual_a(11), mutual_b(301)

try:
    sys.setrecursionlimit(0)
except ValueError, e:
    print 'ValueError:', e
