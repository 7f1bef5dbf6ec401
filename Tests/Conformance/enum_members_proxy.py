from enum import Enum
class C(Enum):
    A = 1
m = C.__members__
print(m, repr(m), str(m), dict(m), len(m), list(m), m["A"], m.get("B"), list(m.items()), "A" in m, type(m).__name__)
