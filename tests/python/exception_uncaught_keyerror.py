# Ends with an uncaught KeyError on purpose.
# Warm-up: dictionary lookups that succeed or are handled.
prices = {'apple': 0.5, 'pear': 0.75}
print prices.get('apple'), prices.get('kiwi', 'no kiwi')
try:
    prices['kiwi']
except KeyError, e:
    print 'handled KeyError:', e, e.args
inventory = {'apple': 3, 'pear': 5, 'plum': 0}

def take(name, n):
    have = inventory[name]
    if have < n:
        raise ValueError('only %d %s left' % (have, name))
    inventory[name] = have - n
    return inventory[name]

print take('apple', 2)
try:
    take('plum', 1)
except ValueError, e:
    print 'ValueError:', e
print sorted(inventory.items())
print take('pear', 5)
print take('missing', 1)
print 'not reached'
