/// CPython 3.11's `abc` for what programs use of it, written in schedviz's subset and loaded on
/// `import abc` (`SourceModules.swift`). `ABC` computes `__abstractmethods__` when subclassed
/// and refuses to instantiate a class that still has some, with CPython's message: both in
/// `ABCMeta`, a real metaclass (`class C(metaclass=ABCMeta)` and `class C(ABC)` alike); the
/// refusal is Swift's (`refuseAbstract`), where CPython's `object.__new__` makes it.

let abcSource = #"""
def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if isinstance(value, property):
        return _is_abstract(value.fget) or _is_abstract(value.fset) or _is_abstract(value.fdel)
    if isinstance(value, (classmethod, staticmethod)):
        return _is_abstract(value.__func__)
    return getattr(value, '__isabstractmethod__', False) is True


def _init_abstracts(cls):
    abstracts = {name for name, value in cls.__dict__.items() if _is_abstract(value)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', set()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for defining Abstract Base Classes (ABCs)."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        _init_abstracts(cls)
        return cls


class ABC(metaclass=ABCMeta):
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

ABC.__abstractmethods__ = frozenset()


def update_abstractmethods(cls):
    if hasattr(cls, '__abstractmethods__'):
        _init_abstracts(cls)
    return cls
"""#
