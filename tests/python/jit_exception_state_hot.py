# Python 2's exception state in hot code: sys.exc_info() stays set after an
# except clause ends until the function returns (and is restored for the
# caller), bare `raise` re-raises the last handled exception even outside the
# except block, exception matching against tuples and against classes rebound
# mid-loop, user exception classes with __str__/__init__, exceptions stored
# in locals across iterations, and exc_info inside generators resumed in a
# hot loop.

import sys


class MyError(Exception):
    def __init__(self, code):
        Exception.__init__(self, code)
        self.code = code

    def __str__(self):
        return "MyError<%d>" % self.code


class SubError(MyError):
    pass


def exc_info_after_except(n):
    out = []
    for i in range(n):
        try:
            if i % 50 == 0:
                raise MyError(i)
        except MyError:
            pass
        if i % 50 == 1:
            t, v, tb = sys.exc_info()
            out.append((t.__name__ if t else None, str(v) if v else None))
    return out


def caller_exc_info_restored(n):
    try:
        raise KeyError("outer")
    except KeyError:
        before = sys.exc_info()[1]
        exc_info_after_except(n)
        after = sys.exc_info()[1]
        return repr(before), repr(after), before is after


def bare_raise_later(n):
    last = None
    for i in range(n):
        try:
            if i == n - 1:
                raise SubError(i)
        except MyError as e:
            last = e
    try:
        raise
    except MyError as e2:
        return "re-raised %s (same object: %s)" % (e2, e2 is last)


def match_tuple(n):
    counts = {}
    kinds = (ValueError, (KeyError, IndexError), MyError, ZeroDivisionError)
    for i in range(n):
        try:
            m = i % 5
            if m == 0:
                int("x%d" % i)
            elif m == 1:
                {}[i]
            elif m == 2:
                [][i]
            elif m == 3:
                raise SubError(i)
            else:
                i // 0
        except kinds[0]:
            counts["value"] = counts.get("value", 0) + 1
        except kinds[1]:
            counts["lookup"] = counts.get("lookup", 0) + 1
        except (kinds[2], kinds[3]) as e:
            counts[type(e).__name__] = counts.get(type(e).__name__, 0) + 1
    return sorted(counts.items())


def rebinding_handler_class(n):
    global Target
    Target = ValueError
    out = []
    for i in range(n):
        if i == n // 2:
            Target = KeyError
        try:
            try:
                raise ValueError(i) if i % 2 else KeyError(i)
            except Target:
                out.append("T")
        except Exception:
            out.append("-")
    return "".join(out[n // 2 - 6:n // 2 + 6]), out.count("T")


def kept_exceptions(n):
    errs = []
    for i in range(n):
        try:
            raise MyError(i)
        except MyError as e:
            if i % 60 == 0:
                errs.append(e)
    return [(str(e), e.code, e.args) for e in errs]


def gen_with_exc_info(n):
    for i in range(n):
        try:
            raise IndexError(i)
        except IndexError:
            yield sys.exc_info()[1].args[0]
        yield sys.exc_info()[0]


def exception_in_except(n):
    out = []
    for i in range(n):
        try:
            try:
                raise ValueError("first %d" % i)
            except ValueError:
                if i % 40 == 0:
                    raise TypeError("second %d" % i)
        except TypeError as e:
            out.append((str(e), sys.exc_info()[0].__name__))
    return out


def raise_instance_or_class(n):
    out = []
    for i in range(n):
        try:
            m = i % 4
            if m == 0:
                raise MyError, i
            elif m == 1:
                raise MyError(i)
            elif m == 2:
                raise ValueError
            else:
                raise ValueError, ("tuple", i)
        except Exception as e:
            if i % 50 < 4:
                out.append((type(e).__name__, str(e), e.args))
    return out


print "exc_info_after_except", exc_info_after_except(300)
print "caller_exc_info_restored", caller_exc_info_restored(300)
print "no exception at module level", sys.exc_info()
print "bare_raise_later", bare_raise_later(300)
print "match_tuple", match_tuple(300)
print "rebinding_handler_class", rebinding_handler_class(300)
print "kept_exceptions", kept_exceptions(300)
g = list(gen_with_exc_info(150))
print "gen_with_exc_info", g[:6], g[-4:], sys.exc_info()
print "exception_in_except", exception_in_except(300)
for row in raise_instance_or_class(300):
    print "raise_instance_or_class", row
