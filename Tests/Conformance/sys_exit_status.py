# A command-line style script that validates its input and exits with a status code.
import sys

EXIT_OK, EXIT_USAGE, EXIT_DATA = 0, 2, 3

def check(records):
    bad = [r for r in records if r.get("qty", 0) < 0]
    for r in bad:
        print(f"error: negative quantity for {r['name']}", file=sys.stderr)
    return not bad

def main(argv):
    print("running", argv[0].rsplit("/", 1)[-1], "with", len(argv) - 1, "arguments")
    records = [{"name": "bolts", "qty": 10}, {"name": "nuts", "qty": -2}, {"name": "gears", "qty": -1}]
    try:
        if not check(records):
            return EXIT_DATA
    finally:
        print("cleanup runs before the exit")
    return EXIT_OK

# SystemExit is an exception: it can be caught, and finally blocks run.
try:
    sys.exit(EXIT_USAGE)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit()
except SystemExit as e:
    print("caught bare exit", e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught message exit", repr(e.code), str(e))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two arguments", e.code)

sys.exit(main(sys.argv))
