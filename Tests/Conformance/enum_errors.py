# What enum refuses, with CPython's messages; the last error (in the program's own code) is uncaught.
from enum import Enum, IntEnum, unique, auto


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    SCARLET = 1


def attempt(label, fn):
    try:
        result = fn()
    except (ValueError, KeyError, TypeError, AttributeError) as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: ok {result!r}")


attempt("by value", lambda: Color(7))
attempt("by None", lambda: Color(None))
attempt("by name as value", lambda: Color("RED"))
attempt("by name", lambda: Color["PURPLE"])
attempt("alias", lambda: Color.SCARLET)
attempt("alias by name", lambda: Color["SCARLET"])
attempt("ordering", lambda: Color.RED < Color.GREEN)


def reassign():
    Color.RED = 10


def delete():
    del Color.GREEN


def rename():
    Color.BLUE.name = "AZURE"


attempt("reassign", reassign)
attempt("delete", delete)
attempt("rename", rename)


def make_unique():
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
    return Mistake


attempt("unique", make_unique)


def subclass():
    class MoreColor(Color):
        PINK = 17
    return MoreColor


attempt("subclass", subclass)


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2


attempt("int lookup", lambda: Shape(2))
attempt("int bad", lambda: Shape(5))
print(Color.RED is Color.SCARLET, list(Color), len(Color))
print(Color.__members__["SCARLET"], Color.RED.value, Color.SCARLET.name)


class Status(Enum):
    ACTIVE = auto()
    INACTIVE = auto()


def deactivate(status):
    if status is not Status.ACTIVE:
        raise ValueError(f"cannot deactivate {status!r}")
    return Status.INACTIVE


print(deactivate(Status.ACTIVE))
deactivate(Status.INACTIVE)
