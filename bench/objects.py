# Attribute reads and writes, method calls and dunder dispatch on user classes, in a loop.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __len__(self):
        return 2

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    count = 0

    def __init__(self, pos, vel):
        self.pos = pos
        self.vel = vel
        Particle.count += 1

    def step(self):
        self.pos = self.pos + self.vel
        return self.pos.dot(self.vel)

    @property
    def energy(self):
        return self.vel.dot(self.vel)


particles = [Particle(Vec(i, -i), Vec(1, i % 3)) for i in range(100)]
total = 0
for _ in range(2000):
    for p in particles:
        total += p.step() + p.energy + len(p.pos)
        if p.pos == p.vel:
            total += 1
print(total, Particle.count)
