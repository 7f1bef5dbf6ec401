a = {1: 2, 3: 4}
b = {3: 5, 6: 7}
print(a | b, b | a, a)
a |= [(9, 9)]
print(a)
a |= b
print(a)
try:
    a | [(1, 2)]
except TypeError as e:
    print(e)
try:
    a |= 5
except TypeError as e:
    print(e)
from collections import Counter, OrderedDict, defaultdict
print({"x": 1} | Counter("ab"), OrderedDict(a=1) | {"b": 2}, {"z": 0} | OrderedDict(a=1))
