/// The `copy` module: `copy` and `deepcopy` as CPython 3.11's do them (containers by
/// type, `__copy__`/`__deepcopy__`, otherwise a new instance from `cls.__new__` given the
/// original's `__dict__` and slots, `__setstate__` if the class has one; the memo by id,
/// cycles and shared parts kept), in schedviz's Python. Loaded on first import.

let copySource = #"""
class Error(Exception):
    pass


error = Error


def _atomic(x):
    return x is None or x is Ellipsis or x is NotImplemented or type(x) in _ATOMIC or isinstance(x, type)


_ATOMIC = (int, float, bool, str, range, type(len), type(_atomic), property)


def _refuse(x):
    name = type(x).__name__
    if name in ('generator', 'coroutine', 'async_generator', 'module', 'frame'):
        raise TypeError(f"cannot pickle '{name}' object")


def _instance_state(x):
    try:
        state = x.__dict__
    except AttributeError:
        state = None
    slots = {}
    for klass in type(x).__mro__:
        for name in klass.__dict__.get('__slots__', ()):
            if name in ('__dict__', '__weakref__'):
                continue
            try:
                slots[name] = getattr(x, name)
            except AttributeError:
                pass
    return state, slots


def _builtin_base(cls):
    for klass in cls.__mro__:
        if klass in _BUILTIN_BASES:
            return klass
    return None


_BUILTIN_BASES = (int, float, str, tuple, frozenset, set, list, dict)


def _rebuild(x, deep, memo):
    # As pickle's protocol 4 reduces an instance: `cls.__new__(cls, *x.__getnewargs__())` for
    # int, str, tuple… subclasses, `cls(list(x))` for sets; then the state, then a list's items
    # appended and a dict's set one by one (through the subclass's own methods).
    cls = type(x)
    base = _builtin_base(cls)
    if isinstance(x, BaseException):
        args = deepcopy(x.args, memo) if deep else x.args
        y = cls.__new__(cls, *args)
        y.args = args
    elif base is set or base is frozenset:
        y = cls(deepcopy(list(x), memo) if deep else list(x))
    elif base is not None and base is not list and base is not dict:
        getnewargs = getattr(x, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else (base(x),)
        if deep:
            args = deepcopy(args, memo)
        y = cls.__new__(cls, *args)
    else:
        y = cls.__new__(cls)
    if deep:
        memo[id(x)] = y
    state, slots = _instance_state(x)
    if deep:
        state = deepcopy(state, memo) if state else state
        slots = deepcopy(slots, memo) if slots else slots
    setstate = getattr(y, '__setstate__', None)
    if setstate is not None:
        setstate(state if not slots else (state, slots))
    else:
        if state:
            y.__dict__.update(state)
        for k, v in slots.items():
            setattr(y, k, v)
    if base is list:
        for item in x:
            y.append(deepcopy(item, memo) if deep else item)
    elif base is dict:
        for key, value in x.items():
            if deep:
                key = deepcopy(key, memo)
                value = deepcopy(value, memo)
            y[key] = value
    return y


def copy(x):
    cls = type(x)
    if _atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    _refuse(x)
    return _rebuild(x, False, None)


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        y = x
        for k, j in zip(x, items):
            if k is not j:
                y = tuple(items)
                break
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set or cls is frozenset:
        y = cls(deepcopy(list(x), memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None and not isinstance(x, type):
            y = copier(memo)
        else:
            _refuse(x)
            y = _rebuild(x, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
"""#
