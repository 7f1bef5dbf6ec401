# repr/str of floats over the whole range: fixed and exponent forms, the 2**53..1e16 band where
# Swift and Python choose differently, zeros inside the digits, and seeded random values.
import random

edges = [0.0, -0.0, 1.0, -1.5, 10.0, 100.0, 1000000.0, 0.5, 0.05, 0.001, 0.0001, 9.999999999999999e-05,
         1e-05, 1.5e-05, 1e16, 9999999999999998.0, 2.0 ** 53, 2.0 ** 53 + 2, 1e15, 123456789012345.6,
         1234567890123456.7, 12345678901234567.0, 1e22, 1e-7, 1e300, 1e-300, 5e-324, 1.7976931348623157e308,
         float("inf"), -float("inf"), float("nan"), 0.1, 0.30000000000000004, 100.5, 1005.0, 20.25, 3e-10]
for x in edges:
    print(repr(x), str(x), -x, x / 3)
random.seed(7)
for i in range(400):
    x = random.random() * 10 ** random.randint(-30, 30)
    print(x, -random.random(), round(x, 3), random.uniform(0, 1000))
