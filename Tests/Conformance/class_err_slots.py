class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


v = Vec(1, 2)
for action in [lambda: setattr(v, "z", 3), lambda: v.__dict__, lambda: vars(v), lambda: Vec.__new__(Vec).x]:
    try:
        action()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)


class Vec3(Vec):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
        self.w = 0


print(Vec3.__slots__, Vec.x, Vec3.z)
Vec3(1, 2, 3)
