from dataclasses import dataclass, field, fields
@dataclass
class B:
    a: int
    b: str = "b"
try:
    @dataclass
    class D(B):
        c: float
except TypeError as e:
    print(e)
@dataclass
class E(B):
    pass
print(E(1) == B(1), B(1) == B(1), E(1))
@dataclass
class F:
    x: int
    def __repr__(self): return "custom"
print(F(1), F.__init__.__qualname__)
@dataclass(repr=False, eq=False)
class G:
    x: int
print(G(1) == G(1), G.__hash__ is object.__hash__)
print(fields(B)[0].name, fields(B)[0].type, fields(B)[0].metadata)


@dataclass
class Parcel:
    weight: float = field(metadata={"unit": "kg", "min": 0})
    label: str = field(default="", repr=False, metadata={"doc": "shown on the box"})


for f in fields(Parcel):
    print(f.name, f.metadata, dict(f.metadata.items()), "unit" in f.metadata, f.metadata.get("unit", "-"), len(f.metadata))
print(Parcel(2.5, "fragile"))
@dataclass
class H:
    x: int = field(default=1, init=False)
    y: list = field(default_factory=list, init=False)
h = H()
print(h, H.x)
try:
    H(2)
except TypeError as e:
    print(e)
