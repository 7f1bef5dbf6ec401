class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, Meters):
            return self.v < other.v
        return NotImplemented


class Seconds:
    def __init__(self, v):
        self.v = v


m, s = Meters(3), Seconds(4)
attempts = [
    ("m + s", lambda: m + s), ("s + m", lambda: s + m), ("m - m", lambda: m - m), ("m * 2", lambda: m * 2),
    ("2 * m", lambda: 2 * m), ("m / s", lambda: m / s), ("m // 1", lambda: m // 1), ("m % 2", lambda: m % 2),
    ("m ** 2", lambda: m ** 2), ("pow(m, 2)", lambda: pow(m, 2)), ("m @ m", lambda: m @ m), ("m & 1", lambda: m & 1),
    ("m | 1", lambda: m | 1), ("m ^ 1", lambda: m ^ 1), ("m << 1", lambda: m << 1), ("m >> 1", lambda: m >> 1),
    ("-m", lambda: -m), ("+m", lambda: +m), ("~m", lambda: ~m), ("abs(m)", lambda: abs(m)),
    ("m < s", lambda: m < s), ("s < m", lambda: s < m), ("s <= s", lambda: s <= s), ("m > 1", lambda: m > 1),
    ("m >= 'a'", lambda: m >= "a"), ("sorted", lambda: sorted([s, Seconds(1)])), ("max", lambda: max(m, s)),
    ("'a' + m", lambda: "a" + m), ("m + 'a'", lambda: m + "a"), ("[1] + m", lambda: [1] + m), ("divmod", lambda: divmod(m, 2)),
    ("round", lambda: round(m)), ("len", lambda: len(m)), ("int", lambda: int(m)), ("float", lambda: float(s)),
]
for label, thunk in attempts:
    try:
        r = thunk()
        print(label, "=", type(r).__name__)
    except TypeError as e:
        print(f"{label}: {e}")
print((m + Meters(1)).v, m < Meters(5), Meters(5) > m)
total = m
for step in [Meters(1), Meters(2)]:
    total += step
print(total.v)
total -= Meters(1)
