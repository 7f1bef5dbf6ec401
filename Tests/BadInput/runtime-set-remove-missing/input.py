s = {1, 2, 3}
s.remove(frozenset({4}))
