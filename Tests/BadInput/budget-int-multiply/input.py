x = 3 ** 100000
while True:
    x = x * x
