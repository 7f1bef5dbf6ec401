# What a script usually asks sys: its arguments, the Python version, limits, the two streams.
import sys

print("script:", sys.argv[0].rsplit("/", 1)[-1], "args:", sys.argv[1:])
if sys.version_info >= (3, 8):
    print("walrus and f-string = are available")
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor >= 11,
      sys.version_info.releaselevel, sys.version_info > (3, 11), sys.version_info < (4,))
print(type(sys.version_info.major).__name__, len(sys.version_info), tuple(sys.version_info)[:2])
print(sys.version.startswith("3.11"), sys.hexversion >> 16 == 0x30b)
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(1.0 + sys.float_info.epsilon > 1.0, 1.0 + sys.float_info.epsilon / 2 == 1.0)

# Writing to the streams directly: write() returns the count and adds no newline.
n = sys.stdout.write("written with sys.stdout.write\n")
print("count:", n)
sys.stdout.write("no newline, ")
sys.stdout.write("then one\n")
sys.stdout.flush()
sys.stderr.write("a warning on stderr\n")
print("print to stderr", 42, file=sys.stderr)
print("print to stdout", "explicitly", sep=" | ", file=sys.stdout)
print(repr(sys.stdout), repr(sys.stderr))
print(sys.stdout.name, sys.stderr.name, sys.stdout.encoding, sys.stdout.writable())
sys.stdout.writelines(["line a\n", "line b\n"])
try:
    sys.stdout.write(3.5)
except TypeError as e:
    print("TypeError:", e)

# The exception being handled, seen from anywhere below the except clause.
def describe():
    kind, value, tb = sys.exc_info()
    return f"{kind.__name__}: {value}" if kind else "nothing"

print(describe())
try:
    {}["k"]
except KeyError:
    print(describe(), sys.exception().args)
print(sys.exc_info(), sys.exception())

print(sys.intern("hello") == "hello")
try:
    sys.intern(12)
except TypeError as e:
    print("TypeError:", e)

# The recursion limit is real: a deep call fails past it.
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

old = sys.getrecursionlimit()
print("limit", old, depth(500))
sys.setrecursionlimit(120)
try:
    depth(200)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(100))
sys.setrecursionlimit(old)
print(depth(900))
for bad in [0, -5, 2.5, "100"]:
    try:
        sys.setrecursionlimit(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

for name in ["argv", "stdout", "stderr", "exit", "version_info", "getrecursionlimit"]:
    print(name, hasattr(sys, name))

# Assigning sys.stdout redirects print() until the old stream is put back.
class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)


saved = sys.stdout
collector = Collector()
sys.stdout = collector
print("captured", 1, 2)
sys.stdout.write("direct\n")
sys.stdout = saved
print("collected:", collector.parts, sys.stdout is saved)
saved_err = sys.stderr
sys.stderr = collector
print("an error line", file=sys.stderr)
sys.stderr = saved_err
print("collected:", collector.parts[-2:])
sys.stdout = collector
print("once more")
sys.stdout = sys.__stdout__
print("restored from __stdout__:", collector.parts[-2:], sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
