/// The parts of CPython's `time` module written in Python for schedviz: `struct_time` and what
/// takes or makes one (localtime, gmtime, mktime, strftime with a tuple, asctime, strptime), and
/// the `_ns` clocks. `time`, `monotonic`, `sleep`, `perf_counter` and `ctime` stay native
/// (`TimeModule.swift`). The local zone is UTC, as the harness sets TZ.

let timeSource = #"""
_FIELDS = ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst')


class struct_time:
    # CPython's is a tuple subclass (a struct sequence); schedviz classes cannot subclass tuple.
    __slots__ = ('_t', '_zone', '_gmtoff')
    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __init__(self, seq, dict=None):
        t = tuple(seq)
        if len(t) < 9:
            raise TypeError(f"time.struct_time() takes an at least 9-sequence ({len(t)}-sequence given)")
        if len(t) > 11:
            raise TypeError(f"time.struct_time() takes an at most 11-sequence ({len(t)}-sequence given)")
        self._t = t[:9]
        self._zone = t[9] if len(t) > 9 else None
        self._gmtoff = t[10] if len(t) > 10 else None

    @property
    def tm_year(self):
        return self._t[0]

    @property
    def tm_mon(self):
        return self._t[1]

    @property
    def tm_mday(self):
        return self._t[2]

    @property
    def tm_hour(self):
        return self._t[3]

    @property
    def tm_min(self):
        return self._t[4]

    @property
    def tm_sec(self):
        return self._t[5]

    @property
    def tm_wday(self):
        return self._t[6]

    @property
    def tm_yday(self):
        return self._t[7]

    @property
    def tm_isdst(self):
        return self._t[8]

    @property
    def tm_zone(self):
        return self._zone

    @property
    def tm_gmtoff(self):
        return self._gmtoff

    def __getitem__(self, i):
        return self._t[i]

    def __iter__(self):
        return iter(self._t)

    def __len__(self):
        return 9

    def __eq__(self, other):
        if isinstance(other, struct_time):
            return self._t == other._t
        if isinstance(other, tuple):
            return self._t == other
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, struct_time):
            return self._t < other._t
        if isinstance(other, tuple):
            return self._t < other
        return NotImplemented

    def __hash__(self):
        return hash(self._t)

    def __repr__(self):
        parts = ', '.join([f"{_FIELDS[i]}={self._t[i]!r}" for i in range(9)])
        return f"time.struct_time({parts})"


def _tm(t, fname):
    # A struct_time or 9-tuple as CPython's gettmarg reads it: the nine fields, the zone, the offset.
    if isinstance(t, struct_time):
        return t._t, t._zone, t._gmtoff
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError(f"{fname}(): illegal time tuple argument")
    return t, None, None


def _struct(f, isdst, zone):
    return struct_time((f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], isdst, zone, 0))


def gmtime(secs=None):
    return _struct(_gmtime_fields(time() if secs is None else secs), 0, 'GMT')


def localtime(secs=None):
    # The local zone is UTC, as the harness sets TZ.
    return _struct(_gmtime_fields(time() if secs is None else secs), 0, 'UTC')


def mktime(t):
    f, zone, off = _tm(t, 'mktime')
    return float(_timegm(f[0], f[1], f[2], f[3], f[4], f[5]))


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError(f"strftime() argument 1 must be str, not {type(format).__name__}")
    if t is None:
        t = localtime()
    f, zone, off = _tm(t, 'strftime')
    return _strftime_tm(format, f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7], f[8], zone, off or 0)


def asctime(t=None):
    if t is None:
        t = localtime()
    f, zone, off = _tm(t, 'asctime')
    return _asctime(f[0], f[1], f[2], f[3], f[4], f[5], f[6])


def time_ns():
    return int(time() * 1e9)


def monotonic_ns():
    return int(monotonic() * 1e9)


def perf_counter_ns():
    return int(monotonic() * 1e9)


def strptime(string, format='%a %b %d %H:%M:%S %Y'):
    if not isinstance(string, str):
        raise TypeError(f"strptime() argument 0 must be str, not {type(string)}")
    if not isinstance(format, str):
        raise TypeError(f"strptime() argument 1 must be str, not {type(format)}")
    r = _strptime(string, format)
    isdst = -1
    if r[9] is not None and r[9].lower() in ('utc', 'gmt'):
        isdst = 0
    return struct_time((r[0], r[1], r[2], r[3], r[4], r[5], r[10], r[11], isdst, r[9], r[7]))


timezone = 0
altzone = 0
daylight = 0
tzname = ('UTC', 'UTC')
"""#
