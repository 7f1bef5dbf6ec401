from abc import ABC, abstractmethod


class Storage(ABC):
    @abstractmethod
    def save(self, key: str, value: str) -> None:
        ...

    @abstractmethod
    def load(self, key: str) -> str:
        ...


class Cache(Storage):
    def save(self, key: str, value) -> None:
        print("saved", key)


print(Storage.__abstractmethods__ == frozenset({"save", "load"}))
c = Cache()
