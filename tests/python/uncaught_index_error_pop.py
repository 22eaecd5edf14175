# A small RPN evaluator built on a list used as a stack.
ops = {'+': lambda a, b: a + b, '*': lambda a, b: a * b}
print sorted(ops)
stack = []
def push(x):
    stack.append(x)
    print 'push', x, stack
def pop():
    v = stack.pop()
    print 'pop', v, stack
    return v
for tok in '3 4 + 2 *'.split():
    if tok.isdigit():
        push(int(tok))
    else:
        b, a = pop(), pop()
        push(a + b if tok == '+' else a * b)
print 'result', pop()
print 'one more pop'
pop()
