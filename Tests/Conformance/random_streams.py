# random, bit for bit: the program seeds it itself, with small, negative and huge seeds.
import random

for seed in [0, 1, 42, -5, 2 ** 70]:
    random.seed(seed)
    print("seed", seed)
    print([random.random() for _ in range(3)])
    print(random.getrandbits(7), random.getrandbits(33), random.getrandbits(100))
    print([random.randint(1, 6) for _ in range(10)])
    print(random.choice("abcdefg"), random.choice([10, 20, 30]))
    items = list(range(10))
    random.shuffle(items)
    print(items)
    print(random.uniform(1, 3), random.randrange(0, 10 ** 12), random.randrange(5), random.randrange(3, 30, 3))
    print(random.sample(range(100), 5))
