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
