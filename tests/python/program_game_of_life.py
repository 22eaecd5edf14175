def step(live, width, height):
    counts = {}
    for (x, y) in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    nx, ny = (x + dx) % width, (y + dy) % height
                    counts[(nx, ny)] = counts.get((nx, ny), 0) + 1
    return set(c for c, n in counts.items() if n == 3 or (n == 2 and c in live))

def render(live, width, height):
    return '\n'.join(''.join('#' if (x, y) in live else '.' for x in range(width)) for y in range(height))

glider = set([(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)])
W, H = 8, 6
state = glider
for gen in range(5):
    print 'generation', gen, 'population', len(state)
    print render(state, W, H)
    state = step(state, W, H)
blinker = set([(1, 0), (1, 1), (1, 2)])
b1 = step(blinker, 5, 5)
b2 = step(b1, 5, 5)
print sorted(b1), b2 == blinker
block = set([(0, 0), (0, 1), (1, 0), (1, 1)])
print step(block, 6, 6) == block
state = glider
for _ in range(4 * W):
    state = step(state, W, H)
print sorted(state) == sorted(glider) or sorted(state)
