from typing import Generic, TypeVar, Optional, List, Iterator, Protocol

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self._items: List[T] = []

    def push(self, item: T) -> None:
        self._items.append(item)

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self) -> Optional[T]:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return reversed(self._items)

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value

    def swap(self) -> "Pair[V, K]":
        return Pair(self.value, self.key)


class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self) -> str:
        return "hello"


def welcome(g: Greeter) -> str:
    return g.greet() + "!"


s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(s, len(s), s.peek())
print(list(s))
print(s.pop(), s.pop(), s)
words = Stack[str]()
words.push("a")
print(words, type(words).__name__, words.__orig_class__)
print(Stack[int], Pair[str, int], Stack.__parameters__, Pair.__parameters__)
print(Stack.__mro__)
print(Stack.__bases__, Generic[T])
print(Stack.push.__annotations__, Stack.pop.__annotations__)
p = Pair("x", 1).swap()
print(p.key, p.value)
print(welcome(English()))
print(isinstance(s, Stack), issubclass(Stack, Generic))
try:
    Stack().pop()
except IndexError as e:
    print(type(e).__name__, e)
try:
    Stack[int, str]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic[T, T]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Generic()
except TypeError as e:
    print(type(e).__name__, e)


class IntStack(Stack[int]):
    def total(self) -> int:
        return sum(self._items)


n = IntStack()
n.push(3)
n.push(4)
print(n.total(), IntStack.__mro__, IntStack.__parameters__)
