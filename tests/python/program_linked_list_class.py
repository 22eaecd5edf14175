class Node(object):
    __slots__ = ('value', 'next')
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList(object):
    def __init__(self, iterable=()):
        self.head = None
        self.size = 0
        for v in reversed(list(iterable)):
            self.push_front(v)
    def push_front(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def append(self, v):
        node = Node(v)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next:
                cur = cur.next
            cur.next = node
        self.size += 1
    def __iter__(self):
        cur = self.head
        while cur:
            yield cur.value
            cur = cur.next
    def __len__(self):
        return self.size
    def __getitem__(self, i):
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError('LinkedList index out of range')
        for j, v in enumerate(self):
            if j == i:
                return v
    def __contains__(self, v):
        return any(x == v for x in self)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
        return self
    def remove(self, v):
        prev, cur = None, self.head
        while cur:
            if cur.value == v:
                if prev:
                    prev.next = cur.next
                else:
                    self.head = cur.next
                self.size -= 1
                return True
            prev, cur = cur, cur.next
        raise ValueError('%r not in list' % (v,))
    def __repr__(self):
        return 'LinkedList([%s])' % ', '.join(repr(v) for v in self)
    def __eq__(self, other):
        return list(self) == list(other)

ll = LinkedList([1, 2, 3])
ll.append(4)
ll.push_front(0)
print ll, len(ll), ll[0], ll[-1], 3 in ll, 9 in ll
print ll.reverse(), list(ll), sum(ll), max(ll)
ll.remove(2)
ll.remove(4)
print ll, len(ll)
try:
    ll.remove(42)
except ValueError, e:
    print 'ValueError:', e
try:
    ll[10]
except IndexError, e:
    print 'IndexError:', e
print LinkedList() == [], LinkedList('abc') == ['a', 'b', 'c'], repr(LinkedList())
big = LinkedList(range(1000))
print len(big), big[500], sum(big), list(big.reverse())[:3]
