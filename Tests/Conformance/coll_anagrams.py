from collections import Counter, defaultdict

words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]
groups = defaultdict(list)
for w in words:
    groups["".join(sorted(w))].append(w)
for key, group in groups.items():
    print(key, group)
print([g for g in groups.values() if len(g) > 1])


def is_anagram(a, b):
    return Counter(a) == Counter(b)


print(is_anagram("listen", "silent"), is_anagram("abc", "abd"), is_anagram("aab", "abb"))


def can_build(note, magazine):
    return not (Counter(note) - Counter(magazine))


print(can_build("aab", "baa"), can_build("aa", "ab"))
votes = ["bob", "ann", "bob", "cid", "ann", "dee", "cid", "eve"]
tally = Counter(votes)
print(tally.most_common())
print(tally.most_common(2))
winners = [name for name, n in tally.items() if n == max(tally.values())]
print(winners)
ranking = sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))
print(ranking)
rolls = [3, 5, 3, 6, 1, 3, 5, 6, 6, 2]
freq = Counter(rolls)
for face in range(1, 7):
    print(face, freq[face], "#" * freq[face])
print(sorted(freq.elements()), freq.total(), len(freq))
first = Counter("aaabbc")
second = Counter("abbbd")
print(first & second, first | second, first + second, first - second)
print((first & second).total(), list((first | second).elements()))
nested = defaultdict(lambda: defaultdict(int))
for user, page in [("a", "home"), ("b", "home"), ("a", "cart"), ("a", "home")]:
    nested[user][page] += 1
print({u: dict(p) for u, p in nested.items()})
