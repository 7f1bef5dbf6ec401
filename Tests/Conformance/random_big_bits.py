import random
random.seed(12345)
print(random.getrandbits(200), random.getrandbits(64), random.getrandbits(65), random.getrandbits(1000) % 10**20, random.getrandbits(0))
print(random.randrange(10**40), random.randrange(-10**30, 10**30, 7), random.randint(0, 2**64), random.randrange(2**64), random.getrandbits(32))
print(random.getrandbits(160000) % 1000003, random.randrange(2**100000) % 999983)
