# pprint with the collections types, long strings, custom streams and PrettyPrinter objects.
import pprint
from collections import Counter, OrderedDict, defaultdict, deque

words = ("it was the best of times it was the worst of times it was the age of wisdom "
         "it was the age of foolishness it was the epoch of belief").split()
counts = Counter(words)
pprint.pprint(counts)
pprint.pprint(Counter())

by_letter = defaultdict(list)
for w in sorted(set(words)):
    by_letter[w[0]].append(w)
pprint.pprint(by_letter)
pprint.pprint(defaultdict(int))

lru = OrderedDict()
for key in ["home", "search", "cart", "checkout", "profile", "orders", "help", "settings"]:
    lru[key] = {"hits": len(key) * 3, "size_kb": len(key) * 1.5}
lru.move_to_end("home")
pprint.pprint(lru)
pprint.pprint(OrderedDict())

recent = deque(range(100, 130), maxlen=32)
pprint.pprint(recent)
pprint.pprint(deque(["a" * 20, "b" * 20, "c" * 20, "d" * 20]))

# Long strings are split at spaces into adjacent literals.
paragraph = ("Pretty printing splits a long string at its spaces into several adjacent string "
             "literals, which Python joins back together when the output is read as code.")
pprint.pprint(paragraph)
pprint.pprint([paragraph], width=50)
pprint.pprint({"text": paragraph, "lines": "one\ntwo\nthree\n" * 2}, width=60)
pprint.pprint("averyveryverylongwordwithoutanyspacesthatcannotbesplitanywhereatallreallyanywhere", width=20)

# Sets print sorted; numbers can get underscores.
pprint.pprint(set(range(0, 60, 3)))
pprint.pprint(frozenset({3, 1, 2}))
pprint.pprint(frozenset(range(40)), width=40, compact=True)
pprint.pprint({"population": 8_100_000_000, "area_km2": 510_072_000}, underscore_numbers=True)

# A PrettyPrinter writes to any object with write().
class Capture:
    def __init__(self):
        self.calls = 0
        self.text = ""

    def write(self, s):
        self.calls += 1
        self.text += s


cap = Capture()
printer = pprint.PrettyPrinter(indent=4, width=40, stream=cap)
printer.pprint({"alpha": list(range(12)), "beta": {"gamma": "delta" * 5}})
print(cap.text, end="")
print("writes:", cap.calls > 1)
print(printer.pformat((1, 2)), printer.isreadable({"a": [1]}), printer.isrecursive([]))

for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print("ValueError:", e)

loop = {"name": "loop"}
loop["self"] = loop
print(pprint.isrecursive(loop), pprint.isreadable(loop))
print(pprint.pformat([{"k": 1}], depth=1), pprint.pformat([[[1]]], depth=2))
