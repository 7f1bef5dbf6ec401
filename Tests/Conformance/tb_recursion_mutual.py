# Mutual recursion alternates two lines: nothing is collapsed, but the last three
# identical frames before the failure are, and "1 more time" is singular.
def even(n):
    if n == 0:
        return True
    return odd(n - 1)

def odd(n):
    if n == 0:
        raise ValueError(f"odd reached zero")
    return even(n - 1)

def walk(n):
    if n > 0:
        return walk(n - 1)
    return even(3)

print(even(10))
walk(4)
