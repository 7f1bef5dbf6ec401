# IntEnum and StrEnum: members that behave as their values; str(), format() and f-strings.
from enum import Enum, IntEnum, StrEnum, auto


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


class Method(StrEnum):
    GET = auto()
    POST = auto()
    DELETE = "DEL"


class Color(Enum):
    RED = 1
    GREEN = "green"


tasks = [("backup", Priority.LOW), ("deploy", Priority.HIGH), ("review", Priority.MEDIUM)]
for name, prio in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{name:8} {prio!r} {prio} {prio:>4} {prio.name}")
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority.LOW < 3, 5 == Priority.MEDIUM)
print(Priority.HIGH + 1, Priority.HIGH * 2, Priority.HIGH // 3, Priority.MEDIUM - Priority.LOW, -Priority.LOW)
print(sum([Priority.LOW, Priority.HIGH]), max(Priority), min(Priority, key=int), int(Priority.MEDIUM))
print(["a", "b", "c", "d", "e", "f"][Priority.MEDIUM], str(Priority.LOW), format(Priority.HIGH, "03d"))
print(Priority(10), repr(Priority(5)), {Priority.LOW: "low"}[1], hash(Priority.LOW) == hash(1))
print(list(range(Priority.MEDIUM)), "x" * Priority.LOW if False else "", f"{Priority.HIGH:x}", float(Priority.LOW))

print(Method.GET, repr(Method.POST), str(Method.DELETE), f"[{Method.GET:>6}]", Method.GET == "get")
print(Method("post"), Method["DELETE"], Method.GET.upper(), Method.POST + "/x", "/" + Method.GET)
print(len(Method.DELETE), list(Method), sorted(Method))
print({"get": 1}[Method.GET], Method.GET in ["get", "put"], "E" in Method.DELETE)
try:
    Method("PATCH")
except ValueError as e:
    print(e)

print(f"{Color.RED}", f"{Color.GREEN!r}", f"[{Color.RED:>12}]", f"[{Color.GREEN:<12}]", format(Color.RED))
print("%s and %r" % (Color.RED, Color.GREEN), str(Color.GREEN), "{} {!r}".format(Color.RED, Color.RED))
print(Color.RED.value, Color.GREEN.value, Color("green"), Color(1) is Color.RED)
print(type(Priority), type(Method).__name__, Priority.__name__, Color.__qualname__)
print(isinstance(Priority.LOW, Priority), isinstance(Priority.LOW, Enum), isinstance(Color.RED, Priority))
print(Priority.LOW.__class__, Color.RED.__class__.__name__)
