z = [1]
for i in range(100000):
    z = filter(None, enumerate(z))
print(list(z))
