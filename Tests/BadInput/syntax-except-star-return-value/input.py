def total(rows):
    try:
        return sum(rows)
    except* TypeError as eg:
        return len(eg.exceptions) + 1
