/// CPython 3.11's `datetime` (a C module there), written again in schedviz's subset and loaded on
/// `import datetime` (`SourceModules.swift`); its frames stay out of tracebacks, and its classes'
/// names in messages carry the module (`'datetime.date'`), as C types' do. The clock, the calendar
/// math, strftime and the parsers are Swift (`DatetimeNatives.swift`). schedviz classes cannot
/// subclass tuple, so `IsoCalendarDate` holds one.

let datetimeSource = #"""
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
    y = _index(y)
    m = _index(m)
    d = _index(d)
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

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

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

    def __radd__(self, other):
        if isinstance(other, timedelta):
            return _from_us(self._us() + other._us())
        return NotImplemented

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

    def __rmul__(self, other):
        return self.__mul__(other)

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

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._us() == other._us()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._us() != other._us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (type(self), (self._days, self._seconds, self._microseconds))


def _float_int(f):
    if f != f or f in (float('inf'), float('-inf')):
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


class _IsoCalendarDate:
    # CPython's is a tuple subclass; schedviz classes cannot subclass tuple, so it holds one.
    __slots__ = ('_t',)

    def __init__(self, year, week, weekday):
        self._t = (year, week, weekday)

    @property
    def year(self):
        return self._t[0]

    @property
    def week(self):
        return self._t[1]

    @property
    def weekday(self):
        return self._t[2]

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __len__(self):
        return 3

    def __eq__(self, other):
        if isinstance(other, _IsoCalendarDate):
            return self._t == other._t
        return self._t == other

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        return f"datetime.IsoCalendarDate(year={self._t[0]}, week={self._t[1]}, weekday={self._t[2]})"


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

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

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

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {_tn(fmt)}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

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
            a = self._cmpkey()
            b = other._cmpkey()
            if op == 0:
                return a == b
            if op == 1:
                return a < b
            if op == 2:
                return a <= b
            if op == 3:
                return a > b
            return a >= b
        if isinstance(other, date) and op != 0:
            raise TypeError(f"can't compare {_tn(other) if isinstance(other, datetime) else _tn(self)} to {_tn(self) if isinstance(other, datetime) else _tn(other)}")
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, date) and (isinstance(other, datetime) != isinstance(self, datetime)):
            return False
        return self._compare(other, 0)

    def __lt__(self, other):
        return self._compare(other, 1)

    def __le__(self, other):
        return self._compare(other, 2)

    def __gt__(self, other):
        return self._compare(other, 3)

    def __ge__(self, other):
        return self._compare(other, 4)

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash(('date', self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other._days
            if o < 1 or o > 3652059:
                raise OverflowError("date value out of range")
            y, m, d = _ord2ymd(o)
            return type(self)(y, m, d)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

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


class tzinfo:
    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        off = _checked_offset(self.utcoffset(dt), 'utcoffset')
        if off is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        dst = _checked_offset(self.dst(dt), 'dst')
        if dst is None:
            raise ValueError("fromutc: non-None dst() result required")
        delta = off - dst
        if delta:
            dt = dt + delta
            dst = _checked_offset(dt.dst(), 'dst')
            if dst is None:
                raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return dt + dst

    def __repr__(self):
        return object.__repr__(self)


def _checked_offset(off, what):
    if off is None:
        return None
    if not isinstance(off, timedelta):
        raise TypeError(f"tzinfo.{what}() must return None or timedelta, not '{_tn(off)}'")
    if not (-86400000000 < off._us() < 86400000000):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
    return off


def _tz_offset(tz, dt, what='utcoffset'):
    if tz is None:
        return None
    if what == 'utcoffset':
        return _checked_offset(tz.utcoffset(dt), what)
    return _checked_offset(tz.dst(dt), what)


def _tz_name(tz, dt):
    if tz is None:
        return None
    name = tz.tzname(dt)
    if name is not None and not isinstance(name, str):
        raise TypeError(f"tzinfo.tzname() must return None or a string, not '{_tn(name)}'")
    return name


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {_tn(offset)}")
        if name is not None and not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {_tn(name)}")
        if not (-86400000000 < offset._us() < 86400000000):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        self._offset = offset
        self._name = name

    def __repr__(self):
        if self._name is None and self._offset._us() == 0:
            return 'datetime.timezone.utc'
        if self._name is None:
            return f"{_tn(self)}({self._offset!r})"
        return f"{_tn(self)}({self._offset!r}, {self._name!r})"

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def utcoffset(self, dt):
        if dt is None or isinstance(dt, datetime):
            return self._offset
        raise TypeError(f"utcoffset(dt) argument must be a datetime instance or None, not {_tn(dt)}")

    def dst(self, dt):
        if dt is None or isinstance(dt, datetime):
            return None
        raise TypeError(f"dst(dt) argument must be a datetime instance or None, not {_tn(dt)}")

    def tzname(self, dt):
        if dt is not None and not isinstance(dt, datetime):
            raise TypeError(f"tzname(dt) argument must be a datetime instance or None, not {_tn(dt)}")
        if self._name is not None:
            return self._name
        us = self._offset._us()
        if us == 0:
            return 'UTC'
        return 'UTC' + _format_offset(self._offset, ':')

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


def _make_utc():
    tz = timezone(timedelta(0, 0, 0))
    return tz


_UTC = _make_utc()
timezone.utc = _UTC
timezone.min = timezone(timedelta(0, -86340, 0))
timezone.max = timezone(timedelta(0, 86340, 0))
UTC = _UTC


def _new_timezone(off, name=None):
    if off._us() == 0 and name is None:
        return _UTC
    return timezone(off, name)


def _time_str(h, m, s, us, timespec):
    if timespec == 'auto':
        timespec = 'microseconds' if us else 'seconds'
    if timespec == 'hours':
        return f"{h:02d}"
    if timespec == 'minutes':
        return f"{h:02d}:{m:02d}"
    if timespec == 'seconds':
        return f"{h:02d}:{m:02d}:{s:02d}"
    if timespec == 'milliseconds':
        return f"{h:02d}:{m:02d}:{s:02d}.{us // 1000:03d}"
    if timespec == 'microseconds':
        return f"{h:02d}:{m:02d}:{s:02d}.{us:06d}"
    raise ValueError("Unknown timespec value")


class time:
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold', '_hashcode')

    def __init__(self, *args, **kwargs):
        h, m, s, us, tz, fold = _args(None, ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'], 5,
                                      args, kwargs, 0)
        self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time(
            0 if h is None else h, 0 if m is None else m, 0 if s is None else s, 0 if us is None else us, 0 if fold is None else fold)
        _check_tzinfo(tz)
        self._tzinfo = tz
        self._hashcode = -1

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        f = _parse_iso_time(s)
        tz = None
        if f[4] is not None:
            tz = _new_timezone(timedelta(0, f[4], f[5]))
        return cls(f[0], f[1], f[2], f[3], tz)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        return _tz_offset(self._tzinfo, None)

    def dst(self):
        return _tz_offset(self._tzinfo, None, 'dst')

    def tzname(self):
        return _tz_name(self._tzinfo, None)

    def __repr__(self):
        if self._microsecond:
            s = f"{self._hour}, {self._minute}, {self._second}, {self._microsecond}"
        elif self._second:
            s = f"{self._hour}, {self._minute}, {self._second}"
        else:
            s = f"{self._hour}, {self._minute}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_tn(self)}({s})"

    def isoformat(self, timespec='auto'):
        s = _time_str(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off, ':')
        return s

    def __str__(self):
        return self.isoformat()

    def strftime(self, fmt):
        tt = _struct(1900, 1, 1, self._hour, self._minute, self._second, -1)
        return _wrap_strftime(fmt, tt, self._microsecond, self)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError(f"must be str, not {_tn(fmt)}")
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, *args, **kwargs):
        names = ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold']
        hour, minute, second, microsecond, tzinfo, fold = _args('replace', names, 5, args, kwargs, 0)
        if len(args) < 5 and 'tzinfo' not in kwargs:
            tzinfo = True
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _us_of_day(self):
        return ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 + self._microsecond

    def _compare(self, other, op):
        if not isinstance(other, time):
            if op == 0:
                return NotImplemented
            return NotImplemented
        a = self._us_of_day()
        b = other._us_of_day()
        if self._tzinfo is not other._tzinfo:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                if op == 0:
                    return False
                raise TypeError("can't compare offset-naive and offset-aware times")
            if oa is not None:
                a -= oa._us()
                b -= ob._us()
        return _op(a, b, op)

    def __eq__(self, other):
        return self._compare(other, 0)

    def __lt__(self, other):
        return self._compare(other, 1)

    def __le__(self, other):
        return self._compare(other, 2)

    def __gt__(self, other):
        return self._compare(other, 3)

    def __ge__(self, other):
        return self._compare(other, 4)

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            k = self._us_of_day() - (off._us() if off is not None else 0)
            self._hashcode = hash(('time', k))
        return self._hashcode

    def __bool__(self):
        return True


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


time.min = time(0, 0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(0, 0, 1)


class datetime(date):
    __slots__ = ('_hour', '_minute', '_second', '_microsecond', '_tzinfo', '_fold')

    def __init__(self, *args, **kwargs):
        y, mo, d, h, mi, s, us, tz, fold = _args(
            None, ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'], 8,
            args, kwargs, 3)
        self._year, self._month, self._day = _check_date(y, mo, d)
        self._hour, self._minute, self._second, self._microsecond, self._fold = _check_time(
            0 if h is None else h, 0 if mi is None else mi, 0 if s is None else s, 0 if us is None else us, 0 if fold is None else fold)
        _check_tzinfo(tz)
        self._tzinfo = tz
        self._hashcode = -1

    @classmethod
    def _from_fields(cls, f, tz=None):
        return cls(f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz)

    @classmethod
    def now(cls, tz=None):
        _check_tzinfo(tz)
        f = _now_fields()
        if tz is None:
            return cls._from_fields(f)
        return tz.fromutc(cls._from_fields(f, tz))

    @classmethod
    def today(cls):
        return cls._from_fields(_now_fields())

    @classmethod
    def utcnow(cls):
        return cls._from_fields(_now_fields())

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        f = _timestamp_fields(t)
        if tz is None:
            return cls._from_fields(f)
        return tz.fromutc(cls._from_fields(f, tz))

    @classmethod
    def utcfromtimestamp(cls, t):
        return cls._from_fields(_timestamp_fields(t))

    @classmethod
    def fromordinal(cls, n):
        d = date.fromordinal(n)
        return cls(d._year, d._month, d._day)

    @classmethod
    def combine(cls, date_, time_, tzinfo=True):
        if not isinstance(date_, date):
            raise TypeError(f"combine() argument 1 must be datetime.date, not {_tn(date_)}")
        if not isinstance(time_, time):
            raise TypeError(f"combine() argument 2 must be datetime.time, not {_tn(time_)}")
        if tzinfo is True:
            tzinfo = time_._tzinfo
        return cls(date_._year, date_._month, date_._day, time_._hour, time_._minute, time_._second,
                   time_._microsecond, tzinfo, fold=time_._fold)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        f = _parse_iso_datetime(s)
        tz = None
        if f[7] is not None:
            tz = _new_timezone(timedelta(0, f[7], f[8]))
        return cls(f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        y, m, d = _iso_to_ymd(year, week, day)
        return cls(y, m, d)

    @classmethod
    def strptime(cls, s, fmt):
        if not isinstance(s, str):
            raise TypeError(f"strptime() argument 1 must be str, not {_tn(s)}")
        if not isinstance(fmt, str):
            raise TypeError(f"strptime() argument 2 must be str, not {_tn(fmt)}")
        f = _strptime(s, fmt)
        tz = None
        if f[7] is not None:
            off = timedelta(0, f[7], f[8])
            tz = timezone(off, f[9]) if f[9] else timezone(off)
        return cls(f[0], f[1], f[2], f[3], f[4], f[5], f[6], tz)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo, fold=self._fold)

    def utcoffset(self):
        return _tz_offset(self._tzinfo, self)

    def dst(self):
        return _tz_offset(self._tzinfo, self, 'dst')

    def tzname(self):
        return _tz_name(self._tzinfo, self)

    def __repr__(self):
        s = f"{self._year}, {self._month}, {self._day}, {self._hour}, {self._minute}"
        if self._microsecond:
            s += f", {self._second}, {self._microsecond}"
        elif self._second:
            s += f", {self._second}"
        if self._tzinfo is not None:
            s += f", tzinfo={self._tzinfo!r}"
        if self._fold:
            s += ", fold=1"
        return f"{_tn(self)}({s})"

    def isoformat(self, sep='T', timespec='auto'):
        if not isinstance(sep, str) or len(sep) != 1:
            raise TypeError(f"isoformat() argument 1 must be a unicode character, not {_tn(sep)}")
        s = (f"{self._year:04d}-{self._month:02d}-{self._day:02d}{sep}"
             + _time_str(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off, ':')
        return s

    def __str__(self):
        return self.isoformat(' ')

    def ctime(self):
        return _ctime(self._year, self._month, self._day, self._hour, self._minute, self._second)

    def timetuple(self):
        dst = self.dst()
        isdst = -1 if dst is None else (1 if dst else 0)
        return _struct(self._year, self._month, self._day, self._hour, self._minute, self._second, isdst)

    def utctimetuple(self):
        off = self.utcoffset()
        dt = self
        if off is not None:
            dt = self - off
        return _struct(dt._year, dt._month, dt._day, dt._hour, dt._minute, dt._second, 0)

    def strftime(self, fmt):
        tt = self.timetuple()
        return _wrap_strftime(fmt, tt, self._microsecond, self)

    def timestamp(self):
        off = self.utcoffset()
        us = self._local_us()
        if off is not None:
            us -= off._us()
        return us / 1000000

    def _local_us(self):
        days = _ymd2ord(self._year, self._month, self._day) - 719163
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
                + self._microsecond)

    def replace(self, *args, **kwargs):
        names = ['year', 'month', 'day', 'hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold']
        year, month, day, hour, minute, second, microsecond, tzinfo, fold = _args('replace', names, 8, args,
                                                                                  kwargs, 0)
        if len(args) < 8 and 'tzinfo' not in kwargs:
            tzinfo = True
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute,
                          self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo,
                          fold=self._fold if fold is None else fold)

    def astimezone(self, tz=None):
        if tz is not None:
            _check_tzinfo(tz)
        off = self.utcoffset()
        if off is None:
            # Naive: the local zone, which is UTC here.
            off = timedelta(0, 0, 0)
            src = _LOCAL
        else:
            src = self._tzinfo
        if tz is None:
            tz = _LOCAL
        if tz is src and self._tzinfo is not None:
            return self
        utc = (self - off).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def _compare(self, other, op):
        if not isinstance(other, datetime):
            if isinstance(other, date) and op != 0:
                raise TypeError(f"can't compare {_tn(self)} to {_tn(other)}")
            if isinstance(other, date):
                return False
            return NotImplemented
        a = self._local_us()
        b = other._local_us()
        if self._tzinfo is not other._tzinfo:
            oa = self.utcoffset()
            ob = other.utcoffset()
            if (oa is None) != (ob is None):
                if op == 0:
                    return False
                raise TypeError("can't compare offset-naive and offset-aware datetimes")
            if oa is not None:
                a -= oa._us()
                b -= ob._us()
        return _op(a, b, op)

    def __eq__(self, other):
        return self._compare(other, 0)

    def __hash__(self):
        if self._hashcode == -1:
            off = self.utcoffset()
            k = self._local_us() - (off._us() if off is not None else 0)
            self._hashcode = hash(('datetime', k))
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._local_us() + other._us()
            if us < -62135596800000000 or us > 253402300799999999:
                raise OverflowError("date value out of range")
            f = _us_fields(us)
            return type(self)(f[0], f[1], f[2], f[3], f[4], f[5], f[6], self._tzinfo)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, datetime):
            a = self._local_us()
            b = other._local_us()
            if self._tzinfo is not other._tzinfo:
                oa = self.utcoffset()
                ob = other.utcoffset()
                if (oa is None) != (ob is None):
                    raise TypeError("can't subtract offset-naive and offset-aware datetimes")
                if oa is not None:
                    a -= oa._us()
                    b -= ob._us()
            return timedelta(0, 0, a - b)
        if isinstance(other, timedelta):
            return self + (-other)
        return NotImplemented

    def __reduce__(self):
        return (type(self), (self._year, self._month, self._day, self._hour, self._minute, self._second,
                             self._microsecond, self._tzinfo))


def _us_fields(us):
    days, rest = divmod(us, 86400000000)
    y, m, d = _ord2ymd(days + 719163)
    s, u = divmod(rest, 1000000)
    return (y, m, d, s // 3600, (s // 60) % 60, s % 60, u)


datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(0, 0, 1)
_LOCAL = timezone(timedelta(0, 0, 0), 'UTC')


def _iso_to_ymd(year, week, day):
    year = _index(year)
    week = _index(week)
    day = _index(day)
    if year < 1 or year > 9999:
        raise ValueError(f"Year is out of range: {year}")
    if week <= 0 or week >= 53:
        out = True
        if week == 53:
            first = _ymd2ord(year, 1, 1)
            wd = (first + 6) % 7
            if wd == 3 or (wd == 2 and _days_in_month(year, 2) == 29):
                out = False
        if out:
            raise ValueError(f"Invalid week: {week}")
    if day <= 0 or day >= 8:
        raise ValueError(f"Invalid day: {day} (range is [1, 7])")
    first = _ymd2ord(year, 1, 1)
    wd = (first + 6) % 7
    mon = first - wd
    if wd > 3:
        mon += 7
    o = mon + (week - 1) * 7 + (day - 1)
    return _ord2ymd(o)
"""#
