error = None
for i in range(3):
    try:
        try:
            raise KeyError(i)
        except KeyError:
            raise ValueError(i) from error
    except ValueError as e:
        error = e
raise error
