class Box:
    def __init__(self, items):
        self.items = items


b = Box([1, 2, 3])
attempts = [
    ("iter", lambda: iter(b)), ("for", lambda: [x for x in b]), ("list", lambda: list(b)), ("in", lambda: 2 in b),
    ("unpack", lambda: [*b]), ("len", lambda: len(b)), ("call", lambda: b()), ("index", lambda: b[0]),
    ("setitem", lambda: b.__setitem__), ("assign", lambda: b.__class__.__setitem__), ("sum", lambda: sum(b)),
    ("sorted", lambda: sorted(b)), ("enumerate", lambda: enumerate(b)), ("zip", lambda: zip(b, b)),
    ("dict", lambda: dict(b)), ("reversed", lambda: reversed(b)), ("next", lambda: next(b)), ("str.join", lambda: ",".join(b)),
    ("with", lambda: Box.__enter__), ("max", lambda: max(b)),
]
for label, thunk in attempts:
    try:
        thunk()
        print(label, "ok")
    except (TypeError, AttributeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
for label, stmt in [("setitem", "b[0] = 1"), ("delitem", "del b[0]")]:
    try:
        if label == "setitem":
            b[0] = 1
        else:
            del b[0]
    except TypeError as e:
        print(f"{label}: {e}")


class OnlyLen:
    def __len__(self):
        return 3


print(len(OnlyLen()), bool(OnlyLen()))
try:
    list(OnlyLen())
except TypeError as e:
    print("TypeError:", e)


class BadLen:
    def __len__(self):
        return -1


class FloatLen:
    def __len__(self):
        return 2.5


class BadBool:
    def __bool__(self):
        return 1


for thunk in [lambda: len(BadLen()), lambda: len(FloatLen()), lambda: bool(BadBool()), lambda: not BadBool()]:
    try:
        thunk()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


class Inventory:
    def __init__(self):
        self.box = Box(["apple"])

    def first(self):
        return self.box[0]


Inventory().first()
