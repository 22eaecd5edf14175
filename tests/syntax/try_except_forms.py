try:
    pass
except:
    pass
try:
    pass
except ValueError:
    pass
except (TypeError, KeyError), e:
    pass
except IndexError as e:
    pass
except (A, B) as (c, d):
    pass
except E, e.attr:
    pass
else:
    pass
finally:
    pass
try:
    x = 1
finally:
    x = 2
try:
    pass
except Exception, e:
    pass
else:
    y = 1
