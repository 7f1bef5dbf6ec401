# split() and subgroup(): by type, by a tuple of types, by a predicate; nesting is kept.

def show(label, part):
    print(f"{label}: {part!r}")


def build():
    return ExceptionGroup("import run", [
        ValueError("row 3: price"),
        ExceptionGroup("row 7", [TypeError("qty is str"), ValueError("row 7: price")]),
        KeyError("sku"),
        ExceptionGroup("row 9", [OSError("disk")]),
    ])


eg = build()
match, rest = eg.split(ValueError)
show("ValueError match", match)
show("ValueError rest", rest)
show("tuple", eg.subgroup((TypeError, KeyError)))
show("lookup errors", eg.subgroup(LookupError))
show("predicate", eg.subgroup(lambda e: "price" in str(e)))
show("predicate on groups too", eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "row 7"))
show("nothing", eg.subgroup(ZeroDivisionError))
print("split nothing:", eg.split(ZeroDivisionError)[0], eg.split(ZeroDivisionError)[1] is eg)
print("everything is itself:", eg.subgroup(Exception) is eg, eg.split(Exception)[0] is eg, eg.split(Exception)[1])
print("group type matches itself:", eg.subgroup(ExceptionGroup) is eg)
print("same leaves:", match.exceptions[0] is eg.exceptions[0], match.exceptions[1].exceptions[0] is eg.exceptions[1].exceptions[1])

# Leaves pass through the predicate in order; groups first.
seen = []
def spy(e):
    seen.append(type(e).__name__)
    return False
eg.split(spy)
print("visited:", seen)

# The parts copy the original's cause, context and notes; the context is then not shown.
try:
    try:
        raise OSError("network down")
    except OSError:
        raise ExceptionGroup("sync", [ValueError("v"), TypeError("t")])
except ExceptionGroup as caught:
    caught.add_note("while syncing")
    v, t = caught.split(ValueError)
    print(repr(v.__context__), v.__cause__, v.__suppress_context__, caught.__suppress_context__)
    print(v.__notes__, t.__notes__, v.__notes__ is caught.__notes__)
    v.add_note("only on the match")
    print(caught.__notes__, v.__notes__, t.__notes__)

try:
    raise ExceptionGroup("with cause", [ValueError(1), KeyError(2)]) from RuntimeError("root")
except ExceptionGroup as caught:
    part = caught.subgroup(KeyError)
    print(repr(part), repr(part.__cause__), part.__suppress_context__)

# derive() makes the new group: the message kept, the type chosen again.
print(repr(eg.derive([ValueError("new")])))
print(repr(eg.derive([KeyboardInterrupt()])), type(eg.derive([KeyboardInterrupt()])).__name__)

for bad in (int, (ValueError, "x"), [ValueError], "ValueError", None):
    try:
        eg.split(bad)
    except TypeError as e:
        print(f"split({bad!r}): {e}")
for call in (lambda: eg.split(), lambda: eg.subgroup(ValueError, TypeError), lambda: eg.derive(),
             lambda: eg.split(matcher=ValueError)):
    try:
        call()
    except TypeError as e:
        print(type(e).__name__, e)
try:
    eg.subgroup(lambda e: 1 / 0)
except ZeroDivisionError as e:
    print("predicate raised:", e)
