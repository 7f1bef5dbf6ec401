def g():
    next(iter([]))
    yield 1
for x in g():
    pass
