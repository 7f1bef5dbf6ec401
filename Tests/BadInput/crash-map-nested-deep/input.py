z = [1]
for i in range(200000):
    z = map(abs, z)
print(list(z))
