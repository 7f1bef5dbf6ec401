data = list(range(200000, 0, -1))
while True:
    data.sort()
    data.reverse()
