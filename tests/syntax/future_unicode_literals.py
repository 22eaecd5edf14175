from __future__ import unicode_literals
a = 'now unicode'
b = b'still bytes'
c = r'raw unicode \n'
d = '\u00e9'
e = br'\u00e9'
f = "x" "y"
