# The functional API, _missing_, _generate_next_value_, _ignore_, a custom __new__ and copies.
import copy
from enum import Enum, IntEnum, auto, unique, EnumMeta, EnumType

Animal = Enum("Animal", "ANT BEE CAT DOG")
print(list(Animal), Animal.CAT.value, repr(Animal(2)), Animal["DOG"])
Size = IntEnum("Size", ["S", "M", "L"], start=0)
print(list(Size), Size.L + 0)
Codes = Enum("Codes", [("OK", 200), ("NOT_FOUND", 404)])
print(Codes(404), Codes.OK.value, len(Codes))
Mapped = Enum("Mapped", {"ONE": "uno", "TWO": "dos"})
print(Mapped.TWO.value, Mapped("uno"), type(Mapped) is EnumType, EnumMeta is EnumType)


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    UNKNOWN = "unknown"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return cls.UNKNOWN


print(Status("ACTIVE"), Status("Inactive"), Status(42), Status("active") is Status.ACTIVE)


class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return f"{count + 1}:{name.title()}"

    FIRST = auto()
    SECOND = auto()
    THIRD = auto()


print([m.value for m in Ordinal])


class Numbers(Enum):
    ONE = auto()
    TWO = auto()
    TEN = 10
    ELEVEN = auto()
    EXPLICIT = auto() if False else 3


print([(m.name, m.value) for m in Numbers])


class Weekday(Enum):
    _ignore_ = ["i", "names"]
    names = ["MON", "TUE", "WED"]
    MON = 1
    TUE = 2
    WED = 3


print(list(Weekday), hasattr(Weekday, "names"))


class Coin(Enum):
    def __new__(cls, cents, label):
        obj = object.__new__(cls)
        obj._value_ = cents
        obj.label = label
        return obj

    PENNY = (1, "one cent")
    NICKEL = (5, "five cents")
    DIME = (10, "ten cents")

    def __str__(self):
        return f"{self.label} ({self.value}c)"


print(Coin(5), Coin.DIME.value, Coin.PENNY.label, repr(Coin.NICKEL), [c.value for c in Coin])
print(sum(c.value for c in Coin), Coin(10) is Coin.DIME)
print(copy.copy(Coin.DIME) is Coin.DIME, copy.deepcopy({"k": [Status.ACTIVE]})["k"][0] is Status.ACTIVE)


@unique
class Level(IntEnum):
    DEBUG = 10
    INFO = 20
    WARNING = 30


print(Level.INFO, [l.name for l in Level if l >= Level.INFO], Level(30).name)
print(Level.__members__.keys() is not None, list(Level.__members__.items())[0])
print(Status.__members__, len(Status.__members__))
print(Status.ACTIVE.name, Status.ACTIVE._name_, Status.ACTIVE._value_, Status.UNKNOWN.value)
print(Animal.__name__, Animal.ANT.__class__.__name__, Animal.BEE in Animal, bool(Animal))
