# Built-in methods live in their types' namespaces: read from the type or through a value,
# called bound or unbound, shadowed by a subclass's own.
for t in [list, dict, tuple, set, frozenset]:
    print(t.__name__, sorted(k for k in vars(t) if not k.startswith("_")))
print(list.append, str.upper, dict.get, set.add, frozenset.union, int.bit_length, float.is_integer)
print(list.append is list.append, list.__dict__["append"] is list.append, list.append.__qualname__)

xs = []
list.append(xs, 1)
type(xs).extend(xs, [2, 3])
print(xs, str.upper("ab"), str.join("-", ["a", "b"]), dict.get({1: 2}, 1), tuple.count((1, 1, 2), 1))
print(set.union({1}, {2}), frozenset.union(frozenset({1}), {3}) == {1, 3}, int.bit_length(255), int.bit_length(True))
print(float.is_integer(2.0), (2**70).bit_length(), str.split("a b", maxsplit=1), str.rindex("abca", "a"))
print(hasattr([], "append"), hasattr((), "append"), hasattr(frozenset(), "add"), hasattr(1, "bit_length"))

calls = [
    lambda: str.upper(1), lambda: list.append(), lambda: set.add(frozenset(), 1), lambda: dict.keys([]),
    lambda: [].append(), lambda: {}.keys(1), lambda: set().add(1, 2), lambda: set().add(x=1),
    lambda: frozenset().copy(1), lambda: [].reverse(1), lambda: "a".center(),
    lambda: (1, 2).index(3), lambda: [1].index(2), lambda: [].pop(), lambda: {}.popitem(),
    lambda: set().pop(), lambda: "abc".index("z"),
]
for f in calls:
    try:
        f()
    except (TypeError, ValueError, IndexError, KeyError, AttributeError) as e:
        print(type(e).__name__ + ":", e)


def gen():
    yield 1
    yield 2


async def coro():
    return 3


g = gen()
print(type(g).send(g, None), g.__next__(), hasattr(g, "__await__"), hasattr(g, "send"))
g.close()
c = coro()
print(hasattr(c, "__next__"), hasattr(c, "__await__"), hasattr(c, "send"))
for name in ["__next__", "__iter__"]:
    try:
        getattr(c, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    c.send(None)
except StopIteration as e:
    print("StopIteration", e.value)


class Mine(Exception):
    def add_note(self, note):
        print("own add_note", note)
        return super().add_note(note)


class Plain(Exception):
    pass


e = Mine("x")
print(e.add_note("n"), Plain().with_traceback(None).args, Plain.with_traceback, Exception.add_note)
print(BaseException.with_traceback(e, None) is e)

p = property(lambda s: 1)
print(type(p.setter(lambda s, v: None)).__name__, type(property.getter(p, lambda s: 2)).__name__)
