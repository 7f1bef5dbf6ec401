# An inventory of dataclasses and named tuples, pretty-printed.
import pprint
from collections import namedtuple
from dataclasses import dataclass, field

Location = namedtuple("Location", ["aisle", "shelf", "bin"])


@dataclass
class Item:
    sku: str
    name: str
    price: float
    tags: list = field(default_factory=list)
    where: Location = None
    cost: float = field(default=0.0, repr=False)


@dataclass
class Warehouse:
    code: str
    items: list
    manager: str = "unassigned"


@dataclass
class Custom:
    value: int

    def __repr__(self):
        return f"<Custom value={self.value} " + "x" * 80 + ">"


items = [
    Item("A-100", "Cordless drill, 18V, with two batteries and charger", 129.99, ["tools", "power"], Location(3, 2, 14)),
    Item("B-220", "Box of wood screws", 7.5, ["fasteners"], Location(7, 1, 2)),
    Item("C-003", "Safety glasses", 12.0),
]
w = Warehouse("NORTH-01", items, manager="Dana")

pprint.pprint(items[1])
pprint.pprint(items[0])
pprint.pprint(w)
pprint.pprint(w, width=120)
pprint.pprint(w, depth=2)
pprint.pprint({"warehouses": [w], "count": 1}, width=70)
pprint.pprint([Location(i, i + 1, i * 10) for i in range(6)])
pprint.pprint(Custom(3))
pprint.pprint([Custom(4)])

# A dataclass that holds itself prints "..." where the loop would start.
@dataclass
class Node:
    name: str
    children: list
    parent: object = None


root = Node("root-node-with-a-long-name", [])
root.children.append(Node("child-node-one-with-long-name", [], root))
root.children.append(Node("child-node-two", []))
root.parent = root
pprint.pprint(root)
print(pprint.isrecursive(root), pprint.isreadable(items[2]), pprint.isreadable([1, "a", (2.5, None)]))
print(pprint.saferepr(items[2]))
