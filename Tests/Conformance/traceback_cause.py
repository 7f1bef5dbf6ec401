# Uncaught exception with an explicit cause: "The above exception was the direct cause ...".
def load(config):
    try:
        return config["port"]
    except KeyError as e:
        raise RuntimeError("config has no port") from e

print(load({"port": 80}))
load({})
