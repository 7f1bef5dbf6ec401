# Uncaught exceptions with no message, a multi-argument message and a generator's StopIteration value.
def check(n):
    assert n > 0
    return n

print(check(3))
try:
    check(-1)
except AssertionError as e:
    print("assert with no message:", repr(e))
g = iter([])
raise ValueError("first", 2, None)
