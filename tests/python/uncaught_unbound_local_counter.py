# A name assigned anywhere in a function is local throughout it.
x = 'global x'
def reads():
    return x
def assigns():
    x = 'local x'
    return x
print reads(), assigns(), x
def reads_then_assigns():
    try:
        print x
    except UnboundLocalError, e:
        print 'UnboundLocalError:', e
    x = 1
reads_then_assigns()
count = 0
def increment_ok():
    global count
    count += 1
    return count
print increment_ok(), increment_ok()
def read_only():
    return count * 10
print read_only()
def increment_broken():
    count += 1
    return count
print increment_broken()
