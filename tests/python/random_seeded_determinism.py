import random
random.seed(12345)
print [random.random() for _ in range(3)]
print [random.randint(1, 100) for _ in range(10)]
print random.choice('abcdefg'), random.choice([10, 20, 30])
items = range(10)
random.shuffle(items)
print items
print random.sample(range(100), 5)
print random.uniform(1, 2), random.randrange(0, 100, 5)
r = random.Random(42)
print r.random(), r.randint(0, 10), r.getrandbits(16)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print a == b
random.seed('string seed')
print random.random()
random.seed(0)
x = random.random()
random.seed(0)
print x == random.random()
print round(random.gauss(0, 1), 10), round(random.expovariate(1.0), 10)
