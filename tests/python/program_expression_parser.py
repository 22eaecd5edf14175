import re
TOKEN = re.compile(r'\s*(?:(\d+\.?\d*)|(.))')

class ParseError(Exception):
    pass

def tokenize(text):
    tokens = []
    pos = 0
    text = text.strip()
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m:
            raise ParseError('bad input at %d' % pos)
        num, op = m.groups()
        if num:
            tokens.append(('num', float(num) if '.' in num else int(num)))
        elif op.strip():
            tokens.append(('op', op))
        pos = m.end()
    tokens.append(('end', None))
    return tokens

class Parser(object):
    def __init__(self, text):
        self.tokens = tokenize(text)
        self.i = 0
    def peek(self):
        return self.tokens[self.i]
    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok
    def expect(self, op):
        kind, val = self.take()
        if val != op:
            raise ParseError('expected %r, got %r' % (op, val))
    def parse(self):
        v = self.expr()
        if self.peek()[0] != 'end':
            raise ParseError('trailing input: %r' % (self.peek()[1],))
        return v
    def expr(self):
        v = self.term()
        while self.peek()[1] in ('+', '-'):
            op = self.take()[1]
            r = self.term()
            v = v + r if op == '+' else v - r
        return v
    def term(self):
        v = self.factor()
        while self.peek()[1] in ('*', '/', '%'):
            op = self.take()[1]
            r = self.factor()
            if op == '*':
                v *= r
            elif op == '/':
                v /= r
            else:
                v %= r
        return v
    def factor(self):
        base = self.unary()
        if self.peek()[1] == '^':
            self.take()
            return base ** self.factor()
        return base
    def unary(self):
        kind, val = self.peek()
        if val == '-':
            self.take()
            return -self.unary()
        if val == '(':
            self.take()
            v = self.expr()
            self.expect(')')
            return v
        if kind == 'num':
            self.take()
            return val
        raise ParseError('unexpected %r' % (val,))

for src in ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-7 / 2', '7 / 2.0', '10 % 4 - -3',
            '2 * (3 + (4 - 1)) ^ 2', '1.5 * 4', '((((5))))', '1 +', '(1 + 2', '3 3', '1 / 0', '2 $ 3']:
    try:
        print '%-24s = %r' % (src, Parser(src).parse())
    except ParseError, e:
        print '%-24s ! ParseError: %s' % (src, e)
    except ZeroDivisionError, e:
        print '%-24s ! ZeroDivisionError: %s' % (src, e)
