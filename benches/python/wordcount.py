# Dictionary-heavy word counting: text generated from a fixed vocabulary by a seeded LCG,
# counted with dict get/set, bigrams in tuple-keyed dicts, results sorted for a stable report.
# Usage: wordcount.py [WORDS]   (default WORDS=400000; prints the top words and bigrams)
import sys

SYLLABLES = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "ve", "do", "an", "el"]


class Lcg(object):
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 1103515245 + 12345) & 0x7fffffff
        return (self.state >> 8) % bound


def vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        w = "".join([SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(1 + rng.next(3))])
        if w not in seen:
            seen[w] = True
            words.append(w)
    return words


def text_words(rng, vocab, n):
    out = []
    v = len(vocab)
    for _ in xrange(n):
        # Skewed choice: low indexes are far more common.
        a = rng.next(v)
        b = rng.next(v)
        out.append(vocab[a if a < b else b])
    return out


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    rng = Lcg(2024)
    vocab = vocabulary(rng, 600)
    words = text_words(rng, vocab, n)
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    bigrams = {}
    prev = None
    for w in words:
        if prev is not None:
            key = (prev, w)
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
        prev = w
    lengths = {}
    for w, c in counts.iteritems():
        lengths.setdefault(len(w), []).append(c)
    print "words %d, distinct %d, distinct bigrams %d" % (len(words), len(counts), len(bigrams))
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:8]
    for w, c in top:
        print "%-8s %d" % (w, c)
    top2 = sorted(bigrams.items(), key=lambda item: (-item[1], item[0]))[:5]
    for (a, b), c in top2:
        print "%s %s: %d" % (a, b, c)
    for length in sorted(lengths):
        print "length %d: %d words, %d uses" % (length, len(lengths[length]), sum(lengths[length]))


main()
