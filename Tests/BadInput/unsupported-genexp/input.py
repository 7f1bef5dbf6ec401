x = sum(i for i in range(3))
