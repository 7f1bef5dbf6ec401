/// CPython 3.11's collections, written again in schedviz's subset and loaded on `import collections`
/// (`SourceModules.swift`). schedviz classes cannot subclass dict or tuple, so defaultdict, Counter
/// and OrderedDict hold a dict (`_d`) and namedtuple classes a tuple (`_t`); deque is a list with a
/// head offset, so both ends are amortized O(1) (a scheduler's ready queue).

let collectionsSource = #"""
def _type_name(x):
    return type(x).__name__


def _unhashable(obj, cls):
    # A C type's name carries its module, a Python subclass's does not.
    name = 'collections.' + cls.__name__ if type(obj) is cls else _type_name(obj)
    raise TypeError(f"unhashable type: '{name}'")


def _ssize(n, message=None):
    # An integer argument as CPython's C code takes it (a Py_ssize_t).
    if not isinstance(n, int):
        raise TypeError(message or f"'{_type_name(n)}' object cannot be interpreted as an integer")
    if n < -9223372036854775808 or n > 9223372036854775807:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return int(n)


def _fromkeys(cls, iterable, value=None):
    result = cls()
    for key in iterable:
        result[key] = value
    return result


class deque:
    """A list with a head offset: both ends are amortized O(1)."""

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            maxlen = _ssize(maxlen, "an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._l = []
        self._h = 0
        self._maxlen = maxlen
        self._state = 0
        self.extend(iterable)

    @property
    def maxlen(self):
        return self._maxlen

    def __len__(self):
        return len(self._l) - self._h

    def _index(self, i):
        if not isinstance(i, int):
            raise TypeError(f"sequence index must be integer, not '{_type_name(i)}'")
        n = len(self._l) - self._h
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._h + i

    def __getitem__(self, i):
        return self._l[self._index(i)]

    def __setitem__(self, i, value):
        self._l[self._index(i)] = value

    def __delitem__(self, i):
        j = self._index(i)
        self._state += 1
        del self._l[j]

    def append(self, x):
        self._state += 1
        self._l.append(x)
        if self._maxlen is not None and len(self._l) - self._h > self._maxlen:
            self.popleft()

    def appendleft(self, x):
        self._state += 1
        if self._h == 0:
            pad = len(self._l) + 8
            self._l = [None] * pad + self._l
            self._h = pad
        self._h -= 1
        self._l[self._h] = x
        if self._maxlen is not None and len(self._l) - self._h > self._maxlen:
            self.pop()

    def pop(self):
        if len(self._l) == self._h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._l.pop()

    def popleft(self):
        h = self._h
        l = self._l
        if len(l) == h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        x = l[h]
        l[h] = None
        h += 1
        if h == len(l):
            self._l = []
            h = 0
        elif h > 32 and h * 2 > len(l):
            del l[:h]
            h = 0
        self._h = h
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._l = []
        self._h = 0

    def copy(self):
        return type(self)(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, x):
        n = 0
        for y in self:
            if y is x or y == x:
                n += 1
        return n

    def index(self, x, start=0, stop=9223372036854775807):
        start = _ssize(start, "slice indices must be integers or have an __index__ method")
        stop = _ssize(stop, "slice indices must be integers or have an __index__ method")
        n = len(self)
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        l = self._l
        h = self._h
        for i in range(start, stop):
            y = l[h + i]
            if y is x or y == x:
                return i
        raise ValueError(f"{x!r} is not in deque")

    def insert(self, i, x):
        i = _ssize(i)
        n = len(self)
        if self._maxlen is not None and n >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        if i < 0:
            i = max(i + n, 0)
        i = min(i, n)
        self._state += 1
        self._l.insert(self._h + i, x)

    def remove(self, value):
        l = self._l
        for i in range(self._h, len(l)):
            y = l[i]
            if y is value or y == value:
                self._state += 1
                del l[i]
                return
        raise ValueError(f"{value!r} is not in deque")

    def reverse(self):
        self._state += 1
        items = self._l[self._h:]
        items.reverse()
        self._l = items
        self._h = 0

    def rotate(self, n=1):
        n = _ssize(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n * 2 <= size:
            for _ in range(n):
                self.appendleft(self.pop())
        else:
            for _ in range(size - n):
                self.append(self.popleft())

    def __iter__(self):
        state = self._state
        i = 0
        while i < len(self._l) - self._h:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._l[self._h + i]
            i += 1
        if self._state != state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        i = len(self._l) - 1
        while i >= self._h:
            if self._state != state:
                raise RuntimeError("deque mutated during iteration")
            yield self._l[i]
            i -= 1

    def __contains__(self, x):
        for y in self:
            if y is x or y == x:
                return True
        return False

    def __repr__(self):
        items = repr(self._l[self._h:])
        if self._maxlen is None:
            return f"{_type_name(self)}({items})"
        return f"{_type_name(self)}({items}, maxlen={self._maxlen})"

    def __hash__(self):
        _unhashable(self, deque)

    def _cmp(self, other):
        if isinstance(other, deque):
            return self._l[self._h:], other._l[other._h:]
        return None

    def __eq__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] == p[1]

    def __ne__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] != p[1]

    def __lt__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] < p[1]

    def __le__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] <= p[1]

    def __gt__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] > p[1]

    def __ge__(self, other):
        p = self._cmp(other)
        return NotImplemented if p is None else p[0] >= p[1]

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{_type_name(other)}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        result = self.copy()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = _ssize(n, f"can't multiply sequence by non-int of type '{_type_name(n)}'")
        items = self._l[self._h:]
        self.clear()
        for _ in range(n):
            self.extend(items)
        return self


class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwds):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwds)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __hash__(self):
        _unhashable(self, defaultdict)

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = self.copy()
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        result.update(self)
        return result

    def __repr__(self):
        f = self.default_factory
        return f"{_type_name(self)}({'None' if f is None else repr(f)}, {dict.__repr__(self)})"


class OrderedDict(dict):
    def __init__(self, *args, **kwds):
        if len(args) > 1:
            raise TypeError(f"expected at most 1 arguments, got {len(args)}")
        dict.__init__(self, *args, **kwds)

    def __hash__(self):
        _unhashable(self, OrderedDict)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        result.update(other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        result.update(self)
        return result

    def __repr__(self):
        if not self:
            return f"{_type_name(self)}()"
        return f"{_type_name(self)}({list(dict.items(self))!r})"

    fromkeys = classmethod(_fromkeys)


def _counter_key(item):
    return item[1]


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def __delitem__(self, key):
        if key in self:
            dict.__delitem__(self, key)

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=_counter_key, reverse=True)
        if n is None or n >= len(items):
            return items
        return items[:max(n, 0)]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError("Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                self_get = self.get
                for elem in iterable:
                    self[elem] = self_get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __repr__(self):
        if not self:
            return f"{_type_name(self)}()"
        try:
            body = ', '.join([f"{k!r}: {v!r}" for k, v in self.most_common()])
            return f"{_type_name(self)}({{{body}}})"
        except TypeError:
            return f"{_type_name(self)}({dict.__repr__(self)})"

    def __eq__(self, other):
        if isinstance(other, Counter):
            return all([self[e] == other[e] for c in (self, other) for e in c])
        return dict.__eq__(self, other)

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] <= other[e] for c in (self, other) for e in c])

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all([self[e] >= other[e] for c in (self, other) for e in c])

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def _combine(self, other, pick, others=True):
        # CPython's order: self's elements first, then those only `other` has.
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = pick(count, other[elem])
            if newcount > 0:
                result[elem] = newcount
        if others:
            for elem, count in other.items():
                if elem not in self:
                    newcount = pick(0, count)
                    if newcount > 0:
                        result[elem] = newcount
        return result

    def __add__(self, other):
        return self._combine(other, lambda a, b: a + b)

    def __sub__(self, other):
        return self._combine(other, lambda a, b: a - b)

    def __or__(self, other):
        return self._combine(other, lambda a, b: b if a < b else a)

    def __and__(self, other):
        return self._combine(other, lambda a, b: a if a < b else b, False)

    def __ror__(self, other):
        return NotImplemented

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        for elem in [elem for elem, count in self.items() if not count > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def _keys(self):
        d = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                d[key] = None
        return d

    def __iter__(self):
        return iter(self._keys())

    def keys(self):
        return self._keys().keys()

    def values(self):
        return [self[k] for k in self._keys()]

    def items(self):
        return [(k, self[k]) for k in self._keys()]

    def __contains__(self, key):
        for m in self.maps:
            if key in m:
                return True
        return False

    def __bool__(self):
        for m in self.maps:
            if m:
                return True
        return False

    def __repr__(self):
        return f"{_type_name(self)}({', '.join(map(repr, self.maps))})"

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return type(self)(m, *self.maps)

    @property
    def parents(self):
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None

    def setdefault(self, key, default=None):
        if key not in self:
            self[key] = default
        return self[key]

    def update(self, *args, **kwds):
        self.maps[0].update(*args, **kwds)

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError('No keys found in the first mapping.') from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError(f'Key not found in the first mapping: {key!r}') from None

    def clear(self):
        self.maps[0].clear()

    __hash__ = None

    def __eq__(self, other):
        if isinstance(other, ChainMap):
            other = dict(other.items())
        if not isinstance(other, dict):
            return NotImplemented
        return dict(self.items()) == other

    def __or__(self, other):
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


_KEYWORDS = frozenset(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
    'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for',
    'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass',
    'raise', 'return', 'try', 'while', 'with', 'yield'])


def _names_list(names):
    quoted = [f"'{n}'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f"{quoted[0]} and {quoted[1]}"
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


class _NamedTuple(tuple):
    """The shared behaviour of namedtuple classes (tuple subclasses)."""
    __slots__ = ()
    _fields = ()
    _field_defaults = {}

    def __new__(cls, *args, **kwds):
        fields = cls._fields
        n = len(fields)
        name = cls._nt_name
        if len(args) > n:
            raise TypeError(f"{name}.__new__() takes {n + 1} positional arguments but {len(args) + 1} were given")
        values = list(args)
        if kwds or len(args) < n:
            for key in kwds:
                if key not in fields:
                    raise TypeError(f"{name}.__new__() got an unexpected keyword argument '{key}'")
                if fields.index(key) < len(args):
                    raise TypeError(f"{name}.__new__() got multiple values for argument '{key}'")
            defaults = cls._field_defaults
            missing = []
            for f in fields[len(args):]:
                if f in kwds:
                    values.append(kwds[f])
                elif f in defaults:
                    values.append(defaults[f])
                else:
                    missing.append(f)
            if missing:
                s = '' if len(missing) == 1 else 's'
                raise TypeError(f"{name}.__new__() missing {len(missing)} required positional argument{s}: {_names_list(missing)}")
        return tuple.__new__(cls, values)

    @classmethod
    def _make(cls, iterable):
        values = tuple(iterable)
        if len(values) != len(cls._fields):
            raise TypeError(f'Expected {len(cls._fields)} arguments, got {len(values)}')
        return tuple.__new__(cls, values)

    def _replace(self, **kwds):
        values = [kwds.pop(f, v) for f, v in zip(self._fields, self)]
        if kwds:
            raise ValueError(f'Got unexpected field names: {list(kwds)!r}')
        return self._make(values)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    def __repr__(self):
        body = ', '.join([f"{f}={v!r}" for f, v in zip(self._fields, self)])
        return f"{type(self).__name__}({body})"


def _no_set(self, value):
    raise AttributeError("can't set attribute")


def _no_delete(self):
    raise AttributeError("can't delete attribute")


def _field(i):
    return property(lambda self: tuple.__getitem__(self, i), _no_set, _no_delete, f'Alias for field number {i}')


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS
                    or name.startswith('_') or name in seen):
                field_names[index] = f'_{index}'
            seen.add(name)
    for name in [typename] + field_names:
        if not name.isidentifier():
            raise ValueError(f'Type names and field names must be valid identifiers: {name!r}')
        if name in _KEYWORDS:
            raise ValueError(f'Type names and field names cannot be a keyword: {name!r}')
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError(f'Field names cannot start with an underscore: {name!r}')
        if name in seen:
            raise ValueError(f'Encountered duplicate field name: {name!r}')
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))

    class cls(_NamedTuple):
        __slots__ = ()

    cls.__name__ = typename
    cls.__qualname__ = typename
    cls.__module__ = '__main__' if module is None else module
    cls.__doc__ = f"{typename}({', '.join(field_names)})"
    cls._nt_name = typename
    cls._fields = tuple(field_names)
    cls._field_defaults = field_defaults
    for index, name in enumerate(field_names):
        setattr(cls, name, _field(index))
    return cls


class _MappingView:
    """KeysView, ItemsView and ValuesView over a UserDict: live, by its `[]`."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f"{_type_name(self)}({self._mapping!r})"


class KeysView(_MappingView):
    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class ItemsView(_MappingView):
    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])

    def __contains__(self, item):
        key, value = item
        if key not in self._mapping:
            return False
        v = self._mapping[key]
        return v is value or v == value


class ValuesView(_MappingView):
    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]

    def __contains__(self, value):
        for key in self._mapping:
            v = self._mapping[key]
            if v is value or v == value:
                return True
        return False


_MARKER = object()


class UserDict:
    """A mapping over `self.data` whose every method goes through `[]`, so a subclass's
    `__setitem__` or `__getitem__` sees updates too."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(type(self), "__missing__"):
            return type(self).__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def __repr__(self):
        return repr(self.data)

    __hash__ = None

    def __eq__(self, other):
        if not isinstance(other, (dict, UserDict, ChainMap)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def keys(self):
        return KeysView(self)

    def items(self):
        return ItemsView(self)

    def values(self):
        return ValuesView(self)

    def pop(self, key, default=_MARKER):
        try:
            value = self[key]
        except KeyError:
            if default is _MARKER:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        try:
            while True:
                self.popitem()
        except KeyError:
            pass

    def update(self, other=(), /, **kwds):
        if isinstance(other, (dict, UserDict, ChainMap)):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if not isinstance(other, dict):
            return NotImplemented
        return type(self)({**self.data, **other})

    def __ror__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        if not isinstance(other, dict):
            return NotImplemented
        return type(self)({**other, **self.data})

    def __ior__(self, other):
        self.data.update(other.data if isinstance(other, UserDict) else other)
        return self

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        c = object.__new__(type(self))
        for name, value in vars(self).items():
            setattr(c, name, value)
        c.data = {}
        c.update(self)
        return c

    __copy__ = copy

    fromkeys = classmethod(_fromkeys)
"""#
