RAW = """sku,name,category,qty,price
A100,Hammer,tools,12,9.99
A101,Screwdriver,tools,40,4.5
B200,Apple,food,150,0.35
B201,Bread,food,0,2.25
C300,Notebook,office,75,1.8
C301,Pen,office,300,0.4
A102,Wrench,tools,7,12.0"""

class Item(object):
    __slots__ = ('sku', 'name', 'category', 'qty', 'price')
    def __init__(self, sku, name, category, qty, price):
        self.sku, self.name, self.category = sku, name, category
        self.qty, self.price = int(qty), float(price)
    @property
    def value(self):
        return self.qty * self.price
    def __repr__(self):
        return '%s(%s)' % (self.sku, self.name)

lines = RAW.splitlines()
header = lines[0].split(',')
items = [Item(*line.split(',')) for line in lines[1:]]
print header, len(items)
print sorted(items, key=lambda i: i.value, reverse=True)[:3]
print [i.name for i in items if i.qty == 0]
cats = {}
for it in items:
    c = cats.setdefault(it.category, {'count': 0, 'qty': 0, 'value': 0.0})
    c['count'] += 1
    c['qty'] += it.qty
    c['value'] += it.value
for name in sorted(cats):
    c = cats[name]
    print '%-7s count=%d qty=%4d value=%8.2f' % (name, c['count'], c['qty'], c['value'])
print '%.2f' % sum(i.value for i in items)
cheap = [i for i in items if i.price < 1]
print cheap, min(items, key=lambda i: i.price), max(items, key=lambda i: (i.category, i.qty))
print sorted(items, key=lambda i: (i.category, -i.price))
restock = dict((i.sku, max(0, 50 - i.qty)) for i in items)
print sorted((k, v) for k, v in restock.items() if v)
table = [[i.sku, i.name.ljust(12), '%6.2f' % i.price] for i in sorted(items, key=lambda i: i.sku)]
for row in table:
    print ' | '.join(row)
try:
    items[0].color = 'red'
except AttributeError, e:
    print 'AttributeError:', e
