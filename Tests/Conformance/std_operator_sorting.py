# Sorting records with itemgetter, attrgetter and methodcaller.
from operator import itemgetter, attrgetter, methodcaller
import operator

students = [("jane", "B", 12), ("john", "A", 15), ("dave", "B", 10), ("anna", "A", 12)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=itemgetter(2), reverse=True))
print(max(students, key=itemgetter(2)), min(students, key=itemgetter(0)))
print(list(map(itemgetter(0), students)))
print(itemgetter(1)("ABCDEFG"), itemgetter(1, 3, 5)("ABCDEFG"), itemgetter(slice(2, None))("ABCDEFG"))
print(itemgetter("rank")({"rank": 3, "name": "x"}))
inventory = {"apple": 3, "banana": 2, "pear": 5, "orange": 1}
print(sorted(inventory.items(), key=itemgetter(1)))
print(sorted(inventory.items(), key=itemgetter(1, 0), reverse=True))


class Employee:
    def __init__(self, name, dept, salary, manager=None):
        self.name, self.dept, self.salary, self.manager = name, dept, salary, manager

    def __repr__(self):
        return f"Employee({self.name!r})"

    def raise_by(self, pct):
        return self.salary * (100 + pct) // 100


boss = Employee("zoe", "exec", 300)
staff = [Employee("amy", "dev", 120, boss), Employee("bill", "ops", 90, boss), Employee("cat", "dev", 150, boss),
         Employee("dan", "ops", 90, boss)]
print(sorted(staff, key=attrgetter("salary")))
print(sorted(staff, key=attrgetter("dept", "salary")))
print(sorted(staff, key=attrgetter("salary", "name"), reverse=True))
print(attrgetter("manager.name")(staff[0]), attrgetter("name", "manager.dept")(staff[1]))
print(list(map(methodcaller("raise_by", 10), staff)))
print(list(map(methodcaller("upper"), ["a", "b"])), methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(sorted(["Banana", "apple", "Cherry"], key=methodcaller("lower")))
print(methodcaller("count", "s")("mississippi"), methodcaller("get", "k", "default")({}))

print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(itemgetter(slice(1, 2))))
print(repr(attrgetter("name")), repr(attrgetter("a.b", "c")))
print(repr(methodcaller("name")), repr(methodcaller("split", ",", maxsplit=1)), str(methodcaller("x", [1])))

get_name = attrgetter("name")
try:
    get_name(42)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    itemgetter(5)([1, 2])
except IndexError as e:
    print(type(e).__name__, e)
try:
    itemgetter("x")({})
except KeyError as e:
    print(type(e).__name__, e)
for bad in [lambda: itemgetter(), lambda: attrgetter(), lambda: attrgetter(1), lambda: methodcaller(),
            lambda: methodcaller(5), lambda: methodcaller("nope")(1)]:
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

by_dept = {}
for e in sorted(staff, key=attrgetter("dept")):
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(sorted(staff, key=operator.attrgetter("name"), reverse=True)[0])
