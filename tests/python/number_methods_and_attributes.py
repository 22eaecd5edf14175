# int/long/float/complex/bool methods and attributes
print (5).real, (5).imag, (5).numerator, (5).denominator, (5).conjugate()
print (5L).real, (5L).imag, (5L).numerator, (5L).denominator, (5L).conjugate()
print True.real, True.imag, type(True.real).__name__, True.conjugate(), type(True.conjugate()).__name__
print (2.5).real, (2.5).imag, (2.5).conjugate(), (3+4j).real, (3+4j).imag, (3+4j).conjugate()
print (0).bit_length(), (1).bit_length(), (-1).bit_length(), (255).bit_length(), (-256).bit_length()
print (2 ** 100).bit_length(), (-(2 ** 64)).bit_length(), type((2 ** 100).bit_length()).__name__
print (7).__trunc__(), (7L).__trunc__(), (7.9).__trunc__(), (-7.9).__trunc__(), (1e20).__trunc__()
print (7).__getnewargs__(), (7L).__getnewargs__(), (1.5).__getnewargs__(), (1+2j).__getnewargs__()
print (3).__coerce__(4), (3).__coerce__(4L), (3L).__coerce__(4), (3.0).__coerce__(4L), (1j).__coerce__(2)
print (3).__coerce__('a'), (3.0).__coerce__('a')
print (1.0).is_integer(), (1.5).is_integer(), float('inf').is_integer(), float('nan').is_integer()
print (0.5).as_integer_ratio(), (-0.75).as_integer_ratio(), (1e20).as_integer_ratio(), (0.1).as_integer_ratio()
for bad in [float('inf'), float('nan')]:
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print type(e).__name__, e
print (1.0).hex(), (-0.1).hex(), (0.0).hex(), (-0.0).hex(), (5e-324).hex(), float('inf').hex()
print float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex('  inf '), float.fromhex('0x.8')
for s in ['0x1p99999', 'abc', '0x1.g']:
    try:
        print float.fromhex(s)
    except (ValueError, OverflowError) as e:
        print type(e).__name__, e
class F(float):
    pass
print type(F.fromhex('0x1p1')).__name__, F.fromhex('0x1p1')
print float.__getformat__('double'), float.__getformat__('float')
try:
    float.__getformat__('x')
except ValueError as e:
    print e
class I(int):
    pass
class L(long):
    pass
i, l = I(7), L(8)
print type(i.real).__name__, type(+i).__name__, type(-i).__name__, type(abs(i)).__name__, type(l.real).__name__, type(+l).__name__
print hex(255L), oct(8L), hex(-1L), oct(0L), hex(2 ** 70), oct(-(2 ** 70)), bin(2 ** 70)
