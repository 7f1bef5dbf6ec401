from collections import namedtuple, defaultdict

Employee = namedtuple("Employee", "name dept salary", defaults=[50000])
rows = [
    ("Alice", "eng", 120000),
    ("Bob", "ops"),
    ("Cara", "eng", 95000),
    ("Dan", "sales", 70000),
    ("Eve", "ops", 65000),
]
staff = [Employee(*r) for r in rows]
for e in staff:
    print(e)
print(staff[1].salary, staff[1]._asdict())
by_dept = defaultdict(list)
for e in staff:
    by_dept[e.dept].append(e)
for dept, people in sorted(by_dept.items()):
    total = sum(p.salary for p in people)
    print(f"{dept:6}{len(people):3}{total:>10,}")
top = max(staff, key=lambda e: e.salary)
print("top:", top.name, top)
raised = [e._replace(salary=int(e.salary * 1.1)) for e in staff if e.dept == "eng"]
print(raised)
print(sorted(staff, key=lambda e: (e.dept, -e.salary))[0])
name, dept, salary = staff[2]
print(name, dept, salary)
Employee2 = namedtuple("Employee2", Employee._fields + ("email",))
print(Employee2._fields, Employee2(*staff[0], "a@x"))
print(Employee._make(["Zed", "hr", 1]), dict(Employee._make(["Zed", "hr", 1])._asdict()))
Pair = namedtuple("Pair", "left right")
pairs = [Pair(i, i * i) for i in range(4)]
lefts, rights = zip(*pairs)
print(lefts, rights, dict(pairs), pairs[2] == (2, 4), pairs[2] > (1, 100))
print([p.right for p in sorted(pairs, reverse=True)])
Color = namedtuple("Color", "r g b")
colors = {Color(255, 0, 0): "red", Color(0, 255, 0): "green"}
print(colors[Color(255, 0, 0)], Color(255, 0, 0) in colors, Color(1, 2, 3) in colors)
c = Color(10, 20, 30)
print(c._replace(g=0), c, [x * 2 for x in c], sum(c), min(c), max(c), c[1:])


class Money(namedtuple("Money", ["amount", "currency"])):
    __slots__ = ()

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

    def add(self, other):
        if other.currency != self.currency:
            raise ValueError(f"cannot add {other.currency} to {self.currency}")
        return self._replace(amount=self.amount + other.amount)


m = Money(10, "EUR").add(Money(2.5, "EUR"))
print(m, repr(m), m.amount, type(m).__name__)
try:
    Money(1, "EUR").add(Money(1, "USD"))
except ValueError as e:
    print(type(e).__name__, e)
try:
    m.amount = 5
except AttributeError as e:
    print(type(e).__name__, e)
print("%s works in %s for %d" % staff[0])
print("%s/%s" % Pair(1, 2), "%r" % (Pair(1, 2),), "point: %s" % (c,))
try:
    print("%s" % Pair(1, 2))
except TypeError as e:
    print(type(e).__name__, e)
