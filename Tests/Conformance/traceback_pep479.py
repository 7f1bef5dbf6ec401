# A StopIteration escaping a generator body becomes RuntimeError (PEP 479), uncaught.
def leaky():
    yield "ok"
    next(iter([]))

for value in leaky():
    print(value)
