# A curious course on coroutines: grep, broadcast, and close()
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start

@coroutine
def grep(pattern, target):
    print("Looking for %s" % pattern)
    try:
        while True:
            line = (yield)
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        print("Going away. Goodbye")

@coroutine
def printer(prefix):
    while True:
        line = (yield)
        print(prefix, line, end="")

@coroutine
def broadcast(targets):
    while True:
        item = (yield)
        for target in targets:
            target.send(item)

lines = [
    "a python is a snake\n",
    "ply is a parser generator\n",
    "python generators are neat\n",
    "the ply parser uses python\n",
]
p = printer(">>")
b = broadcast([grep("python", p), grep("ply", p), grep("swig", p)])
for line in lines:
    b.send(line)
b.close()

g = grep("python", printer("--"))
g.send("Yeah, but no, but yeah, but no\n")
g.send("A series of tubes\n")
g.send("python generators rock!\n")
g.close()

def countdown(n):
    print("Counting down from", n)
    while n >= 0:
        newvalue = (yield n)
        if newvalue is not None:
            n = newvalue
        else:
            n -= 1

c = countdown(5)
for x in c:
    print(x)
    if x == 5:
        c.send(3)

g = grep("python", printer("!!"))
try:
    g.throw(RuntimeError, "You're hosed")
except RuntimeError as e:
    print("caught", repr(e))
