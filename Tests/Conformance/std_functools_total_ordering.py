# total_ordering and cmp_to_key: comparable version numbers and playing cards.
from functools import total_ordering, cmp_to_key


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts

    def __repr__(self):
        return "Version(" + ".".join(map(str, self.parts)) + ")"


a, b, c = Version("1.2.0"), Version("1.10"), Version("1.2.0")
print(a < b, a <= b, a > b, a >= b, a == c, a <= c, a >= c, a != c)
print(sorted([Version("2.0"), Version("1.0.1"), Version("1.0"), Version("0.9")]))
print(max(a, b), min(a, b))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__name__)
try:
    a < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    a >= "x"
except TypeError as e:
    print(type(e).__name__, e)


@total_ordering
class Card:
    ranks = "23456789TJQKA"

    def __init__(self, rank, suit):
        self.rank, self.suit = rank, suit

    def __eq__(self, other):
        return self.rank == other.rank

    def __gt__(self, other):
        return Card.ranks.index(self.rank) > Card.ranks.index(other.rank)

    def __repr__(self):
        return self.rank + self.suit


hand = [Card("K", "h"), Card("3", "s"), Card("A", "d"), Card("T", "c")]
print(sorted(hand), Card("3", "s") < Card("4", "s"), Card("Q", "h") <= Card("Q", "s"), Card("2", "h") >= Card("A", "s"))


@total_ordering
class Weight:
    def __init__(self, kg):
        self.kg = kg

    def __le__(self, other):
        return self.kg <= other.kg


print(Weight(1) < Weight(2), Weight(2) > Weight(1), Weight(3) >= Weight(3))


@total_ordering
class Score:
    def __init__(self, v):
        self.v = v

    def __ge__(self, other):
        return self.v >= other.v


print(Score(1) < Score(2), Score(2) > Score(2), Score(1) <= Score(1))

try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(type(e).__name__, e)


def by_length_then_alpha(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)


words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=cmp_to_key(by_length_then_alpha)))
print(sorted(words, key=cmp_to_key(lambda x, y: (y > x) - (y < x))))
K = cmp_to_key(by_length_then_alpha)
print(K("ab") < K("abc"), K("abc") == K("abd"), K("b") > K("a"))
