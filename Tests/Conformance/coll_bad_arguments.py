from collections import deque, Counter, namedtuple, defaultdict, OrderedDict, ChainMap
d = deque([1, 2, 3])
for f in [lambda: deque(5), lambda: d.rotate("a"), lambda: d.rotate(1.5), lambda: d * "a", lambda: d.insert("a", 1),
          lambda: Counter(5), lambda: namedtuple("P", 5), lambda: namedtuple(5, "x"), lambda: Counter("ab").most_common("x"),
          lambda: d.index(1, "a"), lambda: deque([1], maxlen=True), lambda: OrderedDict([1]), lambda: ChainMap(5)["a"],
          lambda: defaultdict(list, 5), lambda: Counter(a="x") + Counter(a=1), lambda: d[True], lambda: deque(maxlen=2**70),
          lambda: deque(range(3)).rotate(2**70), lambda: d.extend(5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
