# File permissions with Flag and IntFlag.
from enum import Flag, IntFlag, auto


class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXECUTE = auto()
    RW = READ | WRITE if False else 3
    ALL = 7


print(list(Perm), len(Perm))
print(repr(Perm.READ), repr(Perm.WRITE), repr(Perm.EXECUTE), Perm.ALL, repr(Perm.RW))
rw = Perm.READ | Perm.WRITE
print(rw, repr(rw), rw is Perm.RW, rw == Perm.RW)
print(Perm.WRITE | Perm.EXECUTE, repr(Perm.EXECUTE | Perm.READ))
print(Perm.READ in rw, Perm.EXECUTE in rw, bool(rw & Perm.EXECUTE))
print(repr(Perm(0)), str(Perm(0)), bool(Perm(0)), Perm(5))
print(~Perm.READ, repr(~Perm.ALL), Perm.ALL ^ Perm.WRITE)
print(list(Perm.ALL), [p.name for p in rw], len(rw), len(Perm.ALL))
print(f"{rw}", f"[{Perm.READ:>12}]", format(rw))


def describe(p):
    return "".join(ch if flag in p else "-" for ch, flag in zip("rwx", (Perm.READ, Perm.WRITE, Perm.EXECUTE)))


for value in range(8):
    print(value, describe(Perm(value)), Perm(value))

try:
    Perm(8)
except ValueError as e:
    print(e)
try:
    Perm.READ | 1
except TypeError as e:
    print(e)


class Mode(IntFlag):
    R = 4
    W = 2
    X = 1


m = Mode.R | Mode.W
print(m, repr(m), m == 6, m + 1, int(m), m & 4, repr(m & Mode.X))
print(repr(Mode(5)), repr(Mode.R | 8), repr(Mode(0)), Mode.R < Mode.W, sorted([Mode.R, Mode.X, Mode.W]))
print(f"{m:03b}", f"{Mode.R}", str(Mode.W), [int(x) for x in Mode])
print(oct(m), hex(Mode.R | Mode.X), Mode.R * 2, 10 - Mode.R, bin(Mode.W))


class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE if False else 7


mixed = Color.RED | Color.BLUE
print(repr(mixed), list(Color), repr(Color.WHITE), list(Color.WHITE))
print({Color.RED: "r", mixed: "m"}[Color.BLUE | Color.RED])
