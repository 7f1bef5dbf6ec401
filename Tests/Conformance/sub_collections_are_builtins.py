import json
from collections import Counter, defaultdict, OrderedDict, namedtuple
c = Counter("abracadabra")
print(json.dumps(c), isinstance(c, dict))
d = defaultdict(list); d["x"].append(1)
print(json.dumps(d), isinstance(d, dict))
P = namedtuple("P", "x y")
print(json.dumps(P(1, 2)), isinstance(P(1, 2), tuple))
print(json.dumps(OrderedDict(a=1)))
