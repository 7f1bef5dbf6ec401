# Chained exceptions through generators: context set inside a generator's handler,
# an explicit cause, and an exception thrown in with throw().
class ParseError(Exception):
    pass

def records(lines):
    for n, line in enumerate(lines, 1):
        try:
            key, value = line.split("=")
        except ValueError as e:
            raise ParseError(f"line {n}: {line!r}") from e
        yield key, int(value)

def consumer():
    seen = []
    while True:
        try:
            item = yield
            seen.append(item)
        except KeyError:
            print("consumer saw", seen)
            raise RuntimeError("consumer gave up")

try:
    print(dict(records(["a=1", "b"])))
except ParseError as e:
    print("caught", e, "cause", repr(e.__cause__))

c = consumer()
next(c)
c.send(1)
try:
    c.throw(KeyError("boom"))
except RuntimeError as e:
    print("context:", repr(e.__context__))

def cleanup():
    try:
        yield 1
    finally:
        {}["missing"]

g = cleanup()
next(g)
try:
    g.throw(ValueError("first"))
except KeyError as e:
    print("finally replaced it; context", repr(e.__context__))
print(dict(records(["x=1", "y=two"])))
