def greet(name: str, times: int = 1, *args: float, sep: str = " ", **kw: bool) -> str:
    return sep.join([name] * times)

print(greet.__annotations__)
print(greet("hi", 2))

def plain(a, b):
    return a + b

print(plain.__annotations__)

def only_return() -> None:
    pass

print(only_return.__annotations__)

order = []
def note(x):
    order.append(x)
    return x

def f(a: note("a"), b: note("b") = 3) -> note("ret"):
    pass

print(order, f.__annotations__)

class Account:
    owner: str
    balance: float = 0.0
    history: list = []

    def deposit(self, amount: float) -> "Account":
        x: int = 5
        y: undefined_name
        self.balance += amount
        return self

print(Account.__annotations__)
print(Account.deposit.__annotations__)
a = Account()
print(a.deposit(10).balance)
try:
    print(Account.owner)
except AttributeError as e:
    print(type(e).__name__, e)

count: int = 0
names: list[str]
print(__annotations__)
if True:
    flag: bool = True
print(__annotations__["flag"], flag)
lam = lambda x: x
print(lam.__annotations__)

def local_bare():
    z: int
    try:
        print(z)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
local_bare()
