def squares(n):
    return [(i := i * i) for i in range(n)]

print(squares(4))
