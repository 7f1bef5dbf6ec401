from typing import Generator, Iterable, Iterator, List, Optional, Tuple, Union, Callable, Dict

Number = Union[int, float]
Row = Tuple[str, int]


def countdown(n: int) -> Iterator[int]:
    while n > 0:
        yield n
        n -= 1


def averager() -> Generator[float, Number, str]:
    total: float = 0.0
    count: int = 0
    average: Optional[float] = None
    while True:
        value = yield average
        if value is None:
            break
        total += value
        count += 1
        average = total / count
    return f"done after {count}"


def pipeline(rows: Iterable[Row], keep: Callable[[Row], bool]) -> Generator[str, None, int]:
    kept = 0
    for name, score in rows:
        if keep((name, score)):
            kept += 1
            yield f"{name}:{score}"
    return kept


def delegate(rows: List[Row]) -> Generator[str, None, None]:
    kept = yield from pipeline(rows, lambda r: r[1] >= 50)
    yield f"kept {kept}"


print(list(countdown(3)))
avg = averager()
print(next(avg))
for v in [10, 20, 60.0]:
    print(avg.send(v))
try:
    avg.send(None)
except StopIteration as e:
    print("StopIteration:", e.value)
rows: List[Row] = [("ann", 90), ("bob", 40), ("cy", 70)]
print(list(delegate(rows)))
print(countdown.__annotations__, averager.__annotations__["return"])
print(pipeline.__annotations__)
print(Number, Row, Dict[str, Number])


def check(value: object) -> str:
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str | None):
        return "text or none"
    return "other"


print([check(v) for v in [1, 2.5, "x", None, [1]]])
print(issubclass(bool, int | str), isinstance(3, (str, int | None)))
alias = list[int | None]
print(alias, alias.__args__, alias([1, None]))
nested: dict[str, list[tuple[int, ...]]] = {"a": [(1, 2)]}
print(nested, __annotations__["nested"])
print((int | str) == (str | int), hash(int | None) == hash(None | int), int | int)
