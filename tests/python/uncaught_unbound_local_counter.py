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
