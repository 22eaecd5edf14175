if a:
    pass
elif b:
    pass
elif c:
    pass
else:
    pass
if a:
    if b:
        pass
    else:
        pass
if (a and
        b):
    pass
