# Float-heavy loops: a Mandelbrot escape-time grid, a trapezoid integration and a
# Newton iteration, all on plain floats in while/for loops.
# Usage: float_loop.py [SIZE]   (default SIZE=450: a 450x450 grid; prints iteration totals)
import sys


def mandelbrot(size, limit):
    total = 0
    inside = 0
    for row in range(size):
        ci = 2.0 * row / size - 1.0
        for col in range(size):
            cr = 3.0 * col / size - 2.0
            zr = zi = 0.0
            i = 0
            while i < limit:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                i += 1
            total += i
            if i == limit:
                inside += 1
    return total, inside


def integrate(f, a, b, steps):
    h = (b - a) / steps
    s = 0.5 * (f(a) + f(b))
    x = a
    for _ in xrange(1, steps):
        x += h
        s += f(x)
    return s * h


def poly(x):
    return ((0.5 * x - 1.25) * x + 3.0) * x - 0.75


def newton_sqrt(v, rounds):
    x = v if v > 1.0 else 1.0
    for _ in range(rounds):
        x = 0.5 * (x + v / x)
    return x


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 450
    total, inside = mandelbrot(size, 50)
    print "mandelbrot %dx%d: %d iterations, %d inside" % (size, size, total, inside)
    print "integral: %.6f" % integrate(poly, 0.0, 2.0, size * 500)
    acc = 0.0
    for k in range(1, size * 20):
        acc += newton_sqrt(float(k), 12)
    print "sum of square roots: %.6f" % acc


main()
