from typing import (Any, Optional, Union, List, Dict, Tuple, Set, FrozenSet, Callable, Iterable,
                    Iterator, Generator, AsyncIterator, AsyncGenerator, Awaitable, Coroutine,
                    TypeVar, Generic, Protocol, Literal, Final, ClassVar, cast, overload,
                    TYPE_CHECKING, get_type_hints, Sequence, Mapping, Type, get_origin, get_args)
import typing

print(TYPE_CHECKING)
print(Any, Optional[int], Union[int, str], Union[int, None], Union[int, str, None])
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[int, str], Tuple[()], Set[str], FrozenSet[int])
print(Callable[[int, str], bool], Callable[..., int])
print(Iterable[int], Iterator[str], Generator[int, None, None], AsyncIterator[int])
print(AsyncGenerator[int, None], Awaitable[str], Coroutine[None, None, int])
print(Literal["r", "w"], Final[int], ClassVar[List[int]], Sequence[float], Mapping[str, Any], Type[int])
print(List, Dict, Callable, Optional)
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[frozenset[str]], type[int])
print(int | None, int | str | None, list[int] | None, None | int)
print(type(int | None).__name__, type(list[int]).__name__)
print((int | str).__args__, list[int].__origin__, list[int].__args__)
print(Union[int, Union[str, float]], Union[int, int], Optional[Optional[int]])
print(Optional[int] == Union[int, None], List[int] == List[int], Union[int, str] == Union[str, int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int), get_args(int))
print(cast(int, "not checked"), cast(List[str], [1]))
T = TypeVar("T")
K = TypeVar("K", bound=str)
Co = TypeVar("Co", covariant=True)
Contra = TypeVar("Contra", contravariant=True)
print(T, K, Co, Contra, T.__name__, K.__bound__)
print(List[T], Dict[str, T], List[T][int], Dict[K, T][str, int])
print(list[int]([1, 2, 3]), dict[str, int](a=1))
try:
    Union[()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Dict[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    Any()
except TypeError as e:
    print(type(e).__name__, e)
try:
    3 | int
except TypeError as e:
    print(type(e).__name__, e)
try:
    TypeVar("X", int)
except TypeError as e:
    print(type(e).__name__, e)

@overload
def parse(x: int) -> int: ...
@overload
def parse(x: str) -> str: ...
def parse(x):
    return x
print(parse(5), parse("s"))

def fetch(url: str, retries: Optional[int] = None) -> Dict[str, Any]:
    return {"url": url, "retries": retries}
print(fetch.__annotations__)
print(get_type_hints(fetch))
print(fetch("a"))

class Config:
    name: str
    port: int = 8080
    tags: List[str]
    limit: ClassVar[int] = 3
print(Config.__annotations__)
print(get_type_hints(Config))
print(typing.Optional[str], typing.List)
