# add_note() and __notes__ on any exception (Python 3.11), and what split() does with them.

class ParseError(Exception):
    def __init__(self, line, text):
        super().__init__(f"line {line}: cannot parse {text!r}")
        self.line = line


def parse(lines):
    values = []
    for i, text in enumerate(lines, 1):
        try:
            values.append(int(text))
        except ValueError as e:
            e.add_note(f"while reading line {i}")
            e.add_note("hint: numbers only")
            raise ParseError(i, text) from e
    return values


try:
    parse(["1", "2", "x3"])
except ParseError as e:
    print(e, "| cause:", e.__cause__, "| notes:", e.__cause__.__notes__)
    print(hasattr(e, "__notes__"), e.line)

e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nwith a newline")
print(e.__notes__, e.__dict__)

for bad in (3, None, 4.5):
    try:
        e.add_note(bad)
    except TypeError as err:
        print(type(err).__name__, err)
try:
    e.add_note("a", "b")
except TypeError as err:
    print(type(err).__name__, err)

e.__notes__ = ("a tuple",)
try:
    e.add_note("more")
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = ["replaced"]
e.add_note("appended")
print(e.__notes__)
del e.__notes__
print(hasattr(e, "__notes__"))

g = ExceptionGroup("checks", [ValueError("a"), TypeError("b")])
g.add_note("group note")
g.exceptions[0].add_note("leaf note")
m, r = g.split(ValueError)
print(m.__notes__, r.__notes__, m.exceptions[0].__notes__)
m.__notes__.append("match only")
print(g.__notes__, m.__notes__)

class Custom(Exception):
    pass

c = Custom("c")
c.add_note("custom note")
c.detail = 7
print(c.__notes__, c.detail, sorted(c.__dict__))
