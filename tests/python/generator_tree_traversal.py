class Tree(object):
    def __init__(self, value, left=None, right=None):
        self.value, self.left, self.right = value, left, right
    def inorder(self):
        if self.left:
            for v in self.left.inorder():
                yield v
        yield self.value
        if self.right:
            for v in self.right.inorder():
                yield v
    def preorder(self):
        yield self.value
        for child in (self.left, self.right):
            if child:
                for v in child.preorder():
                    yield v
    def __iter__(self):
        return self.inorder()
    def bfs(self):
        queue = [self]
        while queue:
            node = queue.pop(0)
            yield node.value
            queue.extend(c for c in (node.left, node.right) if c)
    def paths(self, prefix=()):
        here = prefix + (self.value,)
        if not self.left and not self.right:
            yield here
        for c in (self.left, self.right):
            if c:
                for p in c.paths(here):
                    yield p

def insert(tree, v):
    if tree is None:
        return Tree(v)
    if v < tree.value:
        tree.left = insert(tree.left, v)
    else:
        tree.right = insert(tree.right, v)
    return tree

root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 65]:
    root = insert(root, v)
print list(root)
print list(root.preorder())
print list(root.bfs())
print list(root.paths())
print sum(root), max(root), 35 in root, 36 in root
it = root.inorder()
print it.next(), it.next(), it.next()
print [v for v in root if v % 20 == 0]
def depth_first_numbered(tree):
    counter = [0]
    def walk(t, depth):
        counter[0] += 1
        yield counter[0], depth, t.value
        for c in (t.left, t.right):
            if c:
                for x in walk(c, depth + 1):
                    yield x
    return walk(tree, 0)
for n, d, v in depth_first_numbered(root):
    print '%d:%s%d' % (n, '  ' * d, v)
