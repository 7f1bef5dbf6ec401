# Ints overflow into big ints exactly where CPython's never overflow; int/float mixing; float repr.
print(2 ** 100, -(2 ** 100), 2 ** 63, 2 ** 64, -(2 ** 63) - 1)
big = 2 ** 100
print(big + 1, big - big, big * big, big // 3, big % 7, big // -3, big % -7)
print(-big // 3, -big % 3, -big // -3, -big % -3, divmod(-big, 7), divmod(big, -7))
print((-7) // 2, (-7) % 2, 7 // -2, 7 % -2, -7 // -2, -7 % -2, divmod(-7, 2))
i64max = 9223372036854775807
print(i64max + 1, i64max * 2, -i64max - 2, (-i64max - 1) // -1, abs(-i64max - 1), -(-i64max - 1))
print(i64max * i64max, (i64max + 1) - 1 == i64max, type(i64max + 1).__name__)
print(3 ** 40, 7 ** 23 % 1000, pow(3, 100, 7), pow(2, -2), pow(-2, 3), (-2) ** 0.5 if False else "skip")
print(1 << 70, (1 << 70) >> 69, -1 >> 5, -(1 << 70) >> 3, 255 & 15, 8 | 3, 6 ^ 3, ~5, ~big)
print(big / 2, big / 3, 2 ** 53 + 1.0, float(2 ** 64), int(1e20), int(-2.9), int(2.9))
print(1 / 4, 7 / 7, -1 / 3, 10 / 4, 2 ** 0.5, 10 % 3.5, -10 % 3.5, 10.5 // 3, -10.5 // 3)
print(1 + 2.0, 3 * 1.5, 2 - 0.5, True + 1.5, 5 // 2.0, 5 % 2.0, divmod(7.5, 2), divmod(-7.5, 2))
print(big == 2.0 ** 100, big < 2.0 ** 101, 1 == 1.0, 0.1 + 0.2 == 0.3, 2 ** 0.5 * 2 ** 0.5)
print(abs(-2.5), round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(2.675, 2), round(1234, -2), round(1250, -2))
print(round(1.5), type(round(1.5)).__name__, round(1.5, 0), round(-0.4), int("-0012"), int(" 7 "), int("1_000"))
print(int("ff", 16), int("0x1F", 16), int("777", 8), int("101", 2), int("z", 36), int(True), float("inf"), float("-inf"))
print(float("nan") == float("nan"), float(" 1e3 "), float("-0"), float(3), int(float("1e15")))
print(sum([0.1] * 10), sum([1, 2.5]), sum([big, 1]), max(1, 2.0), min(-0.0, 0), max([1, 2], default=0))
print(hex(big), oct(-8), bin(-5), hex(-255), bin(0), hash(1) == hash(1.0))
print(str(big), repr(big), len(str(2 ** 1000)), str(-big)[:5], 10 ** 50 // 10 ** 49)
print(0.1, 0.2, 0.3, 1.1, 2.675, 1e15, 1e16, 1e17, 123456789012345678.0, 1e22, 1e23)
print(1e-4, 1e-5, 0.0001234, 1.5e-7, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308)
print(float("inf"), -float("inf"), float("nan"), 1e308 * 10, -1e308 * 10, 0.0, -0.0, 100.0, 1.0e10)
print(repr(1.0), repr(-1.5), str(3.0), repr(0.5), 1/3, 2/3, 10/3, 100/7, 9007199254740993.0)
print([0.1, 1e100, -2.5e-10], (1.0,), {"f": 2.5}, 3.14159265358979, 2.718281828459045)
print(12345.678, 0.000001, 0.0000001, 1234567890123456.7, 12345678901234567.0)
print(int(123.999), float(10 ** 16), float(10 ** 22), float(2 ** 70), -0.0 == 0.0)
print(7 // 0.5, 1e300 * 1e300 - 1e300 * 1e300 != 0, 2.5 % 1, -2.5 % 1, 3 % -2.5)
for thunk_name, thunk in [("1/0", lambda: 1 / 0), ("1//0", lambda: 1 // 0), ("1%0", lambda: 1 % 0),
                          ("1.0/0", lambda: 1.0 / 0), ("1.5//0.0", lambda: 1.5 // 0.0), ("big%0", lambda: big % 0),
                          ("divmod(1,0)", lambda: divmod(1, 0)), ("0**-1", lambda: 0 ** -1),
                          ("2.0**10000", lambda: 2.0 ** 10000), ("int('x')", lambda: int("x")),
                          ("int('1.5')", lambda: int("1.5")), ("float('abc')", lambda: float("abc")),
                          ("int(inf)", lambda: int(float("inf"))), ("int(nan)", lambda: int(float("nan"))),
                          ("1<<-1", lambda: 1 << -1), ("big/0.0", lambda: big / 0.0),
                          ("float(2**1024)", lambda: float(2 ** 1024)), ("2**1024/1", lambda: 2 ** 1024 / 1.0)]:
    try:
        print(thunk_name, thunk())
    except (ZeroDivisionError, ValueError, OverflowError) as e:
        print(thunk_name, "->", type(e).__name__ + ":", e)
x = 10
x += 5; x -= 3; x *= 2; x //= 5; x **= 3; x %= 7
print(x)
y = 2 ** 62
y += y
y *= 4
print(y, -y, y // 2 ** 62)
print(isinstance(big, int), isinstance(1.0, float), isinstance(True, int), bool(big), bool(0.0), not 0)
# int() parsing with bases
for a in [("0x1F", 16), ("z", 36), ("Z", 36), ("+-5", 10), ("0x_1f", 16), ("0b101", 0), ("010", 0), ("0", 0), ("000", 0), ("1_0", 0), ("12", 3), ("1", 37), ("1", 1), (" -0o17 ", 0), ("٣", 10), ("9"*30, 10)]:
    try:
        print(a, int(*a))
    except ValueError as e:
        print(a, e)
try:
    int("1", "2")
except TypeError as e:
    print(e)
try:
    int(5, 2)
except TypeError as e:
    print(e)
