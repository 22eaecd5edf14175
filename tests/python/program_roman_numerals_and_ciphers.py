NUMERALS = [(1000, 'M'), (900, 'CM'), (500, 'D'), (400, 'CD'), (100, 'C'), (90, 'XC'),
            (50, 'L'), (40, 'XL'), (10, 'X'), (9, 'IX'), (5, 'V'), (4, 'IV'), (1, 'I')]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError('out of range: %d' % n)
    out = []
    for value, sym in NUMERALS:
        count, n = divmod(n, value)
        out.append(sym * count)
    return ''.join(out)
def from_roman(s):
    values = dict((sym, v) for v, sym in NUMERALS if len(sym) == 1)
    total = 0
    for i, ch in enumerate(s):
        v = values[ch]
        if i + 1 < len(s) and values[s[i + 1]] > v:
            total -= v
        else:
            total += v
    return total
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print n, r, from_roman(r)
print all(from_roman(to_roman(i)) == i for i in range(1, 4000))
for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError, e:
        print 'ValueError:', e
try:
    from_roman('ABC')
except KeyError, e:
    print 'KeyError:', e
def vigenere(text, key, decrypt=False):
    out = []
    ki = 0
    for ch in text:
        if ch.isalpha():
            base = 65 if ch.isupper() else 97
            shift = ord(key[ki % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            out.append(chr((ord(ch) - base + shift) % 26 + base))
            ki += 1
        else:
            out.append(ch)
    return ''.join(out)
msg = 'Attack at Dawn! Meet at the old mill.'
enc = vigenere(msg, 'lemon')
print enc
print vigenere(enc, 'lemon', decrypt=True) == msg
print 'Hello'.encode('rot13'), 'Uryyb'.decode('rot13')
def atbash(s):
    import string
    t = string.maketrans(string.ascii_lowercase + string.ascii_uppercase,
                         string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1])
    return s.translate(t)
print atbash('Hello, World'), atbash(atbash('Round Trip'))
