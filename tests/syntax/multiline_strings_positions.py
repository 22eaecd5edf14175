a = """one
two"""
b = ('''x
y''' 'z')
c = f("""
""", 1)
d = x + """a
b""".strip()
"""A bare
string statement."""
e = r'''\
'''
