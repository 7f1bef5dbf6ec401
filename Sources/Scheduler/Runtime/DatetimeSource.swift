/// CPython 3.11's `datetime` (a C module there), written again in schedviz's subset and loaded on
/// `import datetime` (`SourceModules.swift`); its frames stay out of tracebacks, and its classes'
/// names in messages carry the module (`'datetime.date'`), as C types' do. The clock, the calendar
/// math, strftime, hashing and the parsers are Swift (`DatetimeNatives.swift`). This file holds the
/// argument checks, timedelta and date; `DatetimeZonesSource.swift` tzinfo, timezone, time and
/// datetime.

let datetimeSource = datetimeBasicsSource + datetimeZonesSource

let datetimeBasicsSource = #"""
from time import struct_time as _struct_time

MINYEAR = 1
MAXYEAR = 9999


def _tn(x):
    # A C type's name carries its module, a Python subclass's does not.
    t = type(x)
    if t.__module__ == 'datetime':
        return 'datetime.' + t.__name__
    return t.__name__


def _index(v):
    if isinstance(v, bool) or not isinstance(v, int):
        if isinstance(v, bool):
            return int(v)
        raise TypeError(f"'{_tn(v)}' object cannot be interpreted as an integer")
    return v


def _args(fname, names, npos, args, kwargs, required):
    # CPython's C argument parsing (PyArg_ParseTupleAndKeywords): its checks in its order.
    who = fname + '()' if fname else 'function'
    total = len(args) + len(kwargs)
    if total > len(names):
        kw = '' if args else 'keyword '
        raise TypeError(f"{who} takes at most {len(names)} {kw}argument{'s' if len(names) != 1 else ''} ({total} given)")
    if len(args) > npos:
        raise TypeError(f"{who} takes at most {npos} positional argument{'s' if npos != 1 else ''} ({len(args)} given)")
    vals = []
    for i in range(len(names)):
        name = names[i]
        if i < len(args):
            if name in kwargs:
                raise TypeError(f"argument for {who} given by name ('{name}') and position ({i + 1})")
            vals.append(args[i])
        elif name in kwargs:
            vals.append(kwargs[name])
        elif i < required:
            raise TypeError(f"{who} missing required argument '{name}' (pos {i + 1})")
        else:
            vals.append(None)
    for k in kwargs:
        if k not in names:
            raise TypeError(f"'{k}' is an invalid keyword argument for {fname + '()' if fname else 'this function'}")
    return vals


def _check_date(y, m, d):
    y, m, d = _index(y), _index(m), _index(d)
    if y < 1 or y > 9999:
        raise ValueError(f"year {y} is out of range")
    if m < 1 or m > 12:
        raise ValueError("month must be in 1..12")
    if d < 1 or d > _days_in_month(y, m):
        raise ValueError("day is out of range for month")
    return y, m, d


def _check_time(h, mi, s, us, fold):
    h = _index(h)
    mi = _index(mi)
    s = _index(s)
    us = _index(us)
    fold = _index(fold)
    if h < 0 or h > 23:
        raise ValueError("hour must be in 0..23")
    if mi < 0 or mi > 59:
        raise ValueError("minute must be in 0..59")
    if s < 0 or s > 59:
        raise ValueError("second must be in 0..59")
    if us < 0 or us > 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold != 0 and fold != 1:
        raise ValueError("fold must be either 0 or 1")
    return h, mi, s, us, fold


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError(f"tzinfo argument must be None or of a tzinfo subclass, not type '{_tn(tz)}'")


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _round_half_even(n, d):
    # n / d rounded half to even (d > 0).
    q, r = divmod(n, d)
    r2 = r * 2
    if r2 > d or (r2 == d and q % 2 == 1):
        q += 1
    return q


def _c_round(x):
    # C round(): half away from zero.
    if x >= 0:
        f = float(int(x))
        return f + 1.0 if x - f >= 0.5 else f
    return -_c_round(-x)


def _from_us(us):
    return timedelta(0, 0, us)


def _ratio(f):
    # float.as_integer_ratio(): doubling a float is exact, so this ends with an integer.
    if f != f:
        raise ValueError("cannot convert NaN to integer ratio")
    if f in (float('inf'), float('-inf')):
        raise OverflowError("cannot convert Infinity to integer ratio")
    d = 1
    while f != float(int(f)):
        f = f * 2.0
        d = d * 2
    return int(f), d


_TD_FACTORS = (('microseconds', 1), ('milliseconds', 1000), ('seconds', 1000000), ('minutes', 60000000),
               ('hours', 3600000000), ('days', 86400000000), ('weeks', 604800000000))
_TD_NAMES = ('days', 'seconds', 'microseconds', 'milliseconds', 'minutes', 'hours', 'weeks')


def _op(a, b, op):
    if op == 0:
        return a == b
    if op == 1:
        return a < b
    if op == 2:
        return a <= b
    if op == 3:
        return a > b
    return a >= b


# The rich comparisons of timedelta, date, time and datetime: each class's `_compare(other, op)`.
def _cmp_eq(self, other):
    return self._compare(other, 0)


def _cmp_lt(self, other):
    return self._compare(other, 1)


def _cmp_le(self, other):
    return self._compare(other, 2)


def _cmp_gt(self, other):
    return self._compare(other, 3)


def _cmp_ge(self, other):
    return self._compare(other, 4)


def _readonly(*names):
    # Read-only properties over the given private attributes (C getsets without setters).
    return tuple([property(lambda self, n=n: getattr(self, n)) for n in names])


def _utc_pair(x, y, a, b):
    # a and b are x's and y's microseconds as read; aware ones move to UTC. None when only one is aware.
    if x._tzinfo is y._tzinfo:
        return a, b
    ox = x.utcoffset()
    oy = y.utcoffset()
    if (ox is None) != (oy is None):
        return None
    if ox is None:
        return a, b
    return a - ox._us(), b - oy._us()


def _aware_compare(x, y, a, b, op, what):
    p = _utc_pair(x, y, a, b)
    if p is None:
        if op == 0:
            return False
        raise TypeError(f"can't compare offset-naive and offset-aware {what}")
    return _op(p[0], p[1], op)


class timedelta:
    __slots__ = ('_days', '_seconds', '_microseconds', '_hashcode')

    def __init__(self, *args, **kwargs):
        if not kwargs and len(args) == 3 and type(args[0]) is int and type(args[1]) is int and type(args[2]) is int:
            # The common exact case (also every internal construction).
            us = (args[0] * 86400 + args[1]) * 1000000 + args[2]
        else:
            if len(args) + len(kwargs) > 7:
                raise TypeError(f"__new__() takes at most 7 arguments ({len(args) + len(kwargs)} given)")
            vals = {}
            for i in range(len(args)):
                vals[_TD_NAMES[i]] = args[i]
            for k in kwargs:
                if k not in _TD_NAMES:
                    raise TypeError(f"'{k}' is an invalid keyword argument for __new__()")
                if k in vals:
                    raise TypeError(f"argument for __new__() given by name ('{k}') and position ({_TD_NAMES.index(k) + 1})")
                vals[k] = kwargs[k]
            us = 0
            leftover = 0.0
            for name, factor in _TD_FACTORS:
                if name not in vals:
                    continue
                v = vals[name]
                if isinstance(v, int):
                    us += v * factor
                elif isinstance(v, float):
                    ip = float(int(v)) if v == v and v not in (float('inf'), float('-inf')) else v
                    frac = v - ip
                    us += _float_int(ip) * factor
                    if frac != 0.0:
                        x = float(factor) * frac
                        ip2 = float(int(x))
                        us += int(ip2)
                        leftover += x - ip2
                else:
                    raise TypeError(f"unsupported type for timedelta {name} component: {_tn(v)}")
            if leftover != 0.0:
                whole = _c_round(leftover)
                if abs(whole - leftover) == 0.5:
                    odd = us & 1
                    whole = 2.0 * _c_round((leftover + odd) * 0.5) - odd
                us += int(whole)
        d, rest = divmod(us, 86400000000)
        s, u = divmod(rest, 1000000)
        if d > 999999999 or d < -999999999:
            if d > 2147483647 or d < -2147483648:
                raise OverflowError("Python int too large to convert to C int")
            raise OverflowError(f"days={d}; must have magnitude <= 999999999")
        self._days = d
        self._seconds = s
        self._microseconds = u
        self._hashcode = -1

    days, seconds, microseconds = _readonly('_days', '_seconds', '_microseconds')

    def _us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._us() / 1000000

    def __repr__(self):
        parts = []
        if self._days:
            parts.append(f"days={self._days}")
        if self._seconds:
            parts.append(f"seconds={self._seconds}")
        if self._microseconds:
            parts.append(f"microseconds={self._microseconds}")
        if not parts:
            parts.append('0')
        return f"{_tn(self)}({', '.join(parts)})"

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = f"{hh}:{mm:02d}:{ss:02d}"
        if self._days:
            plural = 's' if abs(self._days) != 1 else ''
            s = f"{self._days} day{plural}, " + s
        if self._microseconds:
            s = s + f".{self._microseconds:06d}"
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _from_us(self._us() + other._us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _from_us(self._us() - other._us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return _from_us(other._us() - self._us())
        return NotImplemented

    def __neg__(self):
        return _from_us(-self._us())

    def __pos__(self):
        return _from_us(self._us())

    def __abs__(self):
        return _from_us(abs(self._us()))

    def __mul__(self, other):
        if isinstance(other, int):
            return _from_us(self._us() * other)
        if isinstance(other, float):
            n, d = _ratio(other)
            return _from_us(_round_half_even(self._us() * n, d))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return self._us() // o
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _from_us(self._us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("division by zero")
            return self._us() / o
        if isinstance(other, int):
            if other == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _from_us(_div_even(self._us(), other))
        if isinstance(other, float):
            n, d = _ratio(other)
            if n == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            return _from_us(_div_even(self._us() * d, n))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer modulo by zero")
            return _from_us(self._us() % o)
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            o = other._us()
            if o == 0:
                raise ZeroDivisionError("integer division or modulo by zero")
            q, r = divmod(self._us(), o)
            return q, _from_us(r)
        return NotImplemented

    def _compare(self, other, op):
        if isinstance(other, timedelta):
            return _op(self._us(), other._us(), op)
        return NotImplemented

    __eq__, __lt__, __le__, __gt__, __ge__ = _cmp_eq, _cmp_lt, _cmp_le, _cmp_gt, _cmp_ge

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _float_int(f):
    if f != f:
        raise ValueError("cannot convert float NaN to integer")
    if f in (float('inf'), float('-inf')):
        raise OverflowError("cannot convert float infinity to integer")
    if f > 1e30 or f < -1e30:
        raise OverflowError("Python int too large to convert to C int")
    return int(f)


def _div_even(n, d):
    # n / d rounded half to even, any signs.
    if d < 0:
        n, d = -n, -d
    return _round_half_even(n, d)


timedelta.min = timedelta(-999999999, 0, 0)
timedelta.max = timedelta(999999999, 86399, 999999)
timedelta.resolution = timedelta(0, 0, 1)


class _IsoCalendarDate(tuple):
    # A tuple subclass, as CPython's.
    __slots__ = ()

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self[0]}, week={self[1]}, weekday={self[2]})"


def _iso_calendar(y, m, d):
    o = _ymd2ord(y, m, d)
    def week1_monday(year):
        first = _ymd2ord(year, 1, 1)
        wd = (first + 6) % 7
        mon = first - wd
        if wd > 3:
            mon += 7
        return mon
    year = y
    w1 = week1_monday(year)
    week, day = divmod(o - w1, 7)
    if week < 0:
        year -= 1
        w1 = week1_monday(year)
        week, day = divmod(o - w1, 7)
    elif week >= 52:
        if o >= week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


def _wrap_strftime(fmt, tt, us, obj):
    # CPython expands %f, %z and %Z itself, the rest is the C library's strftime.
    if not isinstance(fmt, str):
        raise TypeError(f"strftime() argument 1 must be str, not {_tn(fmt)}")
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '%':
            out.append(c)
            continue
        if i >= n:
            out.append('%')
            break
        ch = fmt[i]
        i += 1
        if ch == 'f':
            out.append(f"{us:06d}")
        elif ch == 'z':
            off = obj.utcoffset() if obj is not None else None
            if off is not None:
                out.append(_format_offset(off, ''))
        elif ch == 'Z':
            name = obj.tzname() if obj is not None else None
            if name is not None:
                out.append(name.replace('%', '%%'))
        else:
            out.append('%')
            out.append(ch)
    return _strftime(''.join(out), tt[0], tt[1], tt[2], tt[3], tt[4], tt[5], tt[6], tt[7], tt[8])


def _format(self, fmt):
    # `format(x, spec)` of date, time and datetime: strftime, or str() for an empty spec.
    if not isinstance(fmt, str):
        raise TypeError(f"must be str, not {_tn(fmt)}")
    if len(fmt) != 0:
        return self.strftime(fmt)
    return str(self)


def _format_offset(off, sep):
    sign = '+'
    us = off._us()
    if us < 0:
        sign = '-'
        us = -us
    s, u = divmod(us, 1000000)
    m, s = divmod(s, 60)
    h, m = divmod(m, 60)
    r = f"{sign}{h:02d}{sep}{m:02d}"
    if s or u:
        r += f"{sep}{s:02d}"
        if u:
            r += f".{u:06d}"
    return r


def _struct(y, m, d, hh, mm, ss, isdst):
    o = _ymd2ord(y, m, d)
    yday = o - _ymd2ord(y, 1, 1) + 1
    return _struct_time((y, m, d, hh, mm, ss, (o + 6) % 7, yday, isdst))


_DAYNAMES = ('Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun')
_MONTHNAMES = ('Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec')


def _ctime(y, m, d, hh, mm, ss):
    wd = (_ymd2ord(y, m, d) + 6) % 7
    return f"{_DAYNAMES[wd]} {_MONTHNAMES[m - 1]} {d:2d} {hh:02d}:{mm:02d}:{ss:02d} {y:04d}"


class date:
    __slots__ = ('_year', '_month', '_day', '_hashcode')

    def __init__(self, *args, **kwargs):
        if len(args) == 3 and not kwargs:
            y, m, d = args
        else:
            y, m, d = _args(None, ['year', 'month', 'day'], 3, args, kwargs, 3)
        self._year, self._month, self._day = _check_date(y, m, d)
        self._hashcode = -1

    @classmethod
    def today(cls):
        t = _now_fields()
        return cls(t[0], t[1], t[2])

    @classmethod
    def fromtimestamp(cls, t):
        f = _timestamp_fields(t)
        return cls(f[0], f[1], f[2])

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if n < 1:
            raise ValueError("ordinal must be >= 1")
        if n > 3652059:
            raise ValueError(f"year {_ord2ymd(n)[0]} is out of range")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        y, m, d = _parse_iso_date(s)
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _iso_to_ymd(year, week, day)
        return cls(y, m, d)

    year, month, day = _readonly('_year', '_month', '_day')

    def __repr__(self):
        return f"{_tn(self)}({self._year}, {self._month}, {self._day})"

    def isoformat(self):
        return f"{self._year:04d}-{self._month:02d}-{self._day:02d}"

    def __str__(self):
        return self.isoformat()

    def ctime(self):
        return _ctime(self._year, self._month, self._day, 0, 0, 0)

    def strftime(self, fmt):
        return _wrap_strftime(fmt, self.timetuple(), 0, None)

    __format__ = _format

    def timetuple(self):
        return _struct(self._year, self._month, self._day, 0, 0, 0, -1)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        y, w, d = _iso_calendar(self._year, self._month, self._day)
        return _IsoCalendarDate(y, w, d)

    def replace(self, *args, **kwargs):
        year, month, day = _args('replace', ['year', 'month', 'day'], 3, args, kwargs, 0)
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def _cmpkey(self):
        return (self._year, self._month, self._day)

    def _compare(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return _op(self._cmpkey(), other._cmpkey(), op)
        if isinstance(other, date) and op != 0:
            raise TypeError(f"can't compare {_tn(other) if isinstance(other, datetime) else _tn(self)} to {_tn(self) if isinstance(other, datetime) else _tn(other)}")
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, date) and (isinstance(other, datetime) != isinstance(self, datetime)):
            return False
        return self._compare(other, 0)

    __lt__, __le__, __gt__, __ge__ = _cmp_lt, _cmp_le, _cmp_gt, _cmp_ge

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = _hash_bytes(self._year >> 8, self._year & 255, self._month, self._day)
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if o < 1 or o > 3652059:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(o)
            return type(self)(y, m, d)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other._days, 0, 0)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal(), 0, 0)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(1, 0, 0)


"""#
