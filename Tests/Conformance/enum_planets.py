# The Planet example from the enum HOWTO: members with __init__, methods and properties.
from enum import Enum


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass          # in kilograms
        self.radius = radius      # in meters

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

    def weight(self, earth_kg):
        return earth_kg * self.surface_gravity / Planet.EARTH.surface_gravity


print(Planet.EARTH.value)
print(repr(Planet.MARS))
print(f"{Planet.EARTH.surface_gravity:.2f}")
for p in Planet:
    print(f"{p.name:<8} mass={p.mass:.3e} radius={p.radius:.0f} weighs {p.weight(70):6.1f} kg")

heaviest = max(Planet, key=lambda p: p.mass)
print("heaviest:", heaviest, heaviest.name)
print(Planet((6.421e+23, 3.3972e6)) is Planet.MARS)
print(sorted(Planet, key=lambda p: p.radius))


class Direction(Enum):
    NORTH = 0
    EAST = 90
    SOUTH = 180
    WEST = 270

    def turn_right(self):
        return Direction((self.value + 90) % 360)

    def turn_left(self):
        return Direction((self.value - 90) % 360)

    @classmethod
    def from_degrees(cls, deg):
        return cls(deg % 360)

    @staticmethod
    def describe():
        return "compass points"


d = Direction.NORTH
path = []
for turn in "RRLRRR":
    d = d.turn_right() if turn == "R" else d.turn_left()
    path.append(d.name[0])
print("".join(path), d)
print(Direction.from_degrees(450), Direction.describe())
print(Direction.NORTH.turn_left().turn_left() == Direction.SOUTH)
print({Direction.EAST: "sunrise", Direction.WEST: "sunset"}[Direction.WEST])
print(Direction['SOUTH'].value, Direction(270).name)
print(list(reversed(Direction)))
print(Direction.__members__.keys() if False else list(Direction.__members__))
