from dataclasses import dataclass, field, fields, asdict, astuple, replace
from typing import List, Optional


@dataclass(order=True)
class Item:
    sort_index: float = field(init=False, repr=False)
    name: str
    unit_price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list, compare=False)

    def __post_init__(self):
        self.sort_index = self.unit_price * self.quantity

    def total_cost(self) -> float:
        return self.unit_price * self.quantity


@dataclass
class Inventory:
    owner: str
    items: List[Item] = field(default_factory=list)
    note: Optional[str] = None

    def add(self, item: Item) -> None:
        self.items.append(item)

    def value(self) -> float:
        return sum(i.total_cost() for i in self.items)


inv = Inventory("shop")
inv.add(Item("widget", 3.0, 10))
inv.add(Item("gadget", 12.5, 2, ["new"]))
inv.add(Item(name="bolt", unit_price=0.1, quantity=500))
print(inv)
print(inv.value())
for item in sorted(inv.items):
    print(item, item.sort_index)
print(max(inv.items).name, min(inv.items).name)
a = Item("x", 1.0, 2)
b = Item("x", 1.0, 2, ["ignored in compare"])
print(a == b, a < b, a <= b, a is b)
print(Item("a", 1.0) == Item("a", 1.0), Item("a", 1.0) != Item("b", 1.0))
print([f.name for f in fields(Item)])
print([(f.name, f.init, f.repr, f.compare) for f in fields(inv)])
print(asdict(inv))
print(astuple(Item("t", 2.0, 3)))
c = replace(a, quantity=7)
print(c, c.sort_index, a)
print(Item.__init__.__qualname__, Item.__repr__.__qualname__, Item.__lt__.__name__)
print(Inventory.__hash__, Item.__match_args__)
print(Inventory("x").items is not Inventory("y").items)
print(Item.quantity, Inventory.note)
print(inv == Inventory("shop", list(inv.items)), inv == "shop")
try:
    a < "str"
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item("only-name")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item("a", 1.0, 2, [], 9)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item("a", 1.0, color="red")
except TypeError as e:
    print(type(e).__name__, e)
try:
    Item("a", 1.0, name="b")
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(a, sort_index=3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(inv)
except TypeError as e:
    print(type(e).__name__, e)
try:
    fields(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    asdict(Item)
except TypeError as e:
    print(type(e).__name__, e)
