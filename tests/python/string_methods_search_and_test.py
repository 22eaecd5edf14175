samples = ['Hello World', 'hello', 'HELLO', '12345', 'abc123', '   ', '', 'Title Case Words', 'snake_case', 'with\ttab', u'\xc9t\xe9']
for s in samples:
    print '%-20r isalpha=%-5s isdigit=%-5s isalnum=%-5s isspace=%-5s islower=%-5s isupper=%-5s istitle=%s' % (
        s, s.isalpha(), s.isdigit(), s.isalnum(), s.isspace(), s.islower(), s.isupper(), s.istitle())
text = 'the rain in spain falls mainly on the plain'
for sub in ['ain', 'the', 'xyz', '', 'n']:
    print '%-4r find=%3d rfind=%3d count=%d index=%s' % (
        sub, text.find(sub), text.rfind(sub), text.count(sub), text.index(sub) if sub in text else '-')
print text.find('ain', 10), text.find('ain', 10, 15), text.rfind('ain', 0, 20), text.count('ain', 20)
print text.startswith('the'), text.startswith('rain', 4), text.endswith('plain'), text.endswith('spain', 0, 17)
print text.title(), text.capitalize()
print [w for w in text.split() if w.endswith('ain')]
positions = []
start = 0
while True:
    i = text.find('ain', start)
    if i < 0:
        break
    positions.append(i)
    start = i + 1
print positions
print 'a-b-c'.replace('-', ''), 'aaa'.replace('a', 'b', 0), 'abc'.replace('', '.'), ''.replace('', 'x')
print '%r' % 'tab\there'.expandtabs(2), 'x'.center(4), 'x'.center(5, '-'), 'abc'.zfill(5), '+5'.zfill(4)
print 'Hello'.swapcase(), 'hello world'.title(), "they're bill's friends".title()
print 'abc'.translate(None, 'b'), 'AbC'.lower().upper(), max('zebra'), sorted('zebra', reverse=True)
