def bubble_sort(xs):
    xs = list(xs)
    n = len(xs)
    swaps = 0
    for i in range(n):
        for j in range(n - 1 - i):
            if xs[j] > xs[j + 1]:
                xs[j], xs[j + 1] = xs[j + 1], xs[j]
                swaps += 1
    return xs, swaps

def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]

def quick_sort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[0]
    return quick_sort([x for x in xs[1:] if x < pivot]) + [pivot] + quick_sort([x for x in xs[1:] if x >= pivot])

def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps

seed = 12345
data = []
for _ in range(30):
    seed = (seed * 1103515245 + 12345) % (2 ** 31)
    data.append(seed % 100)
print data
print bubble_sort(data)
print merge_sort(data) == sorted(data), quick_sort(data) == sorted(data)
s = sorted(data)
for t in [s[0], s[-1], s[15], 1000, -5]:
    print t, binary_search(s, t)
import bisect
print bisect.bisect_left(s, 50), bisect.bisect_right(s, 50), bisect.bisect(s, 200)
b = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort(b, v)
print b
import heapq
h = []
for v in data[:10]:
    heapq.heappush(h, v)
print [heapq.heappop(h) for _ in range(5)], heapq.nlargest(3, data), heapq.nsmallest(3, data)
print sorted(data, key=lambda x: (x % 10, x))[:10]
