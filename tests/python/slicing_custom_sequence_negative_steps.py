class Seq(object):
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(len(self.data))
            return Seq(self.data[i] for i in range(start, stop, step))
        if key < 0:
            key += len(self.data)
        if not 0 <= key < len(self.data):
            raise IndexError('Seq index %d out of range' % key)
        return self.data[key]
    def __repr__(self):
        return 'Seq(%r)' % (''.join(self.data),)
s = Seq('abcdefghij')
for sl in [slice(None, None, -1), slice(None, None, -2), slice(8, 2, -2), slice(-1, -5, -1), slice(2, 8, 3),
           slice(-3, None), slice(None, -7), slice(100, None, -1), slice(None, 100, 4), slice(5, 5), slice(3, 1)]:
    print sl, s[sl], ''.join('abcdefghij'[sl]), sl.indices(10)
print s[-1], s[0], len(s[::3])
try:
    s[10]
except IndexError, e:
    print 'IndexError:', e
try:
    s[::0]
except ValueError, e:
    print 'ValueError:', e
text = 'The quick brown fox'
print text[::-1], text[4:9], text[-3:], text[:3][::-1], text[1::2], text[-1:-8:-2]
words = text.split()
print words[::-1], words[-2:], words[:-2], ' '.join(w[::-1] for w in words)
nums = range(20)
print nums[::5], nums[15:5:-3], nums[-1:-4:-1], nums[3:-3:4], nums[::-7]
t = tuple(nums)
print t[2:6], t[::-6], type(t[::2]).__name__
print slice(1, 10, 3).indices(5), slice(-100, 100).indices(7), slice(None, None, -1).indices(0)
