class VendingError(Exception):
    pass

class Machine(object):
    PRICES = {'cola': 125, 'chips': 75, 'candy': 60}
    COINS = (100, 25, 10, 5)
    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = 'idle'
        self.credit = 0
        self.bank = 0
        self.log = []
    def _transition(self, new):
        self.log.append('%s->%s' % (self.state, new))
        self.state = new
    def insert(self, coin):
        if coin not in self.COINS:
            raise VendingError('rejected coin %d' % coin)
        self.credit += coin
        if self.state == 'idle':
            self._transition('has_credit')
        return self.credit
    def select(self, item):
        if self.state != 'has_credit':
            raise VendingError('insert coins first')
        if item not in self.PRICES:
            raise VendingError('unknown item %r' % item)
        if not self.stock.get(item):
            raise VendingError('%s sold out' % item)
        price = self.PRICES[item]
        if self.credit < price:
            raise VendingError('need %d more' % (price - self.credit))
        self.stock[item] -= 1
        self.bank += price
        change = self.make_change(self.credit - price)
        self.credit = 0
        self._transition('idle')
        return item, change
    def make_change(self, amount):
        out = []
        for c in self.COINS:
            n, amount = divmod(amount, c)
            out.extend([c] * n)
        return out
    def refund(self):
        change = self.make_change(self.credit)
        self.credit = 0
        if self.state != 'idle':
            self._transition('idle')
        return change

m = Machine({'cola': 1, 'chips': 5})
actions = [
    ('select', 'cola'), ('insert', 100), ('select', 'cola'), ('insert', 25), ('insert', 10),
    ('select', 'cola'), ('insert', 100), ('select', 'cola'), ('select', 'gum'), ('insert', 3),
    ('select', 'candy'), ('insert', 25), ('refund', None), ('insert', 100), ('select', 'chips'),
]
for action, arg in actions:
    try:
        if arg is None:
            result = getattr(m, action)()
        else:
            result = getattr(m, action)(arg)
        print '%-7s %-6r -> %r' % (action, arg, result)
    except VendingError, e:
        print '%-7s %-6r !! %s' % (action, arg, e)
print m.state, m.credit, m.bank, sorted(m.stock.items())
print m.log
