# Binary operators: CPython 3.11 marks the operands with ~ and the operator with ^.
def average(total, count):
    return total / count

def ratio(values):
    scale = 10
    return [scale * v // (v - 1) for v in values]

def describe(stats):
    return "mean: " + stats["mean"] + " units"

for args in [(10, 2), (3, 0)]:
    try:
        print(average(*args))
    except ZeroDivisionError as e:
        print("error:", e)

try:
    ratio([3, 2, 1])
except ZeroDivisionError:
    print("ratio failed")

x = 2 ** 3
result = (x) + average(x, 4) * 2
print(result)
describe({"mean": 2.5})
