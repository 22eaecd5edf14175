# bytearray methods run by str: tuple arguments and tuple results convert item by item
b = bytearray('hello world')
for i in range(50):
    print b.startswith((bytearray('x'), bytearray('y'), bytearray('hel'))),
    print b.endswith((bytearray('q'), bytearray('rld'))),
    p = b.partition(' ')
    print [type(x).__name__ for x in p], [str(x) for x in p]
    r = b.rpartition(bytearray('o'))
    print [str(x) for x in r]
