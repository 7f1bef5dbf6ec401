# An uncaught exception raised inside a generator, through yield from and a for loop.
def source():
    yield 1
    yield 2
    raise KeyError("source ran dry")

def relay():
    got = yield from source()
    return got

def consume():
    for item in relay():
        print("item", item)

consume()
