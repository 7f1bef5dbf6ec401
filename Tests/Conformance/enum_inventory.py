# Enums in everyday data: dataclass fields, dict keys, sorting, counting and grouping.
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import Enum, IntEnum, auto


class Category(Enum):
    FRUIT = "fruit"
    VEG = "vegetable"
    DAIRY = "dairy"

    @property
    def label(self):
        return self.value.title()


class Stock(IntEnum):
    OUT = 0
    LOW = 1
    OK = 2

    @classmethod
    def of(cls, qty):
        return cls.OUT if qty == 0 else cls.LOW if qty < 5 else cls.OK


@dataclass(order=True)
class Item:
    name: str
    category: Category = field(compare=False)
    qty: int = 0

    @property
    def stock(self):
        return Stock.of(self.qty)


items = [Item("apple", Category.FRUIT, 12), Item("milk", Category.DAIRY, 0), Item("kale", Category.VEG, 3),
         Item("pear", Category.FRUIT, 4), Item("cheese", Category.DAIRY, 7)]
print(items[0])
by_cat = defaultdict(list)
for it in items:
    by_cat[it.category].append(it.name)
for cat in Category:
    print(f"{cat.label:<10} {', '.join(sorted(by_cat[cat]))}")
counts = Counter(it.stock for it in items)
print(sorted(counts.items()), counts[Stock.OUT], counts.most_common(1))
print(sorted(items, key=lambda i: (i.stock, i.name)))
low = [i.name for i in items if i.stock <= Stock.LOW]
print(low, max(i.stock for i in items), Stock.of(3) is Stock.LOW)
print({c.name: c.value for c in Category}, [s.name for s in sorted(Stock, reverse=True)])
lookup = {c.value: c for c in Category}
print(lookup["dairy"], Category("fruit") in by_cat, Category.VEG == Category.VEG, Category.VEG != Category.FRUIT)


class Step(Enum):
    WASH = auto()
    CHOP = auto()
    COOK = auto()


plan = {Step.CHOP: 5, Step.WASH: 2, Step.COOK: 20}
for step in sorted(plan, key=lambda s: s.value):
    print(step.name.lower(), plan[step])
print(sum(plan.values()), list(plan)[0], Step.COOK.value - Step.WASH.value)
restock = {it.name: Stock.OK - it.stock for it in items}
print(restock)
print(items[1].stock.label)
