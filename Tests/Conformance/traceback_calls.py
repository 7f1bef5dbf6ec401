# An uncaught exception three calls deep: exit status 1 and a traceback on stderr.
def level3(values):
    total = 0
    for v in values:
        total += 10 // v
    return total

def level2(values):
    print("level2 sees", values)
    return level3(values)

def level1():
    print("partial", level2([1, 2]))
    return level2([5, 0])

print("start")
level1()
print("never printed")
