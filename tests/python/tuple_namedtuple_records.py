from collections import namedtuple
Employee = namedtuple('Employee', 'name dept salary')
staff = [Employee('ann', 'eng', 120), Employee('bob', 'ops', 90),
         Employee('cy', 'eng', 100), Employee('di', 'ops', 95), Employee('ed', 'hr', 70)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e)
for dept in sorted(by_dept):
    members = by_dept[dept]
    total = sum(e.salary for e in members)
    print dept, [e.name for e in members], total, total / len(members)
top = max(staff, key=lambda e: e.salary)
print top, top.name, top[2], top._fields
raised = [e._replace(salary=e.salary + 10) for e in staff if e.dept == 'eng']
print raised
print sorted(staff, key=lambda e: (e.dept, -e.salary))[0]
name, dept, salary = staff[1]
print name, dept, salary
print staff[0] == ('ann', 'eng', 120), staff[0] < staff[1], tuple(staff[0])
print Employee._make(['zed', 'x', 1]), dict(staff[0]._asdict())
Pt = namedtuple('Pt', ['x', 'y'])
class Pt3(Pt):
    __slots__ = ()
    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __add__(self, o):
        return Pt3(self.x + o.x, self.y + o.y)
p = Pt3(3, 4)
print p, p.norm, p + Pt3(1, 1), isinstance(p, tuple)
try:
    namedtuple('Bad', 'a a')
except ValueError, e:
    print 'ValueError:', e
try:
    namedtuple('Bad', 'class x')
except ValueError, e:
    print 'ValueError:', e
R = namedtuple('R', 'a, b', rename=False)
print R(1, 2), R._fields
t = (1, 'two', 3.0, [4])
a, b, c, d = t
d.append(5)
print t, len(t), t[1:3], t.index(3.0)
print (1,) * 3, () + (), tuple([1]) == (1,), (1, 2) + tuple('ab')
pairs = [(1, 'b'), (1, 'a'), (0, 'z')]
print sorted(pairs), min(pairs), max(pairs)
