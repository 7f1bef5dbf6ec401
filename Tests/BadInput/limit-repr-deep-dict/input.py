d = {}
for i in range(100000):
    d = {'next': d}
text = repr(d)
