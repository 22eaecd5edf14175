class InsufficientFunds(Exception):
    pass
class AccountFrozen(Exception):
    pass

class Account(object):
    _next_number = 1000
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []
        Account._next_number += 1
        self.number = Account._next_number
    def _check(self):
        if self.frozen:
            raise AccountFrozen('account %d is frozen' % self.number)
    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError('amount must be positive: %r' % amount)
        self.balance += amount
        self.history.append(('dep', amount))
    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds('%s has %d, needs %d' % (self.owner, self.balance, amount))
        self.balance -= amount
        self.history.append(('wd', amount))
    def __repr__(self):
        return '<%s #%d %s: %d>' % (type(self).__name__, self.number, self.owner, self.balance)

class Savings(Account):
    rate = 0.05
    def add_interest(self):
        interest = int(self.balance * self.rate)
        self.deposit(interest)
        return interest

class Bank(object):
    def __init__(self):
        self.accounts = {}
    def open(self, cls, owner, initial=0):
        acct = cls(owner, initial)
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except (InsufficientFunds, AccountFrozen), e:
            return 'transfer failed: %s' % e
        try:
            dst.deposit(amount)
        except AccountFrozen, e:
            src.deposit(amount)
            return 'transfer reverted: %s' % e
        return 'transferred %d from %s to %s' % (amount, src.owner, dst.owner)
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Account, 'alice', 100)
bob = bank.open(Savings, 'bob', 50)
carol = bank.open(Account, 'carol')
print alice, bob, carol
print bank.transfer(alice, bob, 30)
print bank.transfer(carol, alice, 10)
carol.frozen = True
print bank.transfer(alice, carol, 5)
print bank.transfer(carol, bob, 1)
print bob.add_interest(), bob
try:
    alice.deposit(-5)
except ValueError, e:
    print 'ValueError:', e
print sorted(bank.accounts.values(), key=lambda a: -a.balance)
print bank.total(), alice.history, bob.history
print [type(a).__name__ for n, a in sorted(bank.accounts.items())]
