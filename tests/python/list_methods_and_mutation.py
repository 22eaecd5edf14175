todo = ['write', 'test', 'ship']
todo.insert(1, 'review')
todo.append('celebrate')
todo.extend(('rest',))
print todo, len(todo)
print todo.index('test'), todo.index('ship', 2), todo.count('rest')
try:
    todo.index('ship', 0, 2)
except ValueError, e:
    print 'ValueError:', e
todo.remove('rest')
last = todo.pop()
first = todo.pop(0)
print first, last, todo
todo[1:1] = ['refactor', 'retest']
print todo
todo[-1:] = []
print todo
todo.reverse()
print todo
nums = [5, 3, 8, 1, 9, 2]
nums.sort()
print nums
nums.sort(key=lambda n: -n)
print nums
nums.sort(cmp=lambda a, b: (a % 3) - (b % 3))
print nums
del nums[::2]
print nums
nums += [0] * 2
print nums
nums *= 2
print nums, nums.count(0)
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print matrix
alias = matrix[0]
alias.append('x')
print matrix[0]
copy = matrix[:]
copy[1] = 'replaced'
print matrix[1], copy[1]
stack = []
for ch in '(()())':
    if ch == '(':
        stack.append(ch)
    else:
        stack.pop()
print 'balanced' if not stack else 'unbalanced'
items = range(10)
items[2:8:2] = ['a', 'b', 'c']
print items
print [1, 2, 3] + [4], [1] * 0, [[1]] * 2 == [[1], [1]], [] == [], [1, [2]] == [1, [2]]
lst = [3, 1, 2]
print sorted(lst), lst, lst.sort(), lst
print list(reversed(lst)), lst[::-1], lst
empty = []
try:
    empty.pop(0)
except IndexError, e:
    print 'IndexError:', e
l = [1, 2, 3]
l[5:] = [9]
print l
l[-10:1] = ['front']
print l
