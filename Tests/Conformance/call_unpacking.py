# Argument unpacking errors name the function, as CPython does.
def two(a, b):
    return a + b


print(two(*[1, 2]), two(**{"a": 1, "b": 2}), two(*(1,), **{"b": 5}))
for call in [lambda: two(*5), lambda: two(**[1]), lambda: two(**{"a": 1}, **{"a": 2}),
             lambda: print(*5), lambda: len(**{"a": 1}, **{"a": 2})]:
    try:
        call()
    except TypeError as e:
        print(e)
print({**{"a": 1}, **{"a": 2}})
