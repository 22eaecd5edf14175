from __future__ import print_function
import sys
print()
print(1)
print(1, 2, sep='', end='')
print("x", file=sys.stderr)
p = print
print(*[1, 2], **{})
