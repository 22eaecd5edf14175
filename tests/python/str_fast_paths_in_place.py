# str operations whose results are written in place (concatenation, slicing, join of strs,
# split into a presized list, str(x)) and %-formatting walked as bytes: edge cases around them,
# and the unicode/str mixing where the fast paths hand over to the general ones.


class S(str):
    pass


def show(label, v):
    print label, type(v).__name__, repr(v)


# concatenation: empty sides, one-byte results shared like CPython's character cache
a = "abc"
show("cat", a + "")
show("cat", "" + a)
show("cat", "" + "")
show("cat1", "" + "x")
print "x" + "" is "x", ("" + "") is ""
s = ""
for i in range(40):
    s += str(i % 10)
    if len(s) > 25:
        s = s[10:]
show("loop", s)
show("cat-u", "ab" + u"cd")
try:
    "ab" + 3
except TypeError as e:
    print "TypeError", e
show("cat-sub", S("ab") + "cd")

# slicing: step 1, full copies (identity), negative and huge steps, empty
t = "hello world"
show("sl", t[::-1])
show("sl", t[::2])
show("sl", t[1::3])
show("sl", t[-3:])
show("sl", t[5:2])
show("sl", t[::100])
show("sl", t[100:])
show("sl", t[::-100])
print t[:] is t, t[0:len(t):1] is t, t[::1] is t
show("sl-sub", S("hello")[::1])
print type(S("hello")[::1]).__name__, type(S("hello")[:]).__name__
show("sl1", t[4:5])
print t[4:5] is "o"

# str(x)
show("str", str(5))
show("str", str())
show("str", str(u"abc"))
show("str", str("x"))
show("str", str(S("sub")))
print type(str(S("sub"))).__name__
show("str-sub", S(12))
try:
    str(object=3)
except TypeError as e:
    print "TypeError", e
show("str-kw", str(object="kw"))

# join: empty list, one item (identity), separators, unicode items, bad items, iterables
print repr(",".join([])), repr("".join(["a", "b", "c"])), repr(", ".join(["", "", ""]))
one = "only"
print ",".join([one]) is one
show("join-sub1", ",".join([S("s")]))
show("join-sub", "-".join([S("a"), "b"]))
show("join-u", ",".join(["a", u"b", "c"]))
show("join-u1", ",".join([u"b"]))
show("join-gen", "+".join(str(i) for i in range(5)))
show("join-tuple", "".join(("x", "y")))
try:
    ",".join(["a", 1])
except TypeError as e:
    print "TypeError", e
try:
    ",".join(5)
except TypeError as e:
    print "TypeError", e

# split: separators at the ends, runs, maxsplit, whitespace, unicode separators
for text in ["", "|", "a|b", "|a|b|", "||", "a||b", " a  b ", "\t\na b\r\n", "abc"]:
    print repr(text), text.split("|"), text.split(), text.split("|", 1), text.split(None, 1)
    print repr(text), text.rsplit("|", 1), text.split("|", 0), text.split("|", -1)
print "a--b--c".split("--"), "a--b--c".split("--", 1), "----".split("--")
show("split-u", "a,b".split(u","))
try:
    "a".split("")
except ValueError as e:
    print "ValueError", e
big = "|".join(str(i) for i in range(1000))
parts = big.split("|")
print len(parts), parts[0], parts[-1], sum(len(p) for p in parts)

# single-byte searches (word-at-a-time scan): every position, high bytes, absent
hay = "".join(chr(i) for i in range(256))
print [hay.find(chr(i)) for i in (0, 1, 7, 8, 9, 127, 128, 200, 255)]
print hay.count("\x80"), hay.find("\x80", 129), "aaaa".count("a"), "".find("a")
print "x|y|z".replace("|", "--"), "||".replace("|", ""), "abc".replace("b", "b")
for n in range(20):
    h = "." * n + "#" + "." * 3
    assert h.find("#") == n and h.index("#") == n and ("#" in h)
print "abcabc".find("c", 3), "abcabc".rfind("a"), "\xff\xfe\xff".find("\xff", 1)

# %-formatting walked as bytes
print "%s|%5s|%-5s|%.2s|%5.1s|" % ("abc", "ab", "ab", "abc", "xyz")
print "%d %i %u %5d %-5d| %05d %+d % d %.3d %.0d|" % (1, -2, 3, 42, 42, -42, 7, 7, 5, 0)
print "%x %X %#x %#X %o %#o %08x" % (255, 255, 255, 255, 8, 8, -255)
print "%d %x %o" % (2 ** 70, 2 ** 70, -2 ** 70)
print "%d %d" % (-9223372036854775808, 9223372036854775807)
print "%d %i" % (3.9, -3.9), "%x" % 10L, "%d" % True
print "%8.3f|%-8.3f|%e|%g|%G|%.0f|%#.0f" % (3.14159, -2.5, 12345.678, 1e-5, 1e20, 2.5, 2.5)
print repr("%c%c%c" % (65, "b", 255)), "%%|%5%|%-5%|" % ()
print "%*d|%-*d|%*d|%.*f" % (5, 1, 5, 2, -5, 3, 2, 3.14159)
print "%(a)s-%(b)05d-%(a)r" % {"a": "x", "b": 7}
print "no conversions" % (), "%s" % [1, 2], "%s" % ((1, 2),), "%r" % "q'"
print repr("%s" % "\x00\xff"), repr("a%sb" % ""), repr("%s%s" % ("", ""))
show("pct-u", "%s and %s" % ("x", u"y"))
show("pct-u2", "%-4s|%r" % (u"\xe9", "z"))
show("pct-u3", u"%s=%d" % ("k", 3))
show("pct-uc", "%c" % u"\u20ac")
show("pct-huge-prec", "%.500s" % "short")
show("pct-width", "%20s|" % "w")
for fmt, args in [("%d", ()), ("%d %d", (1,)), ("%s", (1, 2)), ("%(a)s", (1,)), ("%z", (1,)),
                  ("%", (1,)), ("%d", ("x",)), ("%c", (256,)), ("%c", ("ab",)),
                  ("%.200d", (1,)), ("%(a", {"a": 1}), ("%f", ("x",))]:
    try:
        print repr(fmt % args)
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print type(e).__name__, e

# replace hands back an exact string itself when nothing changes
u = u"abc"
r = "abcd"
print u.replace(u"x", u"y") is u, u.replace(u"", u"") is u, u.replace(u"a", u"b", 0) is u
print r.replace("x", "y") is r, r.replace("", "") is r, r.replace("a", "a") is r
print repr(u"".replace(u"", u"x", 1)), repr("".replace("", "x", 1)), u.replace("x", "y") is u
print type(S("ab").replace("x", "y")).__name__, type(S("ab").replace("a", "y")).__name__
