# Three-deep chains mixing cause and context, from None, and a handler's own bug.
class ConfigError(Exception):
    pass

def read(settings, key):
    try:
        return settings[key]
    except KeyError:
        raise ConfigError(f"missing {key}") from None

def load(settings):
    try:
        port = int(read(settings, "port"))
    except ValueError as e:
        raise ConfigError("port is not a number") from e
    try:
        return port // settings["workers"]
    except ZeroDivisionError:
        try:
            log.warning("no workers")
        finally:
            print("cleanup ran")

try:
    load({})
except ConfigError as e:
    print("1:", e, e.__cause__, e.__suppress_context__)
try:
    load({"port": "eighty"})
except ConfigError as e:
    print("2:", e, type(e.__cause__).__name__)
load({"port": "80", "workers": 0})
