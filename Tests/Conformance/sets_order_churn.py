# Iteration order of sets under churn: ints and strings added, discarded and popped at
# random (seeded), the set printed as it goes. The order follows CPython's hash table.
import random

random.seed(2024)
words = ["".join(random.choice("abcdefgh") for _ in range(random.randint(1, 5))) for _ in range(60)]
words += ["", "é", "naïve", "straße", "€uro", "日本語", "😀", "a😀b"]

s = set()
for step in range(400):
    r = random.random()
    if r < 0.35:
        s.add(random.randint(-40, 400))
    elif r < 0.55:
        s.add(random.choice(words))
    elif r < 0.75:
        s.discard(random.randint(-40, 400))
        s.discard(random.choice(words))
    elif r < 0.85:
        if s:
            print("pop", repr(s.pop()))
    elif r < 0.88:
        s.add(random.randint(-2**70, 2**70))
    elif r < 0.9:
        s = set(s)
    elif r < 0.92:
        s = s.copy()
    elif r < 0.93:
        s.clear()
    else:
        for _ in range(random.randint(5, 40)):
            s.add(random.randint(0, 5000))
    if step % 8 == 0:
        print(step, len(s), s)

# Large tables: growth past 50,000 keys doubles instead of quadrupling.
big = set()
for i in range(60000):
    big.add(i * 7919 % 100003)
for i in range(0, 60000, 3):
    big.discard(i)
print(len(big), list(big)[:20], list(big)[-20:])
while len(big) > 59990:
    big.pop()
print(list(big)[:10])

# Strings only, then ints only.
t = set(words)
print(t)
for w in words[::3]:
    t.discard(w)
print(t)
u = {i * i for i in range(-30, 30)}
print(u)
print(set(range(100, 0, -7)))
