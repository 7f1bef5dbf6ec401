# The operator functions as callbacks: a tiny calculator, folds and in-place operators.
import operator
from functools import reduce

ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "//": operator.floordiv,
       "%": operator.mod, "**": operator.pow, "<<": operator.lshift, ">>": operator.rshift, "&": operator.and_,
       "|": operator.or_, "^": operator.xor}


def calc(expr):
    a, op, b = expr.split()
    return ops[op](int(a), int(b))


for e in ["7 + 3", "7 - 10", "6 * 7", "7 / 2", "7 // 2", "-7 % 3", "2 ** 10", "1 << 5", "256 >> 3", "12 & 10",
          "12 | 3", "12 ^ 10"]:
    print(e, "=", calc(e))
for e in ["1 / 0", "5 // 0", "5 % 0"]:
    try:
        calc(e)
    except ZeroDivisionError as err:
        print(e, type(err).__name__, err)

print(operator.neg(5), operator.pos(-5), operator.abs(-2.5), operator.inv(5), operator.invert(0))
print(operator.eq(1, 1.0), operator.ne("a", "b"), operator.lt(1, 2), operator.le(2, 2), operator.gt("b", "a"),
      operator.ge([1], [1, 0]))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth(3), operator.is_(None, None),
      operator.is_not(1, None))
print(operator.index(7), operator.index(True), operator.concat("ab", "cd"), operator.concat([1], [2, 3]),
      operator.concat((1,), (2,)))
print(operator.contains([1, 2, 3], 2), operator.contains("team", "i"), operator.countOf([1, 2, 1, 1], 1),
      operator.indexOf("hello", "l"))
print(operator.getitem([10, 20, 30], 1), operator.getitem({"a": 1}, "a"), operator.getitem("abcdef", slice(1, 4)))
data = [1, 2, 3, 4]
operator.setitem(data, 0, 99)
operator.delitem(data, 1)
operator.setitem(data, slice(0, 1), ["a", "b"])
print(data)
print(operator.length_hint([1, 2, 3]), operator.length_hint((), 7), operator.length_hint(5, 2))

print(reduce(operator.mul, range(1, 11)), reduce(operator.add, ["a", "b", "c"]), reduce(operator.or_, [1, 2, 4, 8]))
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.neg, [1, -2, 3])))
print(sorted([3, 1, 2], key=operator.neg), list(filter(operator.truth, [0, 1, "", "x", None])))

lst = [1, 2]
same = operator.iadd(lst, [3])
print(lst, same is lst)
t = (1, 2)
t2 = operator.iadd(t, (3,))
print(t, t2, t2 is t)
print(operator.isub(10, 3), operator.imul("ab", 3), operator.itruediv(7, 2), operator.ifloordiv(7, 2),
      operator.imod(7, 3), operator.ipow(2, 8), operator.ilshift(1, 4), operator.irshift(64, 2),
      operator.iand(6, 3), operator.ior(4, 1), operator.ixor(7, 2))
s = {1, 2}
operator.ior(s, {3})
print(s, operator.iconcat([1], [2]))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    def __lt__(self, other):
        return self.cents < other.cents

    def __neg__(self):
        return Money(-self.cents)

    def __repr__(self):
        return f"${self.cents / 100:.2f}"


wallet = [Money(150), Money(99), Money(1001)]
print(reduce(operator.add, wallet), operator.neg(wallet[0]), operator.lt(wallet[1], wallet[0]), sorted(wallet))

for bad in [lambda: operator.add(1, "a"), lambda: operator.concat(1, 2), lambda: operator.index(1.5),
            lambda: operator.indexOf([1], 5), lambda: operator.neg("a"), lambda: operator.lt(1, "a"),
            lambda: operator.getitem({}, "k"), lambda: operator.iconcat(3, [1]), lambda: operator.mul([1], 1.5)]:
    try:
        bad()
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
