def compute(items):
    total = 0
    for item in items:
        total += item
    return total

print compute([1, 2, 3])
counts = {}
for word in 'a b a c b a'.split():
    counts[word] = counts.get(word, 0) + 1
print sorted(counts.items())
def report():
    print 'total words:', sum(counts.values())
    print 'unique:', len(conuts)
report()
