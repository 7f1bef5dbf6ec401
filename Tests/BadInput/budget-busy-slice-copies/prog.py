items = list(range(1000000))
while True:
    copy = items[:]
