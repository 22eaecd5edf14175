# Lists and dicts: building by append and comprehension, indexing and slicing, sorting with
# and without keys, dict insertion/lookup/deletion, membership tests, items() walks.
# Usage: listdict.py [N]   (default N=200000; prints sizes and checksums)
import sys


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in xrange(n):
        x = (x * 1103515245 + 12345) & 0x7fffffff
        out.append((x >> 8) % 100000)
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200000
    data = lcg_list(n, 7)
    sq = [v * v % 1000 for v in data]
    print "built %d, sum %d, squares sum %d" % (len(data), sum(data), sum(sq))
    acc = 0
    for i in xrange(n):
        acc += data[i] - data[-1 - i] + sq[i // 2]
    print "indexing:", acc
    s = sorted(data)
    print "sorted: min %d max %d median %d" % (s[0], s[-1], s[n // 2])
    pairs = [(v % 97, -v) for v in data[:n // 2]]
    pairs.sort()
    print "tuple sort head:", pairs[:3]
    by_key = sorted(data[:n // 2], key=lambda v: (v % 10, v))
    print "key sort head:", by_key[:4]
    d = {}
    for i, v in enumerate(data):
        d[v] = i
    print "dict size:", len(d)
    hits = 0
    for v in xrange(0, 100000, 3):
        if v in d:
            hits += 1
    print "membership hits:", hits
    removed = 0
    for v in data[::5]:
        if v in d:
            del d[v]
            removed += 1
    print "removed %d, left %d" % (removed, len(d))
    total = 0
    for k, v in d.items():
        total += k ^ v
    print "items checksum:", total
    buckets = {}
    for v in data:
        buckets.setdefault(v % 100, []).append(v)
    print "buckets:", len(buckets), max([len(b) for b in buckets.values()])
    rev = data[::-1]
    rev[10:20] = []
    rev.insert(0, -1)
    rev.extend(data[:5])
    print "slices:", len(rev), rev[:3], rev[-3:]
    print "index/count:", data.index(data[n // 3]), data.count(data[0])


main()
