import json

# A tutorial's JSON round trip: load a config and an API response, work on
# them, and write a report with json.dumps in a few styles.

CONFIG = """
{
    "service": "orders",
    "retries": 3,
    "timeout": 2.5,
    "endpoints": ["/list", "/create", "/cancel"],
    "features": {"audit": true, "beta": false, "owner": null}
}
"""

RESPONSE = '[{"id": 1, "item": "caf\\u00e9", "qty": 2, "price": 3.5}, {"id": 2, "item": "tea", "qty": 1, "price": 2.25}]'

config = json.loads(CONFIG)
orders = json.loads(RESPONSE)
print(config["service"], config["retries"] * config["timeout"], config["features"]["owner"] is None)
total = sum(o["qty"] * o["price"] for o in orders)
report = {
    "service": config["service"],
    "orders": len(orders),
    "total": total,
    "items": sorted(o["item"] for o in orders),
    "by_id": {o["id"]: o["item"] for o in orders},
    "flags": [config["features"][k] for k in sorted(config["features"])],
}
print(json.dumps(report))
print(json.dumps(report, indent=2, sort_keys=True))
print(json.dumps(report, ensure_ascii=False, separators=(",", ":")))
compact = json.dumps(orders, separators=(",", ":"))
print(len(compact), json.loads(compact) == orders)

class Money:
    def __init__(self, cents):
        self.cents = cents

def encode(o):
    if isinstance(o, Money):
        return {"$money": o.cents}
    raise TypeError(f"cannot encode {type(o).__name__}")

def decode(d):
    if "$money" in d:
        return Money(d["$money"])
    return d

text = json.dumps({"price": Money(1250), "tags": ("a", "b")}, default=encode)
print(text)
back = json.loads(text, object_hook=decode)
print(type(back["price"]).__name__, back["price"].cents, back["tags"])
try:
    json.dumps({"when": object()}, default=encode)
except TypeError as e:
    print("TypeError:", e)
try:
    json.loads('{"service": "orders", "retries": 3,}')
except json.JSONDecodeError as e:
    print(f"bad config at line {e.lineno} column {e.colno}: {e.msg}")
