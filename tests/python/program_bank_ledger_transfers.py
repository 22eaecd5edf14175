# Simulation: a bank with accounts, transfers, overdraft rules, interest and a ledger.

class InsufficientFunds(Exception):
    pass
class AccountFrozen(Exception):
    pass

class Account(object):
    next_id = [100]
    def __init__(self, owner, balance=0, overdraft=0):
        self.id = Account.next_id[0]
        Account.next_id[0] += 1
        self.owner = owner
        self.balance = balance
        self.overdraft = overdraft
        self.frozen = False
        self.history = []
    def _check(self):
        if self.frozen:
            raise AccountFrozen('account %d is frozen' % self.id)
    def deposit(self, amt, memo='deposit'):
        self._check()
        if amt <= 0:
            raise ValueError('deposit must be positive: %r' % amt)
        self.balance += amt
        self.history.append((memo, amt, self.balance))
    def withdraw(self, amt, memo='withdraw'):
        self._check()
        if self.balance - amt < -self.overdraft:
            raise InsufficientFunds('%s needs %d, has %d (+%d overdraft)' % (self.owner, amt, self.balance, self.overdraft))
        self.balance -= amt
        self.history.append((memo, -amt, self.balance))
    def __repr__(self):
        return '<%d %s %d%s>' % (self.id, self.owner, self.balance, ' FROZEN' if self.frozen else '')

class Bank(object):
    def __init__(self):
        self.accounts = {}
        self.ledger = []
    def open(self, owner, balance=0, overdraft=0):
        a = Account(owner, balance, overdraft)
        self.accounts[a.id] = a
        return a.id
    def transfer(self, src, dst, amt):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(amt, 'to %d' % dst)
            try:
                b.deposit(amt, 'from %d' % src)
            except Exception:
                a.deposit(amt, 'refund')
                raise
        except (InsufficientFunds, AccountFrozen, ValueError) as e:
            self.ledger.append(('FAILED', src, dst, amt, str(e)))
            return False
        self.ledger.append(('OK', src, dst, amt))
        return True
    def apply_interest(self, rate_bp):
        for aid in sorted(self.accounts):
            acct = self.accounts[aid]
            if acct.balance > 0 and not acct.frozen:
                acct.deposit(acct.balance * rate_bp // 10000, 'interest')
    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
ann = bank.open('ann', 1000)
bob = bank.open('bob', 50, overdraft=100)
cy = bank.open('cy')
print bank.transfer(ann, bob, 300), bank.transfer(bob, cy, 400), bank.transfer(bob, cy, 420)
print bank.transfer(cy, ann, 0), bank.transfer(ann, cy, 10 ** 6)
bank.accounts[cy].frozen = True
print bank.transfer(ann, cy, 5), bank.transfer(cy, ann, 5)
bank.accounts[cy].frozen = False
bank.apply_interest(250)
for aid in sorted(bank.accounts):
    print bank.accounts[aid]
    for h in bank.accounts[aid].history:
        print '    %-10s %6d %6d' % h
for entry in bank.ledger:
    print entry
print 'total money:', bank.total()
print sorted(bank.accounts.values(), key=lambda a: a.balance)
