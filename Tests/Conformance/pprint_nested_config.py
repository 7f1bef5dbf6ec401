# Pretty-printing a nested service configuration, as a deployment tool would show it.
import pprint

config = {
    "service": {
        "name": "order-router",
        "version": "2.14.0",
        "replicas": 4,
        "ports": [8080, 8443, 9090],
        "labels": {"team": "payments", "tier": "backend", "region": "eu-west-1"},
    },
    "database": {
        "primary": {"host": "db-primary.internal.example.com", "port": 5432, "pool": {"min": 4, "max": 32}},
        "replicas": [
            {"host": "db-replica-1.internal.example.com", "port": 5432, "lag_ms": 12.5},
            {"host": "db-replica-2.internal.example.com", "port": 5432, "lag_ms": 40.25},
        ],
    },
    "feature_flags": {"new_checkout": True, "fraud_model_v3": False, "beta_ui": None},
    "retry_policy": (3, 0.5, 2.0),
    "allowed_currencies": ["EUR", "USD", "GBP", "CHF", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "JPY"],
    "banner": "Scheduled maintenance window: every Sunday between 02:00 and 04:00 UTC; expect brief 503 responses.",
    "notes": "first line\nsecond line is a little longer than the first\nthird\n",
    "empty": {"list": [], "dict": {}, "tuple": (), "single": (1,)},
}

print("-- default (width 80, keys sorted)")
pprint.pprint(config)
print("-- width 50, indent 2")
pprint.pprint(config, width=50, indent=2)
print("-- depth 2")
pprint.pprint(config, depth=2)
print("-- compact, width 60")
pprint.pprint(config["allowed_currencies"] * 2, compact=True, width=60)
print("-- insertion order with pp")
pprint.pp(config["database"])
print("-- sort_dicts=False")
pprint.pprint({"zeta": 1, "alpha": {"y": 2, "x": 1}}, sort_dicts=False, width=20)

text = pprint.pformat(config["service"], width=40)
print(text.count("\n"), "line breaks")
for line in text.splitlines():
    print("|", line)

# Short things stay on one line, whatever the width.
pprint.pprint([1, 2, 3], width=5)
pprint.pprint({"a": 1}, width=1)
pprint.pprint("short")
pprint.pprint(["a long string that has to wrap around at some point because it is long"], width=30)
pprint.pprint(("tuple", "of", "words", "that", "wrap"), width=20)
pprint.pprint({"key": "value " * 20}, width=40)
