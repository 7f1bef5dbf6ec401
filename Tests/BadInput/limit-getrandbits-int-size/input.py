import random
bits = random.getrandbits(10**6)
