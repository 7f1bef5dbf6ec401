/// CPython 3.11's `abc` for what programs use of it, written in schedviz's subset and loaded on
/// `import abc` (`SourceModules.swift`). `ABC` computes `__abstractmethods__` when subclassed
/// and refuses to instantiate a class that still has some, with CPython's message; a class
/// declared with `metaclass=ABCMeta` gets `ABC` as a base (`Classes.swift`), since schedviz's
/// classes all have `type` as their metaclass.

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


class ABCMeta:
    """Only a name for `metaclass=ABCMeta`: schedviz cannot subclass `type`."""


class ABC:
    """Helper class that provides a standard way to create an ABC using inheritance."""
    __slots__ = ()

    def __init_subclass__(cls, /, **kwargs):
        super().__init_subclass__(**kwargs)
        _init_abstracts(cls)

    def __new__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            plural = 's' if len(names) > 1 else ''
            raise TypeError(f"Can't instantiate abstract class {cls.__name__} with abstract method{plural} {', '.join(names)}")
        return object.__new__(cls)

ABC.__abstractmethods__ = frozenset()


def update_abstractmethods(cls):
    if hasattr(cls, '__abstractmethods__'):
        _init_abstracts(cls)
    return cls
"""#
