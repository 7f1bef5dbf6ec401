import random
total = 0
for i in range(200):
    total += random.getrandbits(200000) % 7
print(total > 0, random.randrange(2**150000) >= 0)
