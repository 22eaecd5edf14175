# Ends with an uncaught KeyError on purpose.
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
