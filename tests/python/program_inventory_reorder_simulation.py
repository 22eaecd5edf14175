# Simulation: a warehouse inventory with daily demand, reorder points and supplier lead times.
from collections import deque, defaultdict

PRODUCTS = {
    'bolt':   {'stock': 40, 'reorder_at': 20, 'order_qty': 50, 'lead': 2},
    'nut':    {'stock': 15, 'reorder_at': 10, 'order_qty': 30, 'lead': 3},
    'washer': {'stock': 100, 'reorder_at': 30, 'order_qty': 60, 'lead': 1},
}
DEMAND = [
    {'bolt': 12, 'nut': 4}, {'bolt': 9, 'washer': 40}, {'nut': 8, 'washer': 25},
    {'bolt': 15, 'nut': 6}, {'washer': 30}, {'bolt': 20, 'nut': 10, 'washer': 10},
    {'bolt': 5}, {'nut': 12, 'washer': 5},
]

pipeline = deque()
lost = defaultdict(int)
shipped = defaultdict(int)
events = []
for day, demand in enumerate(DEMAND, 1):
    while pipeline and pipeline[0][0] <= day:
        _, name, qty = pipeline.popleft()
        PRODUCTS[name]['stock'] += qty
        events.append('day %d: received %d %s' % (day, qty, name))
    for name in sorted(demand):
        want = demand[name]
        p = PRODUCTS[name]
        sent = min(want, p['stock'])
        p['stock'] -= sent
        shipped[name] += sent
        if sent < want:
            lost[name] += want - sent
            events.append('day %d: short %d %s' % (day, want - sent, name))
    on_order = defaultdict(int)
    for _, name, qty in pipeline:
        on_order[name] += qty
    for name in sorted(PRODUCTS):
        p = PRODUCTS[name]
        if p['stock'] + on_order[name] <= p['reorder_at']:
            arrival = day + p['lead']
            pipeline.append((arrival, name, p['order_qty']))
            events.append('day %d: ordered %d %s for day %d' % (day, p['order_qty'], name, arrival))
    pipeline = deque(sorted(pipeline))
    print 'day %d stock: %s' % (day, ', '.join('%s=%d' % (n, PRODUCTS[n]['stock']) for n in sorted(PRODUCTS)))
for e in events:
    print e
print 'shipped', sorted(shipped.items())
print 'lost', sorted(lost.items())
print 'pending', list(pipeline)
fill = dict((n, 100.0 * shipped[n] / (shipped[n] + lost[n])) for n in shipped)
for n in sorted(fill):
    print '%-7s fill rate %6.2f%%' % (n, fill[n])
