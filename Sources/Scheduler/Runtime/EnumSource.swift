/// CPython 3.11's `enum`, written in schedviz's subset on top of its metaclasses and loaded on
/// `import enum` (`SourceModules.swift`). `EnumType.__new__` turns the class body's plain
/// names into members (instances of the new class with `_name_` and `_value_`), resolving
/// `auto()` through `_generate_next_value_` in definition order; the metaclass gives the class
/// its lookups (`Color(1)`, `Color['RED']`), iteration, `len` and `__members__`.
/// schedviz cannot subclass `int` or `str`, so `IntEnum`, `StrEnum` and `IntFlag` members are
/// not real ints and strings: they compare, hash, format and do arithmetic as their values.

let enumSource = #"""
_FunctionType = type(lambda: None)
Enum = None
Flag = None


class auto:
    """Instances are replaced with an appropriate value in Enum class suites."""

    def __init__(self, value=None):
        self.value = value
        self._generate = value is None

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _readonly(name):
    def fset(self, value):
        raise AttributeError("<enum 'Enum'> cannot set attribute %r" % (name,))
    return fset


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == '__' and name[2] != '_' and name[-3] != '_'


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == '_' and name[1] != '_' and name[-2] != '_'


def _is_descriptor(obj):
    if isinstance(obj, (_FunctionType, property, classmethod, staticmethod)):
        return True
    return hasattr(obj, '__get__') or hasattr(obj, '__set__') or hasattr(obj, '__delete__')


def _bits(num, width):
    # "0b0 0111": the sign bit, then the digits padded to `width`.
    ceiling = 2 ** num.bit_length()
    s = bin(num + ceiling).replace('1', '0', 1)
    sign, digits = s[:3], s[3:]
    if len(digits) < width:
        digits = (sign[-1] * width + digits)[-width:]
    return "%s %s" % (sign, digits)


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        return {}

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        ignore = classdict.get('_ignore_', [])
        if isinstance(ignore, str):
            ignore = ignore.replace(',', ' ').split()
        for base in bases:
            if Enum is not None and isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend %r" % (cls, base))
        plain = {}
        members = []
        for key, value in classdict.items():
            if key in ignore or key == '_ignore_' or key == '_order_':
                continue
            if _is_dunder(key) or _is_sunder(key) or _is_descriptor(value):
                plain[key] = value
            else:
                members.append((key, value))
        custom_new = plain.pop('__new__', None) if Enum is not None else None
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        type.__setattr__(enum_class, '_member_names_', [])
        type.__setattr__(enum_class, '_member_map_', {})
        type.__setattr__(enum_class, '_value2member_map_', {})
        type.__setattr__(enum_class, '_unhashable_values_', [])
        if Flag is not None and issubclass(enum_class, Flag):
            type.__setattr__(enum_class, '_flag_mask_', 0)
            type.__setattr__(enum_class, '_boundary_', boundary or enum_class._boundary_)
        if custom_new is None:
            custom_new = getattr(enum_class, '_new_member_', None)
        elif Enum is not None:
            type.__setattr__(enum_class, '_new_member_', custom_new)
        last_values = []
        for name, value in members:
            if isinstance(value, auto):
                if value._generate:
                    value.value = enum_class._generate_next_value_(name, 1, len(last_values), last_values[:])
                value = value.value
            enum_class._add_member_(name, value, custom_new)
            last_values.append(value)
        return enum_class

    def _add_member_(cls, name, value, custom_new):
        args = value if isinstance(value, tuple) else (value,)
        if custom_new is not None:
            member = custom_new(cls, *args)
        else:
            member = object.__new__(cls)
        if not hasattr(member, '_value_'):
            member_type = cls._member_type_
            if member_type is object or custom_new is not None:
                member._value_ = value
            else:
                member._value_ = member_type(*args)
        value = member._value_
        member._name_ = name
        member.__init__(*args)
        canonical = None
        for other in cls._member_map_.values():
            if other._value_ == value:
                canonical = other
                break
        if canonical is not None:
            member = canonical
        elif Flag is not None and issubclass(cls, Flag) and value != 0 and value & (value - 1):
            pass        # a multi-bit flag is an alias of its bits
        else:
            cls._member_names_.append(name)
        if Flag is not None and issubclass(cls, Flag):
            type.__setattr__(cls, '_flag_mask_', cls._flag_mask_ | value)
        type.__setattr__(cls, name, member)
        cls._member_map_[name] = member
        try:
            cls._value2member_map_.setdefault(value, member)
        except TypeError:
            cls._unhashable_values_.append(value)

    def __bool__(cls):
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)  #@ enum.py:712
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        bases = (cls,) if type is None else (type, cls)
        classdict = {'__module__': module or '__main__', '__qualname__': qualname or class_name}
        if isinstance(names, str):
            names = names.replace(',', ' ').split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names, last_values = names, [], []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                classdict[item] = names[item]
            else:
                classdict[item[0]] = item[1]
        metacls = cls.__class__
        if boundary is None:
            return metacls.__new__(metacls, class_name, bases, classdict)
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def __contains__(cls, member):
        if isinstance(member, cls):
            return True
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(member).__qualname__, cls.__class__.__qualname__))
        return False

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]  #@ enum.py:790

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @property
    def __members__(cls):
        return _mappingproxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)

    def __setattr__(cls, name, value):
        if name in cls._member_map_:
            raise AttributeError('cannot reassign member %r' % (name,))
        super().__setattr__(name, value)


EnumMeta = EnumType


class Enum(metaclass=EnumType):
    """Create a collection of name/value pairs."""
    _member_type_ = object

    def __new__(cls, value):
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is None:
            ve_exc = ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            raise ve_exc  #@ enum.py:1135
        raise TypeError('error in %s._missing_: returned %r instead of None or a valid member'
                        % (cls.__name__, result))

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for v in reversed(last_values):
            try:
                return v + 1
            except TypeError:
                pass
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    name = property(lambda self: self._name_, _readonly('name'))
    value = property(lambda self: self._value_, _readonly('value'))


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def _value_of(x):
    return x._value_ if isinstance(x, Enum) else x


class _ValueMixin:
    """Comparisons, hashing and `+` by value, for members standing in for ints and strings."""

    def __eq__(self, other):
        return self._value_ == _value_of(other)

    def __ne__(self, other):
        return self._value_ != _value_of(other)

    def __lt__(self, other):
        return self._value_ < _value_of(other)

    def __le__(self, other):
        return self._value_ <= _value_of(other)

    def __gt__(self, other):
        return self._value_ > _value_of(other)

    def __ge__(self, other):
        return self._value_ >= _value_of(other)

    def __hash__(self):
        return hash(self._value_)

    def __add__(self, other):
        return self._value_ + _value_of(other)

    def __radd__(self, other):
        return _value_of(other) + self._value_


class _NumberMixin(_ValueMixin):
    """An int's behaviour for members whose value is an int (schedviz cannot subclass int)."""

    def __bool__(self):
        return bool(self._value_)

    def __int__(self):
        return int(self._value_)

    def __index__(self):
        return int(self._value_)

    def __float__(self):
        return float(self._value_)

    def __sub__(self, other):
        return self._value_ - _value_of(other)

    def __rsub__(self, other):
        return _value_of(other) - self._value_

    def __mul__(self, other):
        return self._value_ * _value_of(other)

    def __rmul__(self, other):
        return _value_of(other) * self._value_

    def __truediv__(self, other):
        return self._value_ / _value_of(other)

    def __rtruediv__(self, other):
        return _value_of(other) / self._value_

    def __floordiv__(self, other):
        return self._value_ // _value_of(other)

    def __rfloordiv__(self, other):
        return _value_of(other) // self._value_

    def __mod__(self, other):
        return self._value_ % _value_of(other)

    def __rmod__(self, other):
        return _value_of(other) % self._value_

    def __pow__(self, other):
        return self._value_ ** _value_of(other)

    def __neg__(self):
        return -self._value_

    def __pos__(self):
        return +self._value_

    def __abs__(self):
        return abs(self._value_)

    def __lshift__(self, other):
        return self._value_ << _value_of(other)

    def __rshift__(self, other):
        return self._value_ >> _value_of(other)


class IntEnum(_NumberMixin, ReprEnum):
    """Enum where members are also (and must be) ints"""
    _member_type_ = int

    def __and__(self, other):
        return self._value_ & _value_of(other)

    def __or__(self, other):
        return self._value_ | _value_of(other)

    def __xor__(self, other):
        return self._value_ ^ _value_of(other)

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def __invert__(self):
        return ~self._value_


class StrEnum(_ValueMixin, ReprEnum):
    """Enum where members are also (and must be) strings"""
    _member_type_ = str

    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def __len__(self):
        return len(self._value_)

    def __iter__(self):
        return iter(self._value_)

    def __contains__(self, x):
        return _value_of(x) in self._value_

    def __getitem__(self, i):
        return self._value_[i]

    def __mul__(self, n):
        return self._value_ * n

    def __getattr__(self, name):
        if name.startswith('_'):
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        return getattr(self._value_, name)


STRICT = 'strict'
CONFORM = 'conform'
EJECT = 'eject'
KEEP = 'keep'


class Flag(Enum):
    """Support for flags"""
    _boundary_ = STRICT

    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** high.bit_length() if high > 0 else 1

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        mask = cls._flag_mask_
        if value < 0:
            value = 2 ** mask.bit_length() + value
        extra = value & ~mask
        if extra:
            if cls._boundary_ == STRICT:
                width = max(value.bit_length(), mask.bit_length())
                raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                                 % (cls, value, _bits(value, width), _bits(mask, width)))
            if cls._boundary_ == CONFORM or cls._boundary_ == EJECT:
                value = value & mask
        pseudo = object.__new__(cls)
        pseudo._value_ = value
        names = [m._name_ for m in cls._members_in_(value)]
        extra = value & ~mask
        if names and extra:
            names.append(str(extra))
        pseudo._name_ = '|'.join(names) if names else None
        return cls._value2member_map_.setdefault(value, pseudo)

    @classmethod
    def _members_in_(cls, value):
        return [cls._member_map_[n] for n in cls._member_names_
                if cls._member_map_[n]._value_ & value == cls._member_map_[n]._value_ and cls._member_map_[n]._value_]

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'" % (
                type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        return iter(self.__class__._members_in_(self._value_))

    def __len__(self):
        return bin(self._value_).count('1')

    def __bool__(self):
        return bool(self._value_)

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (self.__class__.__name__, self._value_)
        return "<%s.%s: %r>" % (self.__class__.__name__, self._name_, self._value_)

    def __str__(self):
        if self._name_ is None:
            return "%s(%r)" % (self.__class__.__name__, self._value_)
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(self._value_ ^ self.__class__._flag_mask_)


class IntFlag(_NumberMixin, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""
    _member_type_ = int

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, int):
            other = self.__class__(other)
        if not isinstance(other, self.__class__):
            return self._value_ | _value_of(other)
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if isinstance(other, int):
            other = self.__class__(other)
        if not isinstance(other, self.__class__):
            return self._value_ & _value_of(other)
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if isinstance(other, int):
            other = self.__class__(other)
        if not isinstance(other, self.__class__):
            return self._value_ ^ _value_of(other)
        return self.__class__(self._value_ ^ other._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        return self.__class__(~self._value_)


def unique(enumeration):
    """Class decorator for enumerations ensuring unique member values."""
    duplicates = [(name, member._name_) for name, member in enumeration.__members__.items() if name != member._name_]
    if duplicates:
        details = ', '.join(["%s -> %s" % pair for pair in duplicates])
        raise ValueError('duplicate values found in %r: %s' % (enumeration, details))
    return enumeration
"""#
