# CPython's messages for everything that goes wrong with sets.
def attempt(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)

s = {1, 2}
fs = frozenset({1})
attempt("set(1, 2)", lambda: set(1, 2))
attempt("set(a=1)", lambda: set(a=1))
attempt("frozenset(1, 2)", lambda: frozenset(1, 2))
attempt("frozenset(a=1)", lambda: frozenset(a=1))
attempt("set(1)", lambda: set(1))
attempt("frozenset(None)", lambda: frozenset(None))
attempt("set([[1]])", lambda: set([[1]]))
attempt("{[1]}", lambda: {[1]})
attempt("{{1}}", lambda: {{1}})
attempt("{*1}", lambda: {*1})
attempt("{x for x in 5}", lambda: {x for x in 5})
attempt("{{}: 1}", lambda: {{}: 1})
attempt("hash(set())", lambda: hash(set()))
attempt("s.add()", lambda: s.add())
attempt("s.add(1, 2)", lambda: s.add(1, 2))
attempt("s.add([])", lambda: s.add([]))
attempt("s.add(x=1)", lambda: s.add(x=1))
attempt("s.remove(9)", lambda: s.remove(9))
attempt("s.remove('k')", lambda: s.remove("k"))
attempt("s.remove((1, 2))", lambda: s.remove((1, 2)))
attempt("s.remove({9})", lambda: s.remove({9}))
attempt("s.remove([])", lambda: s.remove([]))
attempt("s.discard()", lambda: s.discard())
attempt("s.discard({})", lambda: s.discard({}))
attempt("set().pop()", lambda: set().pop())
attempt("s.pop(0)", lambda: s.pop(0))
attempt("s.clear(1)", lambda: s.clear(1))
attempt("s.copy(1)", lambda: s.copy(1))
attempt("s.union(1)", lambda: s.union(1))
attempt("s.union([], 5)", lambda: s.union([], 5))
attempt("s.union(a=1)", lambda: s.union(a=1))
attempt("s.update(1)", lambda: s.update(1))
attempt("s.update([[1]])", lambda: s.update([[1]]))
attempt("s.intersection(1)", lambda: s.intersection(1))
attempt("s.intersection_update(1)", lambda: s.intersection_update(1))
attempt("s.difference(5)", lambda: s.difference(5))
attempt("s.difference_update([[1]])", lambda: s.difference_update([[1]]))
attempt("s.symmetric_difference()", lambda: s.symmetric_difference())
attempt("s.symmetric_difference(1)", lambda: s.symmetric_difference(1))
attempt("s.symmetric_difference_update(1, 2)", lambda: s.symmetric_difference_update(1, 2))
attempt("s.issubset()", lambda: s.issubset())
attempt("s.issubset(1)", lambda: s.issubset(1))
attempt("s.issubset([3, [4]])", lambda: s.issubset([3, [4]]))
attempt("s.issuperset([3, [4]])", lambda: s.issuperset([3, [4]]))
attempt("s.issuperset([[4]])", lambda: s.issuperset([[4]]))
attempt("s.isdisjoint([1, [3]])", lambda: s.isdisjoint([1, [3]]))
attempt("s.isdisjoint([[3], 1])", lambda: s.isdisjoint([[3], 1]))
attempt("s.isdisjoint()", lambda: s.isdisjoint())
attempt("fs.add(2)", lambda: fs.add(2))
attempt("fs.remove(1)", lambda: fs.remove(1))
attempt("fs.update([])", lambda: fs.update([]))
attempt("fs.union(1)", lambda: fs.union(1))
attempt("fs.issubset()", lambda: fs.issubset())
attempt("fs.copy(1)", lambda: fs.copy(1))
attempt("fs.isdisjoint(1, 2)", lambda: fs.isdisjoint(1, 2))
attempt("fs.union(a=1)", lambda: fs.union(a=1))
attempt("s.nosuch", lambda: s.nosuch)
attempt("s[0]", lambda: s[0])
attempt("reversed(s)", lambda: reversed(s))
attempt("s | [2]", lambda: s | [2])
attempt("s & 1", lambda: s & 1)
attempt("s - (1,)", lambda: s - (1,))
attempt("s ^ 'a'", lambda: s ^ "a")
attempt("[1] | s", lambda: [1] | s)
attempt("s + s", lambda: s + s)
attempt("s * 2", lambda: s * 2)
attempt("-s", lambda: -s)
attempt("~fs", lambda: ~fs)
attempt("s < [1]", lambda: s < [1])
attempt("s <= 3", lambda: s <= 3)
attempt("s > 'a'", lambda: s > "a")
attempt("s >= None", lambda: s >= None)
attempt("[] in s", lambda: [] in s)
attempt("{} in s", lambda: {} in s)
attempt("len(iter(s))", lambda: len(iter(s)))
attempt("int(s)", lambda: int(s))
attempt("float(fs)", lambda: float(fs))
attempt("format(s, 'x')", lambda: format(s, "x"))
attempt("'%d' % s", lambda: "%d" % s)
attempt("sum({'a'})", lambda: sum({"a"}))
attempt("''.join({1})", lambda: "".join({1}))
attempt("min(set())", lambda: min(set()))
attempt("max(frozenset())", lambda: max(frozenset()))
attempt("sorted({1, 'a'})", lambda: sorted({1, "a"}))
attempt("next(s)", lambda: next(s))
attempt("s()", lambda: s())
def unpack2():
    a, b = {1}
def unpack1():
    a, = {1, 2}
attempt("a, b = {1}", unpack2)
attempt("a, = {1, 2}", unpack1)
def inplace(op):
    def run():
        x = {1}
        if op == "|": x |= [1]
        if op == "&": x &= 1
        if op == "-": x -= None
        if op == "^": x ^= "a"
        return x
    return run
for op in "|&-^":
    attempt("x " + op + "= non-set", inplace(op))
def frozen_inplace():
    x = frozenset({1})
    x |= [1]
attempt("frozenset |= list", frozen_inplace)
def grow():
    t = {1, 2, 3}
    for v in t:
        t.discard(v)
attempt("discard while iterating", grow)
attempt("set.remove KeyError args", lambda: s.remove(frozenset({5})))
try:
    {1}.remove(7)
except KeyError as e:
    print(repr(e), e.args)
try:
    set().pop()
except KeyError as e:
    print(repr(e), e.args)

# Comparing keys nested past the recursion limit.
def chain(n, wrap):
    x = ()
    for _ in range(n):
        x = wrap(x)
    return x
deep_a = chain(3000, lambda x: frozenset({x}))
deep_b = chain(3000, lambda x: frozenset({x}))
attempt("deep frozenset ==", lambda: deep_a == deep_b)
attempt("deep frozenset in", lambda: deep_a in {deep_b})
attempt("deep frozenset key", lambda: {deep_a: 1}[deep_b])
tuple_a = chain(3000, lambda x: (x,))
tuple_b = chain(3000, lambda x: (x,))
attempt("deep tuple key", lambda: {tuple_a: 1}[tuple_b])
attempt("shallow frozenset key", lambda: {chain(50, lambda x: frozenset({x})): "found"}[chain(50, lambda x: frozenset({x}))])
