from collections import ChainMap

defaults = {"color": "red", "user": "guest", "debug": False}
env = {"user": "admin"}
cli = {"debug": True}
config = ChainMap(cli, env, defaults)
print(config)
print(config["color"], config["user"], config["debug"], len(config), list(config))
print(dict(config), sorted(config.items()), "color" in config, "x" in config)
print(config.get("missing", "dflt"), config.get("user"), config.maps)
config["color"] = "blue"
print(cli, defaults["color"], config["color"])
child = config.new_child()
child["user"] = "root"
print(child["user"], config["user"], child.maps[0], child.parents == config)
print(config.new_child({"x": 1}), config.new_child(y=2))
print(child.parents)
del child["user"]
print(child["user"])
scopes = ChainMap()
print(scopes, bool(scopes), len(scopes))
scopes = scopes.new_child({"a": 1})
scopes = scopes.new_child({"a": 2, "b": 3})
print(scopes["a"], scopes["b"], scopes.parents["a"], list(scopes.keys()), list(scopes.values()))
print(scopes.pop("a"), scopes["a"], scopes.setdefault("c", 9), scopes)
scopes.update(z=26)
print(scopes.copy(), scopes == {"a": 1, "b": 3, "c": 9, "z": 26})
print(scopes.popitem(), scopes)
for op in [lambda: scopes["nope"], lambda: ChainMap({}, {"a": 1}).pop("a"),
           lambda: ChainMap({}, {"a": 1}).popitem(), lambda: ChainMap({}).__delitem__("q")]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__, e)
try:
    del ChainMap({}, {"a": 1})["a"]
except KeyError as e:
    print("KeyError", e)
