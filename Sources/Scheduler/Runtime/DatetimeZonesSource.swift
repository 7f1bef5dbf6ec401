/// The second half of the `datetime` module's source (`DatetimeSource.swift`): tzinfo, timezone,
/// time and datetime.

let datetimeZonesSource = #"""
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


_UTC = None
_NO_NAME = object()


class timezone(tzinfo):
    __slots__ = ('_offset', '_name')

    def __new__(cls, offset, name=_NO_NAME):
        if not isinstance(offset, timedelta):
            raise TypeError(f"timezone() argument 1 must be datetime.timedelta, not {_tn(offset)}")
        if name is _NO_NAME:
            name = None
        elif not isinstance(name, str):
            raise TypeError(f"timezone() argument 2 must be str, not {'None' if name is None else _tn(name)}")
        if not (-86400000000 < offset._us() < 86400000000):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             f"timedelta(hours=24), not {offset!r}.")
        if name is None and not offset and _UTC is not None:
            # As CPython: a zero offset without a name is the utc singleton.
            return _UTC
        self = object.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __repr__(self):
        if self is _UTC:
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

    def __reduce__(self):
        if self._name is None:
            return (timezone, (self._offset,))
        return (timezone, (self._offset, self._name))

    def __copy__(self):
        # CPython rebuilds it through its constructor, which hands back the utc singleton.
        return timezone(*self.__reduce__()[1])

    def __deepcopy__(self, memo):
        return timezone(*self.__reduce__()[1])

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() argument must be a datetime instance or None")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        return dt + self._offset


_UTC = timezone(timedelta(0, 0, 0))
timezone.utc = _UTC
timezone.min = timezone(timedelta(0, -86340, 0))
timezone.max = timezone(timedelta(0, 86340, 0))
UTC = _UTC


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
            tz = timezone(timedelta(0, f[4], f[5]))
        return cls(f[0], f[1], f[2], f[3], tz)

    hour, minute, second, microsecond, tzinfo, fold = _readonly('_hour', '_minute', '_second', '_microsecond',
                                                                '_tzinfo', '_fold')

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

    __format__ = _format

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
            return NotImplemented
        return _aware_compare(self, other, self._us_of_day(), other._us_of_day(), op, 'times')

    __eq__, __lt__, __le__, __gt__, __ge__ = _cmp_eq, _cmp_lt, _cmp_le, _cmp_gt, _cmp_ge

    def __hash__(self):
        if self._hashcode == -1:
            # CPython: the bytes of a naive time, the UTC timedelta of an aware one.
            off = self.utcoffset()
            if off is None:
                us = self._microsecond
                self._hashcode = _hash_bytes(self._hour, self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255)
            else:
                self._hashcode = hash(timedelta(0, self._hour * 3600 + self._minute * 60 + self._second,
                                                self._microsecond) - off)
        return self._hashcode

    def __bool__(self):
        return True


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
            tz = timezone(timedelta(0, f[7], f[8]))
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

    hour, minute, second, microsecond, tzinfo, fold = _readonly('_hour', '_minute', '_second', '_microsecond',
                                                                '_tzinfo', '_fold')

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
        return _aware_compare(self, other, self._local_us(), other._local_us(), op, 'datetimes')

    __eq__ = _cmp_eq

    def __hash__(self):
        if self._hashcode == -1:
            # CPython: the bytes of a naive datetime, the UTC timedelta of an aware one.
            off = self.utcoffset()
            if off is None:
                us = self._microsecond
                self._hashcode = _hash_bytes(self._year >> 8, self._year & 255, self._month, self._day, self._hour,
                                             self._minute, self._second, us >> 16, (us >> 8) & 255, us & 255)
            else:
                self._hashcode = hash(timedelta(_ymd2ord(self._year, self._month, self._day),
                                                self._hour * 3600 + self._minute * 60 + self._second,
                                                self._microsecond) - off)
        return self._hashcode

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._local_us() + other._us()
            if us < -62135596800000000 or us > 253402300799999999:
                raise OverflowError("date value out of range")
            f = _us_fields(us)
            return type(self)(f[0], f[1], f[2], f[3], f[4], f[5], f[6], self._tzinfo)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, datetime):
            p = _utc_pair(self, other, self._local_us(), other._local_us())
            if p is None:
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(0, 0, p[0] - p[1])
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
    year, week, day = _index(year), _index(week), _index(day)
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
