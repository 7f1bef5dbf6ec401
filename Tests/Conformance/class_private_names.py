class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        self._note = "internal by convention"

    def deposit(self, amount):
        self.__balance += amount
        return self.__balance

    def __audit(self):
        return f"audit {self.owner}: {self.__balance}"

    def report(self):
        return self.__audit()

    def __repr__(self):
        return f"Account({self.owner!r})"


a = Account("ann", 100)
print(a.deposit(50), a.report(), sorted(vars(a)))
print(a._Account__balance, a._Account__audit(), a._note)
for action in [lambda: a.__balance, lambda: a.__audit()]:
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)


class Savings(Account):
    def __init__(self, owner, balance):
        super().__init__(owner, balance)
        self.__balance = "shadow"

    def peek(self):
        return self.__balance, self._Account__balance


s = Savings("bob", 10)
print(s.peek(), sorted(vars(s)))
try:
    s.report()
    print(s.report())
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    __count = 0

    @classmethod
    def bump(cls):
        cls.__count += 1
        return cls.__count

    def __dunder__(self):
        return "dunders are not mangled"


print(Counter.bump(), Counter.bump(), Counter._Counter__count, Counter().__dunder__())
print(sorted(k for k in vars(Counter) if "count" in k))


class Outer:
    __secret = "outer"

    class Inner:
        __secret = "inner"

        def get(self):
            return self.__secret

    def get(self):
        return self.__secret, Outer.Inner().get()


print(Outer().get(), Outer.Inner._Inner__secret)


class _Private:
    __x = 1

    def x(self):
        return self.__x


print(_Private().x(), sorted(k for k in vars(_Private) if k.endswith("__x")))


def helper(obj):
    return obj.__balance


try:
    helper(a)
except AttributeError as e:
    print("AttributeError:", e)


class Config:
    def __init__(self, **opts):
        self.__opts = opts

    def get(self, key, __default=None):
        return self.__opts.get(key, __default)


c = Config(debug=True)
print(c.get("debug"), c.get("missing", "fallback"), list(vars(c)))
