def step(previous, i):
    try:
        raise KeyError(i)
    except KeyError as k:
        raise ValueError(i) from previous

error = None
for i in range(100000):
    try:
        step(error, i)
    except ValueError as e:
        error = e
raise error
