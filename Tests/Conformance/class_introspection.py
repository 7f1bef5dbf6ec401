class Animal:
    """Something alive."""
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    @classmethod
    def kind(cls):
        return cls.__name__.lower()

    @staticmethod
    def info():
        return "static info"

    @property
    def title(self):
        return self.name.title()


class Dog(Animal):
    def speak(self):
        return "Woof"


class Bird(Animal):
    """Two legs, wings."""
    legs = 2


rex = Dog("rex")
tweety = Bird("tweety")
print(type(rex), type(rex) is Dog, type(rex) == Animal, rex.__class__ is Dog, type(Dog), type(type(rex)))
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__doc__, Bird.__doc__, Animal.__doc__)
print(Dog.__bases__, Dog.__base__, Animal.__bases__, Dog.__mro__)
print([c.__name__ for c in Bird.__mro__], object.__bases__, object.__mro__)
print(isinstance(rex, Dog), isinstance(rex, Animal), isinstance(rex, object), isinstance(rex, Bird))
print(isinstance(rex, (Bird, Dog)), isinstance(rex, (int, str)), isinstance(3, (str, (float, int))))
print(issubclass(Dog, Animal), issubclass(Dog, Dog), issubclass(Animal, Dog), issubclass(Bird, (Dog, Animal)))
print(issubclass(bool, int), issubclass(Dog, object), isinstance(Dog, type), isinstance(Dog, object))
print(vars(rex), rex.__dict__, "name" in vars(tweety))
print(sorted(k for k in vars(Animal) if not k.startswith("__")), "speak" in Dog.__dict__, "kind" in Dog.__dict__)
print(type(Animal.__dict__["kind"]).__name__, type(Animal.__dict__["info"]).__name__, type(Animal.__dict__["title"]).__name__)
print(type(Animal.__dict__).__name__, Animal.__dict__["legs"], Dog.__dict__.get("legs", "inherited"))

for attr in ["name", "legs", "speak", "title", "missing", "__class__", "__doc__"]:
    print(attr, hasattr(rex, attr), getattr(rex, attr, "<default>") if attr != "speak" else getattr(rex, attr)())
setattr(rex, "age", 3)
setattr(Dog, "sound", "woof")
print(rex.age, rex.sound, tweety.__dict__, getattr(Dog, "sound"))
delattr(rex, "age")
delattr(Dog, "sound")
print(hasattr(rex, "age"), hasattr(rex, "sound"))
try:
    delattr(rex, "age")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(rex, "colour")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(Dog, "colour")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(rex, 42)
except TypeError as e:
    print("TypeError:", e)

print(callable(rex), callable(Dog), callable(rex.speak), callable(Dog.kind), callable(len), callable("x"))
print(rex.speak.__name__, rex.speak.__qualname__, Dog.speak.__qualname__, Animal.kind.__qualname__, Animal.info.__name__)
print(rex.speak.__self__ is rex, rex.speak.__func__ is Dog.speak, Dog.kind.__self__ is Dog, rex.kind())
print(Dog.legs, Bird.legs, tweety.legs, rex.title, Dog.title.__class__.__name__)
print(type(rex).__name__, rex.__class__.__name__, rex.__class__.__mro__[-1].__name__, type(rex).kind())
print(Animal.speak(tweety), Dog.speak(tweety), Animal.title.fget(rex))
print(type(3).__name__, type("s").__name__, type([]).__name__, type(None).__name__, type(Animal.speak).__name__, type(rex.speak).__name__)
print(int.__name__, str.__qualname__, type.__name__, bool.__mro__, type(len).__name__)

def describe(obj):
    cls = type(obj)
    return f"{cls.__name__} instance with {sorted(vars(obj))} inheriting from {[b.__name__ for b in cls.__bases__]}"
print(describe(rex), describe(Animal("x")))
