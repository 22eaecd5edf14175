# Python part of the native `_sre` module (run by sre.rs): the regular expression engine under
# re.py/sre_compile.py. It interprets the code lists sre_compile produces (CPython 2.7's opcode
# numbering, MAGIC 20031017, 32-bit code words) with a backtracking matcher:
# - `_Matcher._match(pc, pos, k)` runs ops from `pc` at `pos` iteratively; choice points
#   (BRANCH, REPEAT_ONE, MIN_REPEAT_ONE, MAX_UNTIL, MIN_UNTIL, GROUPREF_EXISTS) recurse and
#   restore the marks when an alternative fails; SUCCESS calls the continuation `k(pos)`;
# - REPEAT pushes a repeat context that its MAX_UNTIL/MIN_UNTIL op consults (as in _sre.c),
#   with the same zero-width-iteration guard;
# - '^' matches at index 0 (not at `pos`), the end of the subject is `endpos`.
# Search/findall/finditer/sub/split follow CPython 2.7's handling of empty matches.

import sys as _sys

MAGIC = 20031017
CODESIZE = 4
MAXREPEAT = 4294967295
copyright = ' SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB '

(FAILURE, SUCCESS, ANY, ANY_ALL, ASSERT, ASSERT_NOT, AT, BRANCH, CALL, CATEGORY, CHARSET,
 BIGCHARSET, GROUPREF, GROUPREF_EXISTS, GROUPREF_IGNORE, IN, IN_IGNORE, INFO, JUMP, LITERAL,
 LITERAL_IGNORE, MARK, MAX_UNTIL, MIN_UNTIL, NOT_LITERAL, NOT_LITERAL_IGNORE, NEGATE, RANGE,
 REPEAT, REPEAT_ONE, SUBPATTERN, MIN_REPEAT_ONE) = range(32)

_FLAG_IGNORECASE = 2
_FLAG_LOCALE = 4
_FLAG_MULTILINE = 8
_FLAG_DOTALL = 16
_FLAG_UNICODE = 32

_DIGITS = frozenset('0123456789')
_SPACES = frozenset(' \t\n\r\x0b\x0c')
_WORDS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


def getcodesize():
    return CODESIZE


def getlower(ch, flags):
    if flags & _FLAG_UNICODE:
        return ord(unichr(ch).lower())
    if 65 <= ch <= 90:
        return ch + 32
    return ch


def _is_word(c, uni):
    if c in _WORDS:
        return True
    if uni and ord(c) > 127:
        return c.isalnum()
    return False


def _category(code, c):
    if code == 0 or code == 10:
        r = c in _DIGITS or (code == 10 and ord(c) > 127 and c.isdigit())
        return r
    if code == 1 or code == 11:
        return not _category(code - 1, c)
    if code == 2 or code == 12:
        return c in _SPACES or (code == 12 and ord(c) > 127 and c.isspace())
    if code == 3 or code == 13:
        return not _category(code - 1, c)
    if code == 4 or code == 8:
        return c in _WORDS
    if code == 14:
        return _is_word(c, True)
    if code == 5 or code == 9:
        return c not in _WORDS
    if code == 15:
        return not _is_word(c, True)
    if code == 6 or code == 16:
        return c == '\n'
    if code == 7 or code == 17:
        return c != '\n'
    return False


def _in_set(code, pc, ch, c):
    """Whether char `c` (ordinal `ch`) is in the set starting at code[pc]."""
    ok = True
    while True:
        op = code[pc]
        if op == FAILURE:
            return not ok
        if op == LITERAL:
            if ch == code[pc + 1]:
                return ok
            pc += 2
        elif op == RANGE:
            if code[pc + 1] <= ch <= code[pc + 2]:
                return ok
            pc += 3
        elif op == CHARSET:
            if ch < 256 and code[pc + 1 + (ch >> 5)] & (1 << (ch & 31)):
                return ok
            pc += 9
        elif op == BIGCHARSET:
            count = code[pc + 1]
            pc += 2
            if ch < 65536:
                w = code[pc + ((ch >> 8) >> 2)]
                block = (w >> (((ch >> 8) & 3) * 8)) & 0xff
                base = pc + 64 + block * 8
                cc = ch & 255
                if code[base + (cc >> 5)] & (1 << (cc & 31)):
                    return ok
            pc += 64 + count * 8
        elif op == CATEGORY:
            if _category(code[pc + 1], c):
                return ok
            pc += 2
        elif op == NEGATE:
            ok = not ok
            pc += 1
        else:
            raise RuntimeError('internal error in regular expression charset')


class _Matcher(object):
    def __init__(self, pattern, string, pos, endpos):
        self.code = pattern._code
        self.flags = pattern.flags
        self.uni = bool(pattern.flags & (_FLAG_UNICODE | _FLAG_LOCALE))
        self.string = string
        self.end = endpos
        self.ngroups = pattern.groups
        self.reps = []

    def _lower(self, c):
        if self.flags & _FLAG_UNICODE:
            return ord(c.lower()) if ord(c) > 127 else getlower(ord(c), 0)
        return getlower(ord(c), 0)

    def _one(self, pc, pos):
        """Whether the single-character item at pc matches at pos (pos < end)."""
        code = self.code
        op = code[pc]
        c = self.string[pos]
        if op == LITERAL:
            return ord(c) == code[pc + 1]
        if op == NOT_LITERAL:
            return ord(c) != code[pc + 1]
        if op == ANY:
            return c != '\n'
        if op == ANY_ALL:
            return True
        if op == IN:
            return _in_set(code, pc + 2, ord(c), c)
        if op == IN_IGNORE:
            return _in_set(code, pc + 2, self._lower(c), c)
        if op == LITERAL_IGNORE:
            return self._lower(c) == code[pc + 1]
        if op == NOT_LITERAL_IGNORE:
            return self._lower(c) != code[pc + 1]
        if op == CATEGORY:
            return _category(code[pc + 1], c)
        return self._match(pc, pos, lambda p: p == pos + 1)

    def _at(self, kind, pos):
        s = self.string
        end = self.end
        if kind == 0 or kind == 2:
            return pos == 0
        if kind == 1:
            return pos == 0 or s[pos - 1] == '\n'
        if kind == 5:
            return pos == end or (pos == end - 1 and s[pos] == '\n')
        if kind == 6:
            return pos == end or s[pos] == '\n'
        if kind == 7:
            return pos == end
        if kind in (3, 4, 8, 9, 10, 11):
            if end == 0:
                return False
            uni = kind in (10, 11)
            that = pos > 0 and _is_word(s[pos - 1], uni)
            this = pos < end and _is_word(s[pos], uni)
            if kind in (3, 8, 10):
                return this != that
            return this == that
        return False

    def _match(self, pc, pos, k):
        code = self.code
        s = self.string
        end = self.end
        marks = self.marks
        while True:
            op = code[pc]
            if op == SUCCESS:
                return k(pos)
            if op == FAILURE:
                return False
            if op in (LITERAL, NOT_LITERAL, ANY, ANY_ALL, IN, IN_IGNORE, LITERAL_IGNORE,
                      NOT_LITERAL_IGNORE, CATEGORY):
                if pos >= end or not self._one(pc, pos):
                    return False
                pos += 1
                if op in (IN, IN_IGNORE):
                    pc += 1 + code[pc + 1]
                elif op in (ANY, ANY_ALL):
                    pc += 1
                else:
                    pc += 2
            elif op == MARK:
                i = code[pc + 1]
                old = marks[i]
                oldlast = self.lastindex
                marks[i] = pos
                if i & 1:
                    self.lastindex = i // 2 + 1
                if self._match(pc + 2, pos, k):
                    return True
                marks[i] = old
                self.lastindex = oldlast
                return False
            elif op == INFO:
                pc += 1 + code[pc + 1]
            elif op == JUMP:
                pc += 1 + code[pc + 1]
            elif op == AT:
                if not self._at(code[pc + 1], pos):
                    return False
                pc += 2
            elif op == BRANCH:
                saved = marks[:]
                savedlast = self.lastindex
                p = pc + 1
                while code[p]:
                    if self._match(p + 1, pos, k):
                        return True
                    marks[:] = saved
                    self.lastindex = savedlast
                    p += code[p]
                return False
            elif op == REPEAT_ONE or op == MIN_REPEAT_ONE:
                skip, mn, mx = code[pc + 1], code[pc + 2], code[pc + 3]
                item = pc + 4
                nxt = pc + 1 + skip
                if op == REPEAT_ONE:
                    n = pos
                    limit = end if mx == MAXREPEAT else min(end, pos + mx)
                    while n < limit and self._one(item, n):
                        n += 1
                    if n - pos < mn:
                        return False
                    if code[nxt] == SUCCESS and k is _accept:
                        return k(n)
                    saved = marks[:]
                    savedlast = self.lastindex
                    lit = code[nxt + 1] if code[nxt] == LITERAL else -1
                    while n >= pos + mn:
                        if lit < 0 or (n < end and ord(s[n]) == lit):
                            if self._match(nxt, n, k):
                                return True
                            marks[:] = saved
                            self.lastindex = savedlast
                        n -= 1
                    return False
                else:
                    n = pos
                    i = 0
                    while i < mn:
                        if n >= end or not self._one(item, n):
                            return False
                        n += 1
                        i += 1
                    saved = marks[:]
                    savedlast = self.lastindex
                    while True:
                        if self._match(nxt, n, k):
                            return True
                        marks[:] = saved
                        self.lastindex = savedlast
                        if (mx != MAXREPEAT and i >= mx) or n >= end or not self._one(item, n):
                            return False
                        n += 1
                        i += 1
            elif op == REPEAT:
                skip, mn, mx = code[pc + 1], code[pc + 2], code[pc + 3]
                ctx = [-1, mn, mx, pc + 4, pc + 1 + skip + 1, -1]
                self.reps.append(ctx)
                r = self._match(pc + 1 + skip, pos, k)
                if self.reps and self.reps[-1] is ctx:
                    self.reps.pop()
                return r
            elif op == MAX_UNTIL or op == MIN_UNTIL:
                ctx = self.reps[-1]
                count = ctx[0] + 1
                mn, mx = ctx[1], ctx[2]
                if count < mn:
                    savedlast = ctx[5]
                    ctx[0] = count
                    ctx[5] = pos
                    if self._match(ctx[3], pos, k):
                        return True
                    ctx[0] = count - 1
                    ctx[5] = savedlast
                    return False
                can_more = (mx == MAXREPEAT or count < mx) and pos != ctx[5]
                saved = marks[:]
                savedlast = self.lastindex
                if op == MAX_UNTIL:
                    if can_more:
                        old5 = ctx[5]
                        ctx[0] = count
                        ctx[5] = pos
                        if self._match(ctx[3], pos, k):
                            return True
                        ctx[0] = count - 1
                        ctx[5] = old5
                        marks[:] = saved
                        self.lastindex = savedlast
                    self.reps.pop()
                    if self._match(ctx[4], pos, k):
                        return True
                    self.reps.append(ctx)
                    marks[:] = saved
                    self.lastindex = savedlast
                    return False
                else:
                    self.reps.pop()
                    if self._match(ctx[4], pos, k):
                        return True
                    self.reps.append(ctx)
                    marks[:] = saved
                    self.lastindex = savedlast
                    if not can_more:
                        return False
                    old5 = ctx[5]
                    ctx[0] = count
                    ctx[5] = pos
                    if self._match(ctx[3], pos, k):
                        return True
                    ctx[0] = count - 1
                    ctx[5] = old5
                    return False
            elif op == GROUPREF or op == GROUPREF_IGNORE:
                g = code[pc + 1]
                a, b = marks[2 * g], marks[2 * g + 1]
                if a < 0 or b < 0 or b < a:
                    return False
                sub = s[a:b]
                n = len(sub)
                if pos + n > end:
                    return False
                if op == GROUPREF:
                    if s[pos:pos + n] != sub:
                        return False
                else:
                    for j in range(n):
                        if self._lower(s[pos + j]) != self._lower(sub[j]):
                            return False
                pos += n
                pc += 2
            elif op == GROUPREF_EXISTS:
                g = code[pc + 1]
                a, b = marks[2 * g], marks[2 * g + 1]
                if a >= 0 and b >= 0 and a <= b:
                    pc += 3
                else:
                    pc += 1 + code[pc + 2]
            elif op == ASSERT or op == ASSERT_NOT:
                skip, back = code[pc + 1], code[pc + 2]
                p = pos - back
                saved = marks[:]
                savedlast = self.lastindex
                ok = p >= 0 and self._match(pc + 3, p, _accept_end(pos if back else None))
                if op == ASSERT_NOT:
                    marks[:] = saved
                    self.lastindex = savedlast
                    if ok:
                        return False
                elif not ok:
                    return False
                pc += 1 + skip
            elif op == CALL:
                skip = code[pc + 1]
                ends = []
                if not self._match(pc + 2, pos, lambda p: ends.append(p) or True):
                    return False
                pos = ends[0]
                pc += 1 + skip
            else:
                raise RuntimeError('internal error in regular expression engine')

    def run(self, start):
        """Matches at `start`; returns the end position or -1."""
        self.marks = [-1] * (2 * self.ngroups)
        self.lastindex = None
        self.reps = []
        result = []
        def k(p):
            result.append(p)
            return True
        if self._match(0, start, k):
            return result[0]
        return -1


def _accept(p):
    return True


def _accept_end(required):
    if required is None:
        return _accept
    return lambda p: p == required


class SRE_Match(object):
    def __init__(self, pattern, string, pos, endpos, start, end, marks, lastindex):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._start = start
        self._end = end
        self._marks = marks
        self.lastindex = lastindex
        if lastindex is not None and pattern._indexgroup and lastindex < len(pattern._indexgroup):
            self.lastgroup = pattern._indexgroup[lastindex]
        else:
            self.lastgroup = None

    def _index(self, g):
        if isinstance(g, (int, long)):
            if 0 <= g <= self.re.groups:
                return g
        else:
            try:
                return self.re.groupindex[g]
            except (KeyError, TypeError):
                pass
        raise IndexError('no such group')

    def _span(self, i):
        if i == 0:
            return (self._start, self._end)
        a, b = self._marks[2 * i - 2], self._marks[2 * i - 1]
        if a < 0 or b < 0 or b < a:
            return (-1, -1)
        return (a, b)

    def _group(self, i, default=None):
        a, b = self._span(i)
        if a < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._group(0)
        if len(args) == 1:
            return self._group(self._index(args[0]))
        return tuple([self._group(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._group(self._index(g))

    def groups(self, default=None):
        return tuple([self._group(i, default) for i in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        d = {}
        for name, i in self.re.groupindex.items():
            d[name] = self._group(i, default)
        return d

    def start(self, group=0):
        return self._span(self._index(group))[0]

    def end(self, group=0):
        return self._span(self._index(group))[1]

    def span(self, group=0):
        return self._span(self._index(group))

    @property
    def regs(self):
        return tuple([self._span(i) for i in range(self.re.groups + 1)])

    def expand(self, template):
        import re
        return re._expand(self.re, self, template)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

SRE_Match.__name__ = 'SRE_Match'
SRE_Match.__module__ = '_sre'


class SRE_Scanner(object):
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos

    def _next(self, anchored):
        if self._pos > self._endpos:
            return None
        m = self.pattern._exec(self._string, self._pos, self._endpos, anchored)
        if m is None:
            self._pos = self._endpos + 1
            return None
        if m._end == m._start:
            self._pos = m._end + 1
        else:
            self._pos = m._end
        return m

    def match(self):
        return self._next(True)

    def search(self):
        return self._next(False)


def _norm(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class SRE_Pattern(object):
    def __init__(self, pattern, flags, code, groups, groupindex, indexgroup):
        self.pattern = pattern
        self.flags = flags
        self._code = list(code)
        self.groups = groups
        self.groupindex = groupindex
        self._indexgroup = indexgroup
        self._prefix = None
        # Literal prefix from INFO (to skip impossible start positions quickly).
        if self._code and self._code[0] == INFO and self._code[2] & 1:
            plen = self._code[5]
            self._prefix = u''.join([unichr(c) for c in self._code[7:7 + plen]]) if plen else None

    def _check(self, string):
        if not isinstance(string, basestring):
            if isinstance(string, (bytearray, buffer)):
                return str(string)
            raise TypeError('expected string or buffer')
        return string

    def _exec(self, string, pos, endpos, anchored):
        if pos > endpos:
            return None
        m = _Matcher(self, string, pos, endpos)
        starts = [pos] if anchored else xrange(pos, endpos + 1)
        first = None
        if not anchored and self._prefix is not None and not (self.flags & _FLAG_IGNORECASE):
            first = self._prefix[0]
            try:
                first = str(first) if isinstance(string, str) else first
            except UnicodeError:
                return None
        for st in starts:
            if first is not None:
                st = string.find(first, st, endpos)
                if st < 0:
                    return None
            e = m.run(st)
            if e >= 0:
                return SRE_Match(self, string, pos, endpos, st, e, m.marks, m.lastindex)
            if first is not None and st >= endpos:
                return None
        return None

    def match(self, string, pos=0, endpos=_sys.maxint):
        string = self._check(string)
        pos, endpos = _norm(string, pos, endpos)
        return self._exec(string, pos, endpos, True)

    def search(self, string, pos=0, endpos=_sys.maxint):
        string = self._check(string)
        pos, endpos = _norm(string, pos, endpos)
        return self._exec(string, pos, endpos, False)

    def scanner(self, string, pos=0, endpos=_sys.maxint):
        string = self._check(string)
        pos, endpos = _norm(string, pos, endpos)
        return SRE_Scanner(self, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_sys.maxint):
        sc = self.scanner(string, pos, endpos)
        return iter(sc.search, None)

    def findall(self, string, pos=0, endpos=_sys.maxint):
        string = self._check(string)
        pos, endpos = _norm(string, pos, endpos)
        out = []
        while pos <= endpos:
            m = self._exec(string, pos, endpos, False)
            if m is None:
                break
            if self.groups == 0:
                item = string[m._start:m._end]
            elif self.groups == 1:
                item = m._group(1, string[:0])
            else:
                item = tuple([m._group(i, string[:0]) for i in range(1, self.groups + 1)])
            out.append(item)
            pos = m._end + 1 if m._end == m._start else m._end
        return out

    def split(self, string, maxsplit=0):
        string = self._check(string)
        out = []
        last = 0
        n = 0
        pos = 0
        end = len(string)
        while (not maxsplit or n < maxsplit) and pos <= end:
            m = self._exec(string, pos, end, False)
            if m is None:
                break
            if m._end == m._start:
                if m._start >= end:
                    break
                pos = m._start + 1
                continue
            out.append(string[last:m._start])
            for i in range(1, self.groups + 1):
                out.append(m._group(i))
            n += 1
            last = pos = m._end
        out.append(string[last:])
        return out

    def _subx(self, repl, string, count, subn):
        string = self._check(string)
        if callable(repl):
            filt = repl
            literal = None
        elif '\\' not in repl:
            filt = None
            literal = repl
        else:
            import re
            f = re._subx(self, repl)
            if callable(f):
                filt = f
                literal = None
            else:
                filt = None
                literal = f
        out = []
        i = 0
        n = 0
        pos = 0
        end = len(string)
        while (not count or n < count) and pos <= end:
            m = self._exec(string, pos, end, False)
            if m is None:
                break
            b, e = m._start, m._end
            if i < b:
                out.append(string[i:b])
            if not (i == b == e and n > 0):
                if filt is not None:
                    r = filt(m)
                    if r:
                        out.append(r)
                else:
                    out.append(literal)
                n += 1
            i = e
            pos = e + 1 if e == b else e
        if i < end:
            out.append(string[i:])
        res = string[:0].join(out) if out else string[:0]
        if subn:
            return res, n
        return res

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count, False)

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count, True)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        import re
        return (re._compile, (self.pattern, self.flags))

SRE_Pattern.__name__ = 'SRE_Pattern'
SRE_Pattern.__module__ = '_sre'


def compile(pattern, flags, code, groups=0, groupindex={}, indexgroup=[None]):
    return SRE_Pattern(pattern, flags, code, groups, groupindex, indexgroup)

del _sys
