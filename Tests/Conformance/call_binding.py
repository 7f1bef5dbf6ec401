# Argument binding: defaults, keywords, *args, **kwargs, and CPython's TypeErrors for bad calls.
def f(a, b=2, *args, c=3, **kw):
    return (a, b, args, c, kw)
print(f(1))
print(f(1, 5, 6, 7, c=8, z=9))
print(f(*[1, 2, 3], **{"c": 4}))
print(f(b=1, a=2))
print(f(1, *(2, 3), *[4], c=5, **{"d": 6}, e=7))

def kwonly(a, *, b, c=10):
    return a, b, c
print(kwonly(1, b=2), kwonly(a=1, c=3, b=2))

def defaults_evaluated_once(x, acc=[]):
    acc.append(x)
    return acc
print(defaults_evaluated_once(1), defaults_evaluated_once(2))

def star_only(*args):
    return args
def kw_only_dict(**kwargs):
    return kwargs
print(star_only(), star_only(1, 2), kw_only_dict(), kw_only_dict(x=1, y=2))

def attempt(label, fn, *args, **kwargs):
    try:
        print(label, "->", fn(*args, **kwargs))
    except TypeError as e:
        print(label, "-> TypeError:", e)

def two(a, b):
    return a + b
def three(a, b, c):
    return a
def one_default(a, b=1):
    return a
def nothing():
    return None

attempt("missing 1", two, 1)
attempt("missing 2", two)
attempt("missing 3", three)
attempt("missing 2 of 3", three, 1)
attempt("too many", two, 1, 2, 3)
attempt("too many 2", nothing, 1)
attempt("too many 1", one_default, 1, 2, 3)
attempt("too many kwonly", kwonly, 1, 2)
attempt("unexpected kw", two, 1, 2, d=4)
attempt("unexpected kw 2", nothing, x=1)
attempt("multiple values", two, 1, a=2)
attempt("multiple values b", two, 1, 2, b=3)
attempt("missing kwonly", kwonly, 1)
attempt("missing kwonly 2", lambda *, x, y: 0)
attempt("lambda missing", lambda x: x)
attempt("lambda too many", lambda x: x, 1, 2)
attempt("star not iterable", two, *[1])
attempt("ok with star", two, *"ab")
attempt("dict merge kw", two, **{"a": 1, "b": 2})

def gen_args(a, b=0):
    yield a + b
attempt("generator missing", gen_args)
print(list(gen_args(1, b=5)))

# call-site errors the VM raises
try:
    two(1, **{"a": 1})
except TypeError as e:
    print("TypeError:", e)
for not_callable in [5, "str", None, [1]]:
    try:
        not_callable()
    except TypeError as e:
        print("TypeError:", e)

# builtins with bad arguments
one_int = 1
one_tuple = (1,)
one_str = "x"
abc = "abc"
for label, thunk in [
    ("len()", lambda: len()),
    ("len(1)", lambda: len(1)),
    ("len(1, 2)", lambda: len(1, 2)),
    ("abs('x')", lambda: abs("x")),
    ("int([])", lambda: int([])),
    ("next(5)", lambda: next(5)),
    ("iter(5)", lambda: iter(5)),
    ("sorted(1)", lambda: sorted(1)),
    ("min()", lambda: min()),
    ("max([])", lambda: max([])),
    ("range('a')", lambda: range("a")),
    ("1 + None", lambda: 1 + None),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("[] < 1", lambda: [] < 1),
    ("-'a'", lambda: -"a"),
    ("len(5.0)", lambda: len(5.0)),
    ("{}[[]]", lambda: {}[[]]),
    ("int[0]", lambda: one_int[0]),
    ("'abc'[1.0]", lambda: abc[1.0]),
    ("'abc'['x']", lambda: abc["x"]),
    ("[1]['x']", lambda: [1][one_str]),
    ("(1,)[None]", lambda: one_tuple[None]),
]:
    try:
        print(label, thunk())
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__ + ":", e)

# keyword arguments to builtins
print(sorted([3, 1, 2], reverse=True), max([1, 5, 3], key=lambda v: -v), min([], default="empty"))
print("x", "y", sep="-", end="!\n")
print(*[1, 2, 3], sep=", ")
print()
print("no newline", end="")
print(" <- same line")
print(sep="unused")
