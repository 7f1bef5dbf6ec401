class Dog:
    species = "Canis familiaris"
    tricks = []
    count = 0

    def __init__(self, name):
        self.name = name
        Dog.count += 1
        self.number = Dog.count

    def add_trick(self, trick):
        self.tricks.append(trick)


d = Dog("rex")
e = Dog("fido")
d.add_trick("roll over")
e.add_trick("play dead")
print(d.tricks, e.tricks, d.tricks is e.tricks is Dog.tricks)


class BetterDog:
    species = "Canis familiaris"

    def __init__(self, name):
        self.name = name
        self.tricks = []

    def add_trick(self, trick):
        self.tricks.append(trick)


b1, b2 = BetterDog("a"), BetterDog("b")
b1.add_trick("sit")
print(b1.tricks, b2.tricks)

print(d.species, e.species, Dog.species, "species" in vars(d))
d.species = "Robot dog"
print(d.species, e.species, Dog.species, vars(d))
Dog.species = "Canis lupus"
print(d.species, e.species, Dog.species)
del d.species
print(d.species)
try:
    del d.species
except AttributeError as err:
    print("AttributeError:", err)

print(d.count, e.count, d.number, e.number, Dog.count)
d.count += 100
print(d.count, e.count, Dog.count, vars(d)["count"])


class Config:
    debug = False
    level = 1

    def enable(self):
        self.debug = True

    @classmethod
    def enable_all(cls):
        cls.debug = True

    def bump(self):
        type(self).level += 1


c1, c2 = Config(), Config()
c1.enable()
print(c1.debug, c2.debug, Config.debug)
Config.enable_all()
print(c1.debug, c2.debug, Config.debug)
c1.bump()
c2.bump()
print(c1.level, c2.level, Config.level)


class Sub(Config):
    level = 50


s = Sub()
s.bump()
print(s.level, Sub.level, Config.level, Sub.debug)
Config.debug = "changed"
print(Sub.debug, s.debug)
del Sub.level
print(Sub.level, s.level)


class Method:
    def greet(self):
        return "class method"


m = Method()
print(m.greet())
m.greet = lambda: "instance attribute"
print(m.greet(), Method.greet(m))
del m.greet
print(m.greet())
Method.greet = lambda self: "patched on class"
print(m.greet(), Method().greet())


def describe(self):
    return f"a {type(self).__name__} named {self.name}"


BetterDog.describe = describe
print(b1.describe(), BetterDog.describe(b2), b1.describe.__name__)


class Counter:
    total = 0

    def __init__(self):
        self.total += 1


c = Counter()
print(c.total, Counter.total)


class Shadow:
    value = "class"

    @property
    def prop(self):
        return "property"


sh = Shadow()
sh.__dict__["prop"] = "instance dict"
print(sh.prop, sh.__dict__)
sh.__dict__["value"] = "instance dict"
print(sh.value, Shadow.value)
try:
    sh.prop = 1
except AttributeError as err:
    print("AttributeError:", err)
try:
    Shadow.missing
except AttributeError as err:
    print("AttributeError:", err)
