# Combinatoric iterators: brute-force puzzles the way tutorials solve them.
from itertools import product, permutations, combinations, combinations_with_replacement
import itertools

print(list(product("AB", [1, 2])))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", "xy", repeat=2))[:5], len(list(product("ab", "xy", repeat=2))))
print(list(product()), list(product([], [1, 2])), list(product([1], repeat=0)))

print(list(permutations("ABC")))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 0)), list(permutations([1, 2], 3)), list(permutations([])))
print(list(combinations("ABCD", 2)))
print(list(combinations(range(5), 4)))
print(list(combinations([1, 2], 0)), list(combinations([1, 2], 3)))
print(list(combinations_with_replacement("ABC", 2)))
print(list(combinations_with_replacement([1, 2], 3)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))

# SEND + MORE = MONEY is too slow for a test; a smaller cryptarithm: AB + BA = CC.
solutions = []
for a, b, c in permutations(range(1, 10), 3):
    if (10 * a + b) + (10 * b + a) == 11 * c:
        solutions.append((a, b, c))
print(len(solutions), solutions[:4])

# Coins that make 10 with up to four coins.
coins = [1, 2, 5]
ways = {combo for n in range(1, 5) for combo in combinations_with_replacement(coins, n) if sum(combo) == 10}
print(sorted(ways))

# Pairs of teams for a round-robin tournament.
teams = ["red", "green", "blue", "gold"]
for i, (home, away) in enumerate(combinations(teams, 2), 1):
    print(i, home, "vs", away)

# Subsets with a target sum.
numbers = [3, 34, 4, 12, 5, 2]
hits = [c for r in range(len(numbers) + 1) for c in combinations(numbers, r) if sum(c) == 9]
print(hits)

# Travelling salesman on four cities.
dist = {("a", "b"): 10, ("a", "c"): 15, ("a", "d"): 20, ("b", "c"): 35, ("b", "d"): 25, ("c", "d"): 30}


def d(x, y):
    return dist.get((x, y)) or dist[(y, x)]


best = min(permutations("bcd"), key=lambda route: sum(d(p, q) for p, q in zip("a" + "".join(route), "".join(route) + "a")))
print(best)

grid = [(x, y) for x, y in product(range(3), repeat=2) if x != y]
print(grid)
print(["".join(p) for p in product("01", repeat=3)])
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 3)))

it = permutations([1, 2, 3])
print(next(it), next(it), list(it))
gen = (n for n in [1, 2, 3])
print(list(combinations(gen, 2)))

for bad in [lambda: permutations([1], -1), lambda: combinations([1], -2), lambda: product([1], repeat=-1),
            lambda: combinations_with_replacement("ab", -1), lambda: combinations([1, 2], "2"), lambda: permutations(3),
            lambda: product(1, 2), lambda: permutations([1], 1.5), lambda: itertools.combinations(range(3), None)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
