class Animal:
    """An animal."""
    kind = "generic"
    count = 0

    def __init__(self, name, sound="..."):
        self.name = name
        self.sound = sound
        Animal.count += 1

    def speak(self):
        return f"{self.name} says {self.sound}"

    def __repr__(self):
        return f"Animal({self.name!r})"

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def upper(self):
        return self.name.upper()


class Dog(Animal):
    kind = "dog"

    def __init__(self, name):
        super().__init__(name, "woof")
        self.tricks = []

    def speak(self):
        base = super().speak()
        return base + "!"

    def add(self, t):
        self.tricks.append(t)
        return self


a = Animal("cat", "meow")
d = Dog("rex")
print(a.speak(), d.speak())
print(a, d, [a, d])
print(Animal.count, d.kind, a.kind, Dog.kind)
print(Dog.create("fido"), Animal.helper(21), d.helper(4))
print(d.upper, type(d).__name__, type(d), Dog.__mro__)
print(isinstance(d, Animal), isinstance(a, Dog), issubclass(Dog, Animal), issubclass(Dog, (int, Animal)))
d.add("sit").add("roll")
print(d.tricks, vars(a), d.__dict__)
print(Animal.__doc__, Dog.__doc__, Animal.__qualname__, Dog.speak.__qualname__)
print(hasattr(d, "tricks"), getattr(d, "nope", 5))
setattr(d, "age", 3)
print(d.age)
del d.age
print(hasattr(d, "age"))
try:
    a.upper = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    d.missing
except AttributeError as e:
    print("AttributeError:", e)
print(callable(Dog), callable(d))
print(Dog.speak(d), Animal.speak(d))
m = d.speak
print(m())
