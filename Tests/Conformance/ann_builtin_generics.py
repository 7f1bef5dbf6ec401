import asyncio
import contextvars
from typing import Optional

print(list[int], dict[str, int], tuple[int, str], tuple[int, ...], set[str], frozenset[bytes if False else str], type[int])
print(list[list[int]], dict[str, dict[str, list[float]]], list["Node"], list[None], tuple[()])
print(asyncio.Queue[int], asyncio.PriorityQueue[str], asyncio.Future[int], asyncio.Task[str])
print(contextvars.ContextVar[int], ExceptionGroup[ValueError])
alias = dict[str, list[int]]
print(alias.__origin__, alias.__args__, alias.__parameters__)
print(alias(a=[1]), list[int]("ab"), tuple[int, ...]([1, 2]))
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(type(list[int]), type(int | None))
print(int | str, str | int | None, int | list[str], list[int] | dict[str, int] | None)
print(int | int, (int | str) | (str | float), Optional[int] == (int | None))
print((int | None).__args__, (int | str | int).__args__)
for t in (int, str, object, ValueError, range):
    try:
        t[int]
    except TypeError as e:
        print(type(e).__name__, e)


class Plain:
    pass


try:
    Plain[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 | int
except TypeError as e:
    print(type(e).__name__, e)
try:
    None | None
except TypeError as e:
    print(type(e).__name__, e)
try:
    int | "str"
except TypeError as e:
    print(type(e).__name__, e)


class Box:
    def __class_getitem__(cls, item):
        return f"Box of {item.__name__}"


print(Box[int], Box[str])


def first(items: list[int], default: int | None = None) -> int | None:
    return items[0] if items else default


print(first.__annotations__, first([]), first([4]))
print(isinstance(3, int | str), isinstance("x", int | None), isinstance(None, int | None), issubclass(bool, str | int))
