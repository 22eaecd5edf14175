def parse_numbers(tokens):
    for t in tokens:
        print 'parsing', t
        yield float(t)
total = 0.0
for v in parse_numbers(['1.5', '2', '1e2']):
    total += v
print 'total', total
for v in parse_numbers(['3', 'four', '5']):
    print 'got', v
