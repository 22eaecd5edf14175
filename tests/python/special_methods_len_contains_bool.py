class Playlist(object):
    def __init__(self, *songs):
        self.songs = list(songs)
    def __len__(self):
        return len(self.songs)
    def __contains__(self, song):
        print '  __contains__(%r)' % song
        return song.lower() in [s.lower() for s in self.songs]
    def __getitem__(self, i):
        return self.songs[i]
    def __setitem__(self, i, v):
        self.songs[i] = v
    def __delitem__(self, i):
        del self.songs[i]
    def __iter__(self):
        return iter(self.songs)
    def __reversed__(self):
        return iter(self.songs[::-1])

p = Playlist('Intro', 'Song A', 'Outro')
print len(p), bool(p), 'song a' in p, 'missing' not in p
print list(p), list(reversed(p)), p[0], p[-1], p[0:2]
p[1] = 'Song B'
del p[0]
print list(p), len(p)
empty = Playlist()
print bool(empty), not empty, len(empty)
if not empty:
    print 'empty playlist is falsy'

class OnlyGetitem(object):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 2
print 4 in OnlyGetitem(), 5 in OnlyGetitem(), list(OnlyGetitem())

class OnlyIter(object):
    def __iter__(self):
        print '  __iter__'
        return iter([1, 2, 3])
print 2 in OnlyIter()

class BadLen(object):
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError, e:
    print 'ValueError:', e
class FloatLen(object):
    def __len__(self):
        return 2.0
try:
    len(FloatLen())
except TypeError, e:
    print 'TypeError:', e
class LongLen(object):
    def __len__(self):
        return 5L
print len(LongLen())
class HugeLen(object):
    def __len__(self):
        return 2 ** 70
try:
    len(HugeLen())
except OverflowError, e:
    print 'OverflowError:', e
class NZOnly(object):
    def __nonzero__(self):
        print '  __nonzero__'
        return True
    def __len__(self):
        print '  __len__ (not used)'
        return 0
print bool(NZOnly())
if NZOnly() and 1:
    print 'truthy via __nonzero__'
class NoContains(object):
    pass
try:
    1 in NoContains()
except TypeError, e:
    print 'TypeError:', e
