def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append('%d%s' % (j - i, s[i]))
        i = j
    return ''.join(out)

def rle_decode(s):
    out, num = [], ''
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out.append(ch * int(num))
            num = ''
    return ''.join(out)

for text in ['aaabccdddd', 'abc', '', 'zzzzzzzzzzzz']:
    enc = rle_encode(text)
    print repr(text), repr(enc), rle_decode(enc) == text

def is_palindrome(s):
    cleaned = ''.join(c.lower() for c in s if c.isalnum())
    return cleaned == cleaned[::-1]
for s in ['A man, a plan, a canal: Panama', 'hello', 'Was it a car or a cat I saw?', '']:
    print is_palindrome(s),
print

def word_freq(text):
    freq = {}
    for w in text.lower().split():
        w = w.strip('.,;!?')
        if w:
            freq[w] = freq.get(w, 0) + 1
    return sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
print word_freq('The cat and the hat. The bat, and THE rat!')[:4]

def wrap(text, width):
    lines, cur = [], ''
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = cur + ' ' + word if cur else word
    if cur:
        lines.append(cur)
    return lines
for line in wrap('the quick brown fox jumps over the lazy dog and keeps running far away', 16):
    print '|%-16s|' % line

def anagrams(words):
    groups = {}
    for w in words:
        groups.setdefault(''.join(sorted(w)), []).append(w)
    return sorted(g for g in groups.values() if len(g) > 1)
print anagrams(['listen', 'silent', 'enlist', 'google', 'gooegl', 'cat', 'act', 'dog'])
print ' '.join(w.capitalize() for w in 'hello big wide world'.split())
print '-'.join(reversed('2024-01-15'.split('-')))
table = [('name', 'qty'), ('apple', 3), ('kiwi', 12)]
for row in table:
    print '%-8s%5s' % row
print ''.join(['%02x' % ord(c) for c in 'hi!']), 'hi!'.encode('hex')
