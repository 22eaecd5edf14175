a = 'single'
b = "double"
c = u'unicode'
d = U"Unicode"
e = b'bytes'
f = B"Bytes"
g = r'raw\n'
h = R"Raw\t"
i = ur'uraw\n\u0041'
j = UR'x' + Ur'y' + uR'z'
k = br'\d' + BR"\w" + Br'' + bR""
l = '''triple
single'''
m = """triple
double"""
n = 'implicit' "concatenation" '''of''' """strings"""
o = 'mixed' u'concat'
p = ("parenthesized"
     'continued'
     u"unicode")
q = ''
r = u''
s = r'\''
t = r"\""
u = '\'' "\"" '"' "'"
v = '''a'b"c''' """a"b'c"""
w = r'''raw
triple\n'''
