CONSTANT = 42
call_count = 0
def double(x):
    global call_count
    call_count += 1
    return x * 2
