a = list(range(300000))
b = list(range(300000))
while a == b:
    pass
