# Simulation: a hand-written tokenizer and recursive-descent calculator with variables.
import string
class TokenError(Exception): pass
def tokenize(src):
    toks = []
    i = 0
    while i < len(src):
        c = src[i]
        if c in ' \t': i += 1
        elif c in string.digits or (c == '.' and i + 1 < len(src) and src[i + 1] in string.digits):
            j = i
            while j < len(src) and (src[j] in string.digits or src[j] == '.'):
                j += 1
            toks.append(('NUM', float(src[i:j]) if '.' in src[i:j] else int(src[i:j]))); i = j
        elif c in string.ascii_letters + '_':
            j = i
            while j < len(src) and (src[j] in string.ascii_letters + string.digits + '_'):
                j += 1
            toks.append(('NAME', src[i:j])); i = j
        elif src.startswith('**', i):
            toks.append(('OP', '**')); i += 2
        elif c in '+-*/%()=,':
            toks.append(('OP', c)); i += 1
        else:
            raise TokenError('bad character %r at %d' % (c, i))
    toks.append(('END', None))
    return toks
class Calc(object):
    FUNCS = {'max': max, 'min': min, 'abs': abs}
    def __init__(self):
        self.vars = {'pi': 3.14159}
    def run(self, src):
        self.toks = tokenize(src)
        self.pos = 0
        if self.toks[0][0] == 'NAME' and self.toks[1] == ('OP', '='):
            name = self.toks[0][1]
            self.pos = 2
            val = self.expr()
            self.vars[name] = val
        else: val = self.expr()
        if self.peek()[0] != 'END':
            raise SyntaxError('unexpected %r' % (self.peek()[1],))
        return val
    def peek(self): return self.toks[self.pos]
    def take(self, kind=None, value=None):
        t = self.toks[self.pos]
        if (kind and t[0] != kind) or (value and t[1] != value):
            raise SyntaxError('expected %s, got %r' % (value or kind, t[1]))
        self.pos += 1
        return t
    def expr(self):
        v = self.term()
        while self.peek() in (('OP', '+'), ('OP', '-')):
            op = self.take()[1]
            v = v + self.term() if op == '+' else v - self.term()
        return v
    def term(self):
        v = self.factor()
        while self.peek() in (('OP', '*'), ('OP', '/'), ('OP', '%')):
            op = self.take()[1]
            r = self.factor()
            v = v * r if op == '*' else (v / r if op == '/' else v % r)
        return v
    def factor(self):
        if self.peek() == ('OP', '-'):
            return self.take() and -self.factor()
        base = self.atom()
        if self.peek() == ('OP', '**'):
            self.take()
            return base ** self.factor()
        return base
    def atom(self):
        kind, val = self.take()
        if kind == 'NUM': return val
        if kind == 'NAME':
            if self.peek() == ('OP', '('):
                self.take()
                args = [self.expr()]
                while self.peek() == ('OP', ',') and self.take():
                    args.append(self.expr())
                self.take('OP', ')')
                return self.FUNCS[val](*args)
            if val not in self.vars: raise NameError('undefined variable %r' % val)
            return self.vars[val]
        if val == '(':
            v = self.expr()
            self.take('OP', ')')
            return v
        raise SyntaxError('unexpected %r' % (val,))
print tokenize('x = 3.5 * (y2 + 10) ** 2')
c = Calc()
for line in ['1 + 2 * 3', '(1 + 2) * 3', '2 ** 3 ** 2', '-2 ** 2', '7 / 2', '7.0 / 2', '-7 % 3',
             'r = 10', 'area = pi * r ** 2', 'area', 'max(1, r, 4) - min(3, abs(-8))',
             'q + 1', '3 +', '(1 + 2', '4 $ 4', '1 / 0', '2 ** 100', 'x = y = 1']:
    try:
        print '%-32s => %r' % (line, c.run(line))
    except (SyntaxError, NameError, TokenError, ZeroDivisionError) as e:
        print '%-32s => %s: %s' % (line, type(e).__name__, e)
print sorted(c.vars.items())
