# Errors inside comprehensions and generator expressions: <listcomp>, <dictcomp>,
# <genexpr> frames with their markers.
prices = {"tea": 2, "cake": 5, "water": 0}
orders = [("tea", 2), ("cake", 1), ("water", 3)]

per_unit = {item: prices[item] / qty for item, qty in orders}
print(per_unit)
try:
    print([qty / prices[item] for item, qty in orders])
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(sorted({prices[name] for name in ["tea", "coffee"]}))
except KeyError as e:
    print("KeyError:", e)
total = sum(prices[item] * qty for item, qty in orders + [("scone", 1)])
