# Recursion within the limit works; beyond it raises RuntimeError.
import sys
print sys.getrecursionlimit() >= 150
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print depth(50)
try:
    depth(10 ** 6)
except RuntimeError, e:
    print 'RuntimeError:', e
import sys
sys.setrecursionlimit(150)
def count_down(n):
    if n == 0:
        return 'done'
    return count_down(n - 1)
print count_down(100)
def forever(n):
    return forever(n + 1) + 1
forever(0)
