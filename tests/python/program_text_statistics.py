TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""
import string
words = [w.strip(string.punctuation).lower() for w in TEXT.split()]
words = [w for w in words if w]
print len(words), len(set(words))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for w, n in top:
    print '%-8s %3d %s' % (w, n, '*' * n)
lengths = {}
for w in set(words):
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print n, sorted(lengths[n])
bigrams = {}
for a, b in zip(words, words[1:]):
    bigrams[(a, b)] = bigrams.get((a, b), 0) + 1
print sorted(bigrams.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
letters = {}
for ch in TEXT.lower():
    if ch.isalpha():
        letters[ch] = letters.get(ch, 0) + 1
print ''.join(sorted(letters, key=lambda c: (-letters[c], c)))[:10]
sentences = [s.strip() for s in TEXT.replace('\n', ' ').split(',') if s.strip()]
print len(sentences), sentences[0], '|', sentences[-1]
print 'average word length %.3f' % (sum(len(w) for w in words) / float(len(words)))
print max(words, key=len), min(words, key=len)
print [w for w in sorted(set(words)) if w == w[::-1]]
caps = [w.strip(string.punctuation) for w in TEXT.split() if w[0].isupper()]
print caps
