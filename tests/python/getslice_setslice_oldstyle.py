class Seq:
    def __init__(self, data):
        self.data = list(data)
    def __len__(self):
        return len(self.data)
    def __getitem__(self, i):
        print '  __getitem__', i
        return self.data[i]
    def __getslice__(self, i, j):
        print '  __getslice__', i, j
        return Seq(self.data[i:j])
    def __setslice__(self, i, j, seq):
        print '  __setslice__', i, j, seq
        self.data[i:j] = seq
    def __delslice__(self, i, j):
        print '  __delslice__', i, j
        del self.data[i:j]
    def __repr__(self):
        return 'Seq(%r)' % self.data

s = Seq('abcdef')
print s[1:3]
print s[:2]
print s[4:]
print s[-2:]
print s[:]
print s[::2]
print s[1:5:1]
print s[2]
s[0:2] = ['X', 'Y']
print s
del s[1:3]
print s
s[-1:] = ['Z']
print s

class NewSeq(object):
    def __getitem__(self, i):
        return ('getitem', i)
    def __getslice__(self, i, j):
        return ('getslice', i, j)
    def __len__(self):
        return 10
n = NewSeq()
print n[1:2], n[:], n[-3:-1], n[1:2:1], n[5]

class OnlyGetitem(object):
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 4
o = OnlyGetitem()
print o[1:2], o[:], o[-3:-1], o[::3]

class Big:
    def __len__(self):
        return 100
    def __getslice__(self, i, j):
        return (i, j)
import sys
b = Big()
print b[-10:], b[:-1], b[5:], b[:], b[-200:-150] 
print b[:][1] == sys.maxint
