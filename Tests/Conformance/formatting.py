# f-strings with specs and conversions, str.format, format() and %-formatting.
x, y, name, pi = 42, -7, "Ada", 3.14159265
items = [1, "two", 3.0]
d = {"k": "v", "n": 5}
print(f"{x} {y} {name} {pi}")
print(f"{x!r} {name!r} {name!s} {name!a} {items!r} {'é'!a}")
print(f"{x:5}|{x:<5}|{x:^5}|{x:>5}|{x:05}|{x:+}|{y:+}|{x: }|{y: }|{x:_>7}|{x:=+6}")
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e} {pi:.3E} {pi:g} {pi:%} {pi:.1%} {1e20:g} {1e-7:g} {123456789.0:g}")
print(f"{x:b} {x:o} {x:x} {x:X} {x:#b} {x:#o} {x:#x} {x:#X} {255:08b} {-255:#x} {x:c}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f} {-1234567:,} {0.5:,}")
print(f"{name:>10}|{name:<10}|{name:^10}|{name:*^11}|{name:.2}|{name:10.2}|")
print(f"{x=}, {name=!r}, {pi=:.2f}, {x + 1 = }, {items[1]=}")
w, p = 10, 3
print(f"{pi:{w}.{p}f}|{name:>{w}}|{x:{'^'}{w}}|")
print(f"{'nested ' + f'{x}'}", f"{d['k']}", f"{items[0] + 1}", f"{len(items)}", f"{{literal}} {{{x}}}")
print(f"{True} {None} {True:>6} {3 > 2}", f"{-0.0} {float('inf'):.2f} {float('nan')} {-float('inf'):>6}")
print(f"{x if x > 0 else -x} {(lambda v: v * 2)(x)} {[i for i in range(3)]} {d}")
print(f"multi {x}"
      f" line {y}")
print(f"{3.0:.0f} {2.5:.0f} {3.5:.0f} {0.125:.2f} {1.005:.2f} {2.675:.2f} {-0.5:.0f}")
print(f"{1e16:.1f} {12345.6789:.3g} {0.0001:g} {100000:g} {1000000:g} {1e6:.0e}")
print(f"{10**20:,} {2**64:x} {-(2**70):_d} {10**30:e}")
print(f"{7:3d}|{7:<3d}|{-7:03d}|{7.0:3.0f}|{'s':3s}|")
print("{} {} {}".format(1, "a", [2]), "{1} {0} {1}".format("a", "b"), "{k} {n:>4}".format(**d))
print("{0[0]} {0[1]} {1[k]}".format(items, d), "{:>{}}".format("r", 5), "{:{}.{}f}".format(pi, 8, 2))
print("{!r} {!s} {!a}".format("q", "q", "ü"), "{:^9.3}".format("abcdef"), "{{}} {}".format("x"), "{0:{1}}".format(5, "03"))
print(format(x, "08b"), format(pi, ".3f"), format("s", "^5"), format(1234, ","), format(x), format(0.1), repr(format(None, "")))
print("{}-{}".format(1, 2), "{:%}".format(0.25), "{:.0%}".format(0.125), "{:n}".format(1234), "{:,d}".format(10 ** 7))
for fmt, args, kwargs in [("{}", (), {}), ("{0} {}", (1, 2), {}), ("{x}", (), {}), ("{:d}", ("s",), {}), ("{:.2f}", ("s",), {}),
                          ("{", (), {}), ("}", (), {}), ("{0!z}", (1,), {}), ("{:x}", (1.5,), {}), ("{:,s}", ("a",), {}),
                          ("{:=}", ("s",), {}), ("{2}", (1,), {}), ("{:abc}", (1,), {})]:
    try:
        print(repr(fmt.format(*args, **kwargs)))
    except (IndexError, KeyError, ValueError, TypeError) as e:
        print(fmt, "->", type(e).__name__ + ":", e)
for bad in [lambda: f"{x:d}" if False else format(1.5, "d"), lambda: format("s", "d"), lambda: format(1, "s"),
            lambda: format(x, "z"), lambda: format([], "x"), lambda: format(None, ">5")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print("%s|%5s|%-5s|%.1s" % ("abc", "abc", "abc", "abc"))
print("%d|%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42, 42))
print("%f|%.2f|%8.3f|%-8.1f|%e|%.2E|%g|%G" % (pi, pi, pi, pi, pi, pi, pi, 1e-10))
print("%x|%X|%#x|%o|%#o|%c|%r|%%|%a" % (255, 255, 255, 8, 8, 97, "r", "é"))
print("%(name)s is %(age)d" % {"name": "Bo", "age": 3}, "%s" % None, "%s %s" % (True, 1.0), "%.3d" % 5, "%d" % True, "%s" % 2 ** 80)
print("%5.1f%%" % 99.44, "%-+5d|" % 3, "%x" % -255, "%d" % -0.5, "%i" % 3.99, "%.0f" % 2.5, "%.0f" % 3.5)
