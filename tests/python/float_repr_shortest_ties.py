# repr/str of floats whose shortest digits tie between two candidates
for x in [900719925474099.25, 900719925474099.75, 4503599627370495.5, 2251799813685247.75,
          0.3, 1.0 / 3, 2.0 / 3, 1e23, 5e-324, 1.7976931348623157e308, 123456789012345.625,
          9007199254740993.0, 0.1 + 0.2, 1.1 * 1.1, 100.0 / 7]:
    print repr(x), str(x), repr(-x)
for k in range(40, 53):
    x = 2.0 ** k + 0.25
    print k, repr(x), repr(x + 0.5)
