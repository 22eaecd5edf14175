import math, string
print math.sqrt(16), string.upper('abc')
print hasattr(math, 'tau'), getattr(math, 'tau', 'no tau in 2.7')
print math.tau
