/// CPython 3.11's `typing` at run time, written again in schedviz's subset and loaded on
/// `import typing` or on the first `list[int]` / `int | None` (`TypingSupport.swift`). The
/// aliases only remember their arguments and print them as CPython does; nothing is checked.
/// `GenericAlias` and `UnionType` are the `types` classes behind `list[int]` and `int | None`.

let typingSource = #"""
TYPE_CHECKING = False

def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if type(obj).__name__ == 'function':
        return obj.__name__
    return repr(obj)

def _tuple_args(params):
    if isinstance(params, tuple):
        return params
    return (params,)

def _checked(params):
    """typing's `_type_check`: None stands for NoneType in an alias's arguments, a string
    for a ForwardRef."""
    out = []
    for p in _tuple_args(params):
        if p is None:
            out.append(type(None))
        elif isinstance(p, str):
            out.append(ForwardRef(p))
        elif isinstance(p, list):
            out.append(list(_checked(tuple(p))))
        else:
            out.append(p)
    return tuple(out)

def _collect_parameters(args):
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in found:
                found.append(a)
        else:
            for p in getattr(a, '__parameters__', ()):
                if p not in found:
                    found.append(p)
    return tuple(found)


class GenericAlias:
    __module__ = 'types'

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = _tuple_args(args)
        self.__parameters__ = _collect_parameters(self.__args__)

    def __repr__(self):
        if not self.__args__:
            return f'{_type_repr(self.__origin__)}[()]'
        return f'{_type_repr(self.__origin__)}[{", ".join(_alias_item(a) for a in self.__args__)}]'

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __getitem__(self, params):
        return GenericAlias(self.__origin__, _substitute(self.__args__, self.__parameters__, _tuple_args(params)))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)


def _alias_item(a):
    if a is ...:
        return '...'
    if isinstance(a, list):
        return '[' + ', '.join(_alias_item(x) for x in a) + ']'
    if isinstance(a, type):
        return _type_repr(a)
    return repr(a)

def _builtin_alias(origin, params):
    return GenericAlias(origin, params)

def _substitute(args, parameters, given):
    if len(given) != len(parameters):
        many = 'many' if len(given) > len(parameters) else 'few'
        raise TypeError(f"Too {many} arguments for {args}; actual {len(given)}, expected {len(parameters)}")
    table = dict(zip(parameters, given))
    out = []
    for a in args:
        if isinstance(a, TypeVar):
            out.append(table[a])
        elif isinstance(a, (GenericAlias, _GenericAlias)) and a.__parameters__:
            out.append(a[tuple(table[p] for p in a.__parameters__)])
        else:
            out.append(a)
    return tuple(out)


class UnionType:
    __module__ = 'types'

    def __init__(self, args):
        self.__args__ = args
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        return ' | '.join('None' if a is type(None) else _alias_item(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, (UnionType, _UnionAlias)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _type_or(self, other)

    def __ror__(self, other):
        return _type_or(other, self)


def _flatten(items):
    out = []
    for a in items:
        if a is None:
            a = type(None)
        if isinstance(a, (UnionType, _UnionAlias)):
            parts = a.__args__
        else:
            parts = (a,)
        for p in parts:
            if p not in out:
                out.append(p)
    return tuple(out)

def _type_or(a, b):
    for x in (a, b):
        if not (x is None or isinstance(x, (type, GenericAlias, UnionType, TypeVar, _GenericAlias, _UnionAlias, _SpecialForm))):
            raise TypeError(f"unsupported operand type(s) for |: '{type(a).__name__}' and '{type(b).__name__}'")
    if isinstance(a, (TypeVar, _GenericAlias, _UnionAlias, _SpecialForm)) or isinstance(b, (TypeVar, _GenericAlias, _UnionAlias, _SpecialForm)):
        return Union[a, b]
    args = _flatten((a, b))
    if len(args) == 1:
        return args[0]
    return UnionType(args)


class _Final:
    def __init_subclass__(cls, *args, **kwds):
        if '_root' not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _SpecialForm(_Final, _root=True):
    def __init__(self, name, getitem=None):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        if self._getitem is None:
            raise TypeError(f"{self} is not subscriptable")
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        if self._name == 'Any':
            raise TypeError("Any cannot be instantiated")
        raise TypeError(f"Cannot instantiate {self!r}")

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError(f"Cannot subclass {self!r}")


class _GenericAlias(_Final, _root=True):
    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = _tuple_args(args)
        self.__parameters__ = _collect_parameters(self.__args__)
        self._name = name
        self._inst = inst

    def __repr__(self):
        if self._name:
            head = 'typing.' + self._name
        else:
            head = _type_repr(self.__origin__)
        if not self.__args__:
            return f'{head}[()]'
        return f'{head}[{", ".join(_typing_item(a) for a in self.__args__)}]'

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, _substitute(self.__args__, self.__parameters__, _tuple_args(params)), self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except AttributeError:
            pass
        return result

    def __mro_entries__(self, bases):
        if self.__origin__ is Generic:
            for b in bases:
                if b is not self and isinstance(b, _GenericAlias) and b.__origin__ is not Generic and isinstance(b.__origin__, type) and issubclass(b.__origin__, Generic):
                    return ()
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _typing_item(a):
    if isinstance(a, list):
        return '[' + ', '.join(_typing_item(x) for x in a) + ']'
    if a == ():
        return '()'
    return _type_repr(a)


class _SpecialGenericAlias(_Final, _root=True):
    """`typing.List` and friends before a subscript: `List[int]` is a `_GenericAlias`."""
    def __init__(self, origin, nparams, name, inst=True):
        self.__origin__ = origin
        self._nparams = nparams
        self._name = name
        self._inst = inst

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _checked(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            many = 'many' if len(params) > self._nparams else 'few'
            raise TypeError(f"Too {many} arguments for {self}; actual {len(params)}, expected {self._nparams}")
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError(f"Type {self._name} cannot be instantiated; use {self.__origin__.__name__}() instead")
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _TupleAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, ((),), 'Tuple', False)
        return _GenericAlias(tuple, _checked(params), 'Tuple', False)


class _CallableAlias(_SpecialGenericAlias, _root=True):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        return _GenericAlias(self.__origin__, _checked(params), 'Callable', False)


class _UnionAlias(_Final, _root=True):
    def __init__(self, args):
        self.__args__ = args
        self.__origin__ = Union
        self.__parameters__ = _collect_parameters(args)

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and args[1] is type(None):
            return f'typing.Optional[{_type_repr(args[0])}]'
        if len(args) == 2 and args[0] is type(None):
            return f'typing.Optional[{_type_repr(args[1])}]'
        return f'typing.Union[{", ".join(_type_repr(a) for a in args)}]'

    def __eq__(self, other):
        if not isinstance(other, (UnionType, _UnionAlias)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __getitem__(self, params):
        return Union[_substitute(self.__args__, self.__parameters__, _tuple_args(params))]

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(form, params):
    if params == ():
        raise TypeError("Cannot take a Union of no types.")
    args = _flatten(_tuple_args(params))
    if len(args) == 1:
        return args[0]
    return _UnionAlias(args)

def _optional(form, params):
    if isinstance(params, tuple) and len(params) != 1:
        raise TypeError(f"typing.Optional requires a single type. Got {params}.")
    return _union(form, (params, None))

def _one_arg(form, params):
    if isinstance(params, tuple):
        if len(params) != 1:
            raise TypeError(f"{form} accepts only single type.")
        params = params[0]
    return _GenericAlias(form, (params,), form._name, False)

def _literal(form, params):
    return _GenericAlias(form, _tuple_args(params), 'Literal', False)

def _annotated(form, params):
    if not isinstance(params, tuple) or len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments (a type and an annotation).")
    return _GenericAlias(form, params, 'Annotated', False)

Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
TypeAlias = _SpecialForm('TypeAlias')
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one_arg)
Final = _SpecialForm('Final', _one_arg)
TypeGuard = _SpecialForm('TypeGuard', _one_arg)
Required = _SpecialForm('Required', _one_arg)
NotRequired = _SpecialForm('NotRequired', _one_arg)
Literal = _SpecialForm('Literal', _literal)
Annotated = _SpecialForm('Annotated', _annotated)
Concatenate = _SpecialForm('Concatenate', _literal)


class TypeVar(_Final, _root=True):
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        if len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        if self.__covariant__:
            return '+' + self.__name__
        if self.__contravariant__:
            return '-' + self.__name__
        return '~' + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class ParamSpec(TypeVar, _root=True):
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        TypeVar.__init__(self, name, bound=bound, covariant=covariant, contravariant=contravariant)

AnyStr = TypeVar('AnyStr')
T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')


class Generic:
    """Abstract base class for generic types."""
    __slots__ = ()

    def __class_getitem__(cls, params):
        params = _tuple_args(params)
        if not params and cls is not Tuple:
            raise TypeError(f"Parameter list to {cls.__qualname__}[...] cannot be empty")
        if cls is Generic or cls is Protocol:
            for p in params:
                if not isinstance(p, TypeVar):
                    raise TypeError(f"Parameters to {cls.__name__}[...] must all be type variables or parameter specification variables.")
            if len(set(params)) != len(params):
                raise TypeError(f"Parameters to {cls.__name__}[...] must all be unique")
            return _GenericAlias(cls, params, cls.__name__, True)
        parameters = cls.__dict__.get('__parameters__', ())
        if len(params) != len(parameters):
            many = 'many' if len(params) > len(parameters) else 'few'
            raise TypeError(f"Too {many} arguments for {cls}; actual {len(params)}, expected {len(parameters)}")
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        found = []
        if '__orig_bases__' in cls.__dict__:
            for b in cls.__orig_bases__:
                if isinstance(b, _GenericAlias) and b.__origin__ is Generic:
                    found = list(b.__args__)
                    break
                for p in getattr(b, '__parameters__', ()):
                    if p not in found:
                        found.append(p)
        cls.__parameters__ = tuple(found)


class Protocol(Generic):
    __slots__ = ()


List = _SpecialGenericAlias(list, 1, 'List')
Dict = _SpecialGenericAlias(dict, 2, 'Dict')
Set = _SpecialGenericAlias(set, 1, 'Set')
FrozenSet = _SpecialGenericAlias(frozenset, 1, 'FrozenSet')
Tuple = _TupleAlias(tuple, -1, 'Tuple', False)
Type = _SpecialGenericAlias(type, 1, 'Type', False)
Text = str


class _AbstractOrigin:
    """Stands in for a `collections.abc` class, which schedviz does not have."""
    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = 'collections.abc'

    def __repr__(self):
        return f"<class 'collections.abc.{self.__name__}'>"

def _abstract(name, nparams):
    return _SpecialGenericAlias(_AbstractOrigin(name), nparams, name, False)

Callable = _CallableAlias(_AbstractOrigin('Callable'), 2, 'Callable', False)
Iterable = _abstract('Iterable', 1)
Iterator = _abstract('Iterator', 1)
Reversible = _abstract('Reversible', 1)
Generator = _abstract('Generator', 3)
AsyncIterable = _abstract('AsyncIterable', 1)
AsyncIterator = _abstract('AsyncIterator', 1)
AsyncGenerator = _abstract('AsyncGenerator', 2)
Awaitable = _abstract('Awaitable', 1)
Coroutine = _abstract('Coroutine', 3)
Sequence = _abstract('Sequence', 1)
MutableSequence = _abstract('MutableSequence', 1)
Mapping = _abstract('Mapping', 2)
MutableMapping = _abstract('MutableMapping', 2)
AbstractSet = _abstract('AbstractSet', 1)
MutableSet = _abstract('MutableSet', 1)
Collection = _abstract('Collection', 1)
Container = _abstract('Container', 1)
Hashable = _abstract('Hashable', 0)
Sized = _abstract('Sized', 0)
ItemsView = _abstract('ItemsView', 2)
KeysView = _abstract('KeysView', 1)
ValuesView = _abstract('ValuesView', 1)


def cast(typ, val):
    return val

def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @overload-ed.")
    return _overload_dummy

def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f

def no_type_check(arg):
    return arg

def runtime_checkable(cls):
    return cls

def assert_never(arg):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")

def assert_type(val, typ):
    return val

def reveal_type(obj):
    return obj

def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type

def get_origin(tp):
    if isinstance(tp, (GenericAlias, _GenericAlias, _UnionAlias)):
        return tp.__origin__
    if isinstance(tp, UnionType):
        return UnionType
    if tp is Generic:
        return Generic
    return None

def get_args(tp):
    if isinstance(tp, (GenericAlias, _GenericAlias, _UnionAlias, UnionType)):
        return tp.__args__
    return ()

class ForwardRef(_Final, _root=True):
    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError(f"Forward reference must be a string -- got {arg!r}")
        self.__forward_arg__ = arg

    def __repr__(self):
        return f'ForwardRef({self.__forward_arg__!r})'

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(self.__forward_arg__)


def _tokens(text):
    out = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isalpha() or c == '_':
            j = i
            while j < len(text) and (text[j].isalnum() or text[j] == '_'):
                j += 1
            out.append(text[i:j])
            i = j
        elif text.startswith('...', i):
            out.append('...')
            i += 3
        elif c in '[](),.|':
            out.append(c)
            i += 1
        elif c in '"\'':
            j = text.find(c, i + 1)
            if j < 0:
                raise SyntaxError(f"unterminated string in annotation {text!r}")
            out.append(text[i:j + 1])
            i = j + 1
        else:
            raise NotImplementedError(f"schedviz's get_type_hints cannot evaluate {text!r}")
    return out


class _AnnotationReader:
    """Evaluates a string annotation made of names, attributes, subscripts, `|`, lists, None,
    `...` and nested strings: what annotations are written with (schedviz has no `eval`)."""
    def __init__(self, text, localns):
        self.text = text
        self.tokens = _tokens(text)
        self.pos = 0
        self.localns = localns

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def take(self, expected=None):
        tok = self.peek()
        if tok is None or (expected is not None and tok != expected):
            raise SyntaxError(f"cannot read the annotation {self.text!r}")
        self.pos += 1
        return tok

    def read(self):
        value = self.union()
        if self.peek() is not None:
            raise SyntaxError(f"cannot read the annotation {self.text!r}")
        return value

    def union(self):
        value = self.primary()
        while self.peek() == '|':
            self.take()
            value = value | self.primary()
        return value

    def items(self, closing):
        out = []
        while self.peek() != closing:
            out.append(self.union())
            if self.peek() != ',':
                break
            self.take()
        self.take(closing)
        return out

    def primary(self):
        tok = self.take()
        if tok == 'None':
            value = None
        elif tok == '...':
            value = ...
        elif tok == '[':
            value = self.items(']')
        elif tok == '(':
            inner = self.items(')')
            value = inner[0] if len(inner) == 1 else tuple(inner)
        elif tok[0] in '"\'':
            value = _resolve(tok[1:-1], self.localns)
        elif tok[0].isalpha() or tok[0] == '_':
            if self.localns is not None and tok in self.localns:
                value = self.localns[tok]
            else:
                value = _main_global(tok)
        else:
            raise SyntaxError(f"cannot read the annotation {self.text!r}")
        while self.peek() in ('.', '['):
            if self.take() == '.':
                value = getattr(value, self.take())
            else:
                args = self.items(']')
                value = value[args[0] if len(args) == 1 else tuple(args)]
        return value


def _resolve_name(text, localns):
    return _AnnotationReader(text, localns).read()

def _resolve(value, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        return _resolve(_resolve_name(value, localns), localns)
    if isinstance(value, ForwardRef):
        return _resolve(_resolve_name(value.__forward_arg__, localns), localns)
    if isinstance(value, _UnionAlias):
        return Union[tuple(_resolve(a, localns) for a in value.__args__)]
    if isinstance(value, _GenericAlias):
        args = tuple([_resolve(x, localns) for x in a] if isinstance(a, list) else _resolve(a, localns) for a in value.__args__)
        return _GenericAlias(value.__origin__, args, value._name, value._inst)
    if isinstance(value, GenericAlias):
        return GenericAlias(value.__origin__, tuple(_resolve(a, localns) for a in value.__args__))
    return value

def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            own = base.__dict__.get('__annotations__', {})
            for name, value in own.items():
                hints[name] = _resolve(value, localns)
        return hints
    for name, value in getattr(obj, '__annotations__', {}).items():
        hints[name] = _resolve(value, localns)
    return hints


class _TypedDictBase:
    """A call of a TypedDict class makes a plain dict, as in CPython."""
    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

def TypedDict(typename, fields=None, *, total=True):
    ns = {'__annotations__': dict(fields or {}), '__total__': total}
    return type(typename, (_TypedDictBase,), ns)

TypedDict.__mro_entries__ = lambda bases: (_TypedDictBase,)


# Tuples, not set displays: a set display of strings makes the compiler load the startup
# strings (SetDisplay.swift), a cost every `import typing` would pay.
_NT_PROHIBITED = ('__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                  '_make', '_replace', '_asdict', '_source')
_NT_SPECIAL = ('__module__', '__name__', '__annotations__', '__classcell__')


def _make_nmtuple(name, types, module, defaults=()):
    import collections
    fields = [n for n, t in types]
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    """`class Point(NamedTuple)`: the body's annotations become a collections.namedtuple's fields."""

    def __new__(mcls, typename, bases, ns):
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                s = 's' if len(default_names) > 1 else ''
                raise TypeError(f"Non-default namedtuple field {field_name} "
                                f"cannot follow default field{s} {', '.join(default_names)}")
        nm_tpl = _make_nmtuple(typename, list(types.items()), ns['__module__'],
                               defaults=[ns[n] for n in default_names])
        for key in ns:
            if key in _NT_PROHIBITED:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _NT_SPECIAL and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    if fields is None:
        fields = kwargs.items()
    return _make_nmtuple(typename, list(fields), '__main__')


_NamedTupleBase = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})
NamedTuple.__mro_entries__ = lambda bases: (_NamedTupleBase,)
"""#
