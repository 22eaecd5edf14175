class Account(object):
    interest = 0.02
    count = 0

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        return self.balance

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds: %d > %d" % (amount, self.balance))
        self.balance -= amount
        return self.balance

    def __repr__(self):
        return "Account(%r, %r)" % (self.owner, self.balance)

a = Account('alice', 100)
b = Account('bob')
print a, b
print a.deposit(50), b.deposit(5)
try:
    b.withdraw(10)
except ValueError, e:
    print 'ValueError:', e
try:
    a.deposit(-1)
except ValueError, e:
    print 'ValueError:', e
print Account.count, a.count, b.count
print a.interest
a.interest = 0.05
print a.interest, b.interest, Account.interest
del a.interest
print a.interest
print sorted(a.__dict__.items())
print sorted(k for k in Account.__dict__ if not k.startswith('__'))
print type(a) is Account, a.__class__.__name__
m = a.deposit
print m(1), m.__name__, m.im_self is a, m.im_func is Account.__dict__['deposit']
um = Account.deposit
print um.im_self, um.__name__
try:
    um(5)
except TypeError, e:
    print 'TypeError:', e
print um(b, 7)
a.extra = [1, 2]
print a.extra, hasattr(b, 'extra')
try:
    b.extra
except AttributeError, e:
    print 'AttributeError:', e
setattr(b, 'nick', 'bobby')
print getattr(b, 'nick'), b.nick
delattr(b, 'nick')
print hasattr(b, 'nick')
class Empty:
    pass
e = Empty()
e.x = 1
print e.x, Empty.__name__, isinstance(e, Empty)
