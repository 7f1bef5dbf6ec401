"""PEP 563: annotations kept as strings."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Optional, get_type_hints


class Node:
    value: int
    next: Optional[Node] = None
    children: list[Node]

    def __init__(self, value: int, next: Node | None = None) -> None:
        self.value = value
        self.next = next

    def append(self, value: int) -> Node:
        node = Node(value)
        self.next = node
        return node


def scale(xs: list[float], k: float = 2.0, *rest: tuple[int, ...], **kw: dict[str, "Node"]) -> list[float]:
    return [x * k for x in xs]


def exotic(a: x.y.z, b: -1, c: 1 + 2 * 3, d: (1 + 2) * 3, e: f(a, *b, k=1, **c), g: a if b else c,
           i: not a and b or c, j: a < b <= c, k: [1, 'two', None, ...],
           m: {'k': v}, n: (int, str), o: Callable[[int], str], p: Tuple[()], q: a[1:2], r: 2 ** -1,
           s: "quoted 'inner'", t: 1.5e10, u: {1, 2}, v: ~a | b & c ^ d, w: (a, ), y: a @ b) -> None:
    pass


print(Node.__annotations__)
print(Node.__init__.__annotations__, Node.append.__annotations__)
print(scale.__annotations__)
for name, text in exotic.__annotations__.items():
    print(name, repr(text))
print(get_type_hints(Node.append))
head = Node(1)
head.append(2).append(3)
print(head.next.next.value, scale([1.0, 2.5]))


@dataclass
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)


print(Point(1), [(f.name, f.type) for f in fields(Point)])
count: int = 3
print(__annotations__)
