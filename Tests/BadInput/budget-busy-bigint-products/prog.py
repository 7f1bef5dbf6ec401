x = 3 ** 60000
while True:
    y = x * x
