z = [1]
for i in range(200000):
    z = zip(z)
print(list(z))
