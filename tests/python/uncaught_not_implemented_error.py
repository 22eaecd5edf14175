class Storage(object):
    def save(self, key, value):
        raise NotImplementedError('%s.save' % type(self).__name__)
    def describe(self):
        return type(self).__name__

class MemoryStorage(Storage):
    def __init__(self):
        self.data = {}
    def save(self, key, value):
        self.data[key] = value
        return len(self.data)

class DiskStorage(Storage):
    pass

for cls in [MemoryStorage, DiskStorage]:
    s = cls()
    print s.describe()
    try:
        print s.save('k', 'v')
    except NotImplementedError, e:
        print 'not implemented:', e
DiskStorage().save('x', 1)
