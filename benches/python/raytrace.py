# A small ray tracer: spheres and a checkered plane, point lights, shadows and reflections.
# Vector objects with operator methods, float math, virtual calls through shape classes.
# Usage: raytrace.py [SIZE]   (default SIZE=110: a 110x110 image; prints a histogram and checksum)
import math
import sys

EPSILON = 1e-6


class Vec(object):
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def mul(self, o):
        return Vec(self.x * o.x, self.y * o.y, self.z * o.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self.scale(1.0 / self.length())


BLACK = Vec(0.0, 0.0, 0.0)


class Ray(object):
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction.normalized()

    def at(self, t):
        return self.origin + self.direction.scale(t)


class Material(object):
    def __init__(self, color, diffuse, reflect, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.reflect = reflect
        self.checker = checker

    def color_at(self, point):
        if self.checker is None:
            return self.color
        if (int(math.floor(point.x)) + int(math.floor(point.z))) % 2 == 0:
            return self.color
        return self.checker


class Sphere(object):
    def __init__(self, center, radius, material):
        self.center = center
        self.radius = radius
        self.material = material

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return None
        root = math.sqrt(disc)
        t = -b - root
        if t > EPSILON:
            return t
        t = -b + root
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return (point - self.center).normalized()


class Plane(object):
    def __init__(self, point, normal, material):
        self.point = point
        self.normal = normal.normalized()
        self.material = material

    def hit(self, ray):
        denom = self.normal.dot(ray.direction)
        if abs(denom) < EPSILON:
            return None
        t = (self.point - ray.origin).dot(self.normal) / denom
        if t > EPSILON:
            return t
        return None

    def normal_at(self, point):
        return self.normal


class Scene(object):
    def __init__(self):
        self.shapes = [
            Plane(Vec(0.0, -1.0, 0.0), Vec(0.0, 1.0, 0.0),
                  Material(Vec(0.9, 0.9, 0.9), 0.8, 0.2, Vec(0.1, 0.1, 0.1))),
            Sphere(Vec(0.0, 0.0, 5.0), 1.0, Material(Vec(0.9, 0.2, 0.2), 0.7, 0.3)),
            Sphere(Vec(-2.2, 0.2, 6.5), 1.2, Material(Vec(0.2, 0.8, 0.3), 0.6, 0.4)),
            Sphere(Vec(2.0, -0.3, 4.0), 0.7, Material(Vec(0.2, 0.3, 0.9), 0.9, 0.1)),
            Sphere(Vec(0.7, 1.6, 7.0), 0.9, Material(Vec(0.9, 0.9, 0.2), 0.5, 0.5)),
        ]
        self.lights = [(Vec(-5.0, 6.0, 0.0), Vec(0.8, 0.8, 0.8)),
                       (Vec(4.0, 4.0, 1.0), Vec(0.4, 0.35, 0.3))]
        self.ambient = 0.08

    def nearest(self, ray):
        best_t = None
        best = None
        for shape in self.shapes:
            t = shape.hit(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = shape
        return best, best_t

    def shadowed(self, point, light_pos):
        to_light = light_pos - point
        dist = to_light.length()
        ray = Ray(point, to_light)
        for shape in self.shapes:
            t = shape.hit(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        shape, t = self.nearest(ray)
        if shape is None:
            k = 0.5 * (ray.direction.y + 1.0)
            return Vec(0.6, 0.7, 0.9).scale(k) + Vec(1.0, 1.0, 1.0).scale(0.2 * (1.0 - k))
        point = ray.at(t)
        normal = shape.normal_at(point)
        mat = shape.material
        base = mat.color_at(point)
        color = base.scale(self.ambient)
        for light_pos, light_color in self.lights:
            if self.shadowed(point, light_pos):
                continue
            to_light = (light_pos - point).normalized()
            lambert = normal.dot(to_light)
            if lambert > 0.0:
                color = color + base.mul(light_color).scale(lambert * mat.diffuse)
        if depth < 3 and mat.reflect > 0.0:
            d = ray.direction
            r = d - normal.scale(2.0 * d.dot(normal))
            color = color + self.trace(Ray(point, r), depth + 1).scale(mat.reflect)
        return color


def clamp_byte(v):
    i = int(v * 255.0 + 0.5)
    if i < 0:
        return 0
    if i > 255:
        return 255
    return i


def render(size):
    scene = Scene()
    eye = Vec(0.0, 0.5, -1.0)
    pixels = []
    for row in range(size):
        y = 1.0 - 2.0 * (row + 0.5) / size
        for col in range(size):
            x = -1.0 + 2.0 * (col + 0.5) / size
            c = scene.trace(Ray(eye, Vec(x, y, 1.5)), 0)
            pixels.append((clamp_byte(c.x), clamp_byte(c.y), clamp_byte(c.z)))
    return pixels


def main():
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 110
    pixels = render(size)
    checksum = 0
    histogram = [0] * 8
    for r, g, b in pixels:
        checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
        histogram[(r + g + b) * 8 // 766] += 1
    print "%dx%d pixels, checksum %d" % (size, size, checksum)
    print "brightness histogram:", " ".join([str(h) for h in histogram])
    row = size // 2
    print "middle row sample:", pixels[row * size + size // 2]


main()
