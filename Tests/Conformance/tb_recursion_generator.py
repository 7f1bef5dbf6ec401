# Recursive generators: each level delegates with yield from.
def walk(tree):
    if isinstance(tree, int):
        if tree < 0:
            raise ValueError(f"negative leaf {tree}")
        yield tree
        return
    for sub in tree:
        yield from walk(sub)

nested = [1, [2, [3, [4, [5, [6, [-7]]]]]]]
total = 0
for leaf in walk(nested):
    total += leaf
    print("leaf", leaf, "total", total)
