import random

random.seed(12345)
print([round(random.gauss(10, 2), 12) for _ in range(5)])
print([random.normalvariate() for _ in range(3)])
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(3)])
print([random.vonmisesvariate(1.0, 4.0) for _ in range(3)], random.vonmisesvariate(0, 0))
print([random.gammavariate(a, 2.0) for a in (0.5, 1.0, 3.5)])
print([random.betavariate(2, 5) for _ in range(3)])
print([random.paretovariate(3) for _ in range(2)], [random.weibullvariate(1, 1.5) for _ in range(2)])
print([random.triangular() for _ in range(2)], random.triangular(0, 10, 7), random.triangular(5, 5))
print(random.choices("abcde", k=10))
print(random.choices(["win", "lose", "draw"], weights=[18, 18, 2], k=8))
print(random.choices(range(5), cum_weights=[1, 2, 3, 10, 20], k=6))
state = random.getstate()
a = [random.random() for _ in range(3)], random.gauss(0, 1)
random.setstate(state)
b = [random.random() for _ in range(3)], random.gauss(0, 1)
print(a == b, state[0], len(state[1]), state[2])
random.seed(1)
g1 = random.gauss(0, 1)
random.seed(1)
print(g1 == random.gauss(0, 1))
for bad in (lambda: random.choices([1, 2], [1]), lambda: random.choices([1, 2], 3), lambda: random.choices([1], [0]),
            lambda: random.choices([1], weights=[1], cum_weights=[1]), lambda: random.gammavariate(0, 1),
            lambda: random.setstate((1, (), None)), lambda: random.setstate((3, (1, 2), None)), lambda: random.choices([], k=2)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(random.sample(range(100), 5), random.randint(1, 6), random.choice("xyz"))
