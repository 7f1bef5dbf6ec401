# sys.exit with a message: it goes to stderr and the exit status is 1; stdout is kept.
import sys

config = {"host": "localhost", "port": "80a"}

def port(cfg):
    try:
        return int(cfg["port"])
    except ValueError:
        sys.exit(f"fatal: port must be a number, got {cfg['port']!r}")
    finally:
        print("checked the port")

print("starting")
for key in sorted(config):
    print(f"  {key} = {config[key]}")
print("listening on", port(config))
print("never printed")
