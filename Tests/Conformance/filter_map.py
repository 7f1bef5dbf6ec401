# filter and map are lazy iterators, like CPython's.
def noisy(x):
    print("checking", x)
    return x % 2 == 0


evens = filter(noisy, range(5))
print(type(evens).__name__)
print(next(evens))
print(list(evens))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(map(lambda a, b: a * b, [1, 2, 3], (4, 5))))
print(sum(filter(lambda n: n > 2, map(abs, [-5, 1, -2, 3]))))
