def normalize_angle(deg, period=360.0):
    return deg % period
for d in [370, -10, 720.5, 0]:
    print d, normalize_angle(d)
print normalize_angle(45, 90)
print normalize_angle(10, 0.0)
