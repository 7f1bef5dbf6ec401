from collections import deque, defaultdict, OrderedDict, Counter
from dataclasses import dataclass, field
print(deque[int], defaultdict[str, int], Counter[str])
@dataclass
class Q:
    items: deque = field(default_factory=deque)
q = Q(); q.items.append(1); print(q)
try:
    @dataclass
    class R:
        d: defaultdict = defaultdict(int)
except ValueError as e:
    print(e)
