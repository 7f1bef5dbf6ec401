from __future__ import annotations

from typing import Callable, Dict, List, Optional, Tuple, Union, get_type_hints
import asyncio


class Node:
    value: int
    parent: Optional[Node] = None
    children: List["Node"]
    index: Dict[str, list[Node]]

    class Meta:
        tag: str

    def link(self, other: Node | None, weight: float = 1.0) -> Tuple[Node, ...]:
        return (self,)

    def visit(self, fn: Callable[[Node, int], bool], meta: Node.Meta) -> None:
        pass


async def fetch(url: str, timeout: float | None = None) -> dict[str, int | None]:
    return {}


def queue_of(q: asyncio.Queue[int], items: "list[tuple[int, ...]]") -> Union[int, str, None]:
    return None


for obj in (Node, Node.link, Node.visit, fetch, queue_of, Node.Meta):
    print(obj.__qualname__ if hasattr(obj, "__qualname__") else obj)
    print("  raw:  ", obj.__annotations__)
    print("  hints:", get_type_hints(obj))


def broken(x: Missing) -> None:
    pass


try:
    get_type_hints(broken)
except NameError as e:
    print(type(e).__name__, e)
print(get_type_hints(broken, localns={"Missing": int}))
