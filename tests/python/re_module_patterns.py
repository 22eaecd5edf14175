import re
text = 'Contact: alice@example.com, bob.smith@mail.org; phone 555-1234 or 555-9876.'
print re.findall(r'[\w.]+@[\w.]+\w', text)
print re.findall(r'(\d{3})-(\d{4})', text)
m = re.search(r'(\w+)@(\w+)\.com', text)
print m.group(), m.group(1), m.group(2), m.groups(), m.span(), m.start(1), m.end(2)
print re.match(r'Contact', text) is not None, re.match(r'alice', text)
print re.sub(r'\d', '#', 'a1b22c333'), re.sub(r'(\w)(\d)', r'\2\1', 'a1b2'), re.subn('o', '0', 'foo boo')
print re.sub(r'\s+', ' ', '  many   spaces\there  '), re.sub('x*', '-', 'abc')
print re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(,)', 'a,b'), re.split(r'\W+', 'Words, words, words.', 1)
p = re.compile(r'(?P<key>\w+)=(?P<val>[^&]*)')
for mm in p.finditer('a=1&bb=two&c='):
    print mm.group('key'), repr(mm.group('val')), mm.groupdict()
print p.pattern, p.groups, sorted(p.groupindex.items())
print re.findall(r'\bthe\b', 'the other then the', re.I), re.findall('^a', 'a\na', re.M), re.findall('a.b', 'a\nb', re.S)
print re.sub(r'(?i)HELLO', 'bye', 'Hello hello'), re.escape('a.b*c'), re.findall(r'a+?', 'aaa'), re.findall(r'a*', 'baaa')
def repl(m):
    return str(int(m.group()) * 2)
print re.sub(r'\d+', repl, 'x10 y25 z0')
print re.match(r'(a)(b)?', 'ac').groups(), re.match(r'(a)(b)?', 'ac').groups('none'), re.match('(a)|b', 'b').group(1)
print re.fullmatch if hasattr(re, 'fullmatch') else 'no fullmatch', re.match(r'\d+$', '123') is not None
try:
    re.compile('(unclosed')
except re.error, e:
    print 're.error:', e
print re.findall(r'(\w)\1', 'aabbcd'), re.search(r'(?<=@)\w+', 'me@host').group(), re.search(r'x(?=y)', 'xzxy').start()
print re.sub(r'(?P<w>\w+)', r'<\g<w>>', 'hi there'), re.findall(r'[^aeiou\s]+', 'hello world')
print bool(re.search(u'\xe9', u'caf\xe9')), re.findall(r'\d', u'a1\u0663', re.U)
m = re.match(r'(\d+)\.(\d+)', '3.14 rest')
print m.expand(r'\2.\1'), m.string, m.re.pattern, m.pos, m.endpos, m.lastindex
print re.compile('a', re.I).match('A').group(), re.purge() is None, [x.group() for x in re.finditer(r'\d', 'a1b2')]
