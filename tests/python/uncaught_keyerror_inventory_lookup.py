# Inventory lookups: handled misses first, then a miss with no handler ends the program.

stock = {'apple': 5, 'pear': 0, 'plum': 12}
prices = {'apple': 0.5, 'pear': 0.75, 'plum': 0.2, 'kiwi': 1.1}

def cost(order):
    total = 0.0
    for item, n in order:
        have = stock[item]
        if have < n:
            raise ValueError('only %d %s left' % (have, item))
        total += prices[item] * n
        stock[item] = have - n
    return total

orders = [[('apple', 2), ('plum', 5)], [('pear', 1)], [('kiwi', 1)], [('plum', 3)]]
for o in orders:
    try:
        print 'order %r costs %.2f' % (o, cost(o))
    except ValueError as e:
        print 'rejected:', e
    except KeyError as e:
        print 'unknown item:', e
print sorted(stock.items())
print stock.get('kiwi', 'none'), 'kiwi' in stock
restock = [('apple', 3), ('grape', 4)]
for item, n in restock:
    print 'restocking', item
    stock[item] += n
print 'not reached'
