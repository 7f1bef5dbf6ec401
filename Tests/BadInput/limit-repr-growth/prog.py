d = {}
for i in range(100000):
    d = repr(d)
