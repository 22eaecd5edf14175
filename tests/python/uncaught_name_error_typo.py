# Name lookups: locals, globals, builtins, and a handled NameError.
def scopes():
    local_name = 'local'
    return local_name, __name__, len('abc')
print scopes()
try:
    undefined_thing
except NameError, e:
    print 'NameError:', e
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
