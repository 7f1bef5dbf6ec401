#!/usr/bin/env python3
"""Reference harness: run a program under CPython 3.11's real asyncio on a
deterministic virtual clock, so schedviz's output can be compared with it.

  python3 tools/harness.py PROGRAM [--seed N] [--start ISO]
      [--tiebreak fifo|heap] [--steps-out FILE] [--time-limit T] [--fast]
      [--name NAME]

PROGRAM is a .py path or '-' (source on stdin, named NAME in tracebacks).
The steps file has one line '<repr(vt)> <task name>' per Task.__step and a
last line '# idle', '# deadlock NAMES', '# limit time', '# exception' or
'# done'. Standard library only.
"""
import argparse
import asyncio
import datetime as _dt
import itertools
import linecache
import os
import selectors
import sys
import time as _time
import traceback
import types
import weakref
from asyncio import base_events, events, futures, tasks, unix_events

vt = 0.0            # the one virtual clock, shared by every loop
START = _dt.datetime(2015, 11, 13, 10, 0, 0)
LIMIT = None        # --time-limit
STEPS = None        # list of step lines, None unless --steps-out
STEPS_OUT = None
CREATED = []        # weakrefs to Python tasks, in creation order
_HERE = __file__


def _write_steps(ending):
    if STEPS_OUT is not None:
        with open(STEPS_OUT, 'w') as f:
            f.write(''.join(line + '\n' for line in STEPS + ['# ' + ending]))


def _end(ending):
    """End the whole run now: later cleanup would only run more steps."""
    sys.stdout.flush()
    sys.stderr.flush()
    _write_steps(ending)
    os._exit(0)


def _advance(when):
    global vt
    if LIMIT is not None and when > LIMIT:
        _end('limit time')
    vt = when


# ---- the clock: the loop's selector is where time moves -------------------

class _Selector(selectors.DefaultSelector):
    def __init__(self, loop):
        super().__init__()
        self._vc_loop = loop

    def select(self, timeout=None):
        loop = self._vc_loop
        if loop._ready or loop._stopping:
            return []
        if loop._scheduled:
            # Jump to the deadline itself: vt + timeout may round differently.
            when = loop._scheduled[0]._when
            if when > vt:
                _advance(when)
            return []
        _end(_stuck_reason(loop))


def _stuck_reason(loop):
    if STEPS is not None:
        pending = [r() for r in CREATED]
        pending = [t for t in pending if t is not None and not t.done()
                   and t.get_loop() is loop]
    else:
        pending = list(tasks.all_tasks(loop))
    # run_until_complete waits for its future even with no task left.
    f = sys._getframe()
    while f is not None and not (
            f.f_code is base_events.BaseEventLoop.run_until_complete.__code__
            and f.f_locals.get('self') is loop):
        f = f.f_back
    if not pending and f is None:
        return 'idle'
    return ' '.join(['deadlock'] + [t.get_name() for t in pending])


class _UnixSelectorEventLoop(unix_events._UnixSelectorEventLoop):
    # Same class name as CPython's, so repr(loop) is unchanged.
    def __init__(self, selector=None):
        super().__init__(_Selector(self))

    def time(self):
        return vt


class TimerHandle(events.TimerHandle):
    """fifo tiebreak: equal deadlines fire in the order the timers were set."""
    __slots__ = ('_seq',)
    _counter = itertools.count()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._seq = next(TimerHandle._counter)

    def __lt__(self, other):
        return (self._when, self._seq) < (other._when, other._seq)

    def __gt__(self, other):
        return (self._when, self._seq) > (other._when, other._seq)


# ---- time and datetime ----------------------------------------------------

def _install_clock():
    T = _time
    os.environ['TZ'] = 'UTC'
    T.tzset()
    epoch = START.replace(tzinfo=_dt.timezone.utc).timestamp()
    real = {n: getattr(T, n) for n in
            ('localtime', 'gmtime', 'strftime', 'ctime', 'asctime')}

    def time():
        return epoch + vt

    def monotonic():
        return vt

    def sleep(secs):
        if not isinstance(secs, (int, float)):
            raise TypeError(f"'{type(secs).__name__}' object cannot be "
                            "interpreted as an integer")
        if secs < 0:
            raise ValueError('sleep length must be non-negative')
        _advance(vt + secs)

    T.time, T.monotonic, T.perf_counter, T.sleep = time, monotonic, monotonic, sleep
    T.time_ns = lambda: int(time() * 1e9)
    T.monotonic_ns = T.perf_counter_ns = lambda: int(vt * 1e9)
    T.localtime = lambda secs=None: real['localtime'](time() if secs is None else secs)
    T.gmtime = lambda secs=None: real['gmtime'](time() if secs is None else secs)
    T.ctime = lambda secs=None: real['ctime'](time() if secs is None else secs)
    T.strftime = lambda fmt, t=None: real['strftime'](fmt, T.localtime() if t is None else t)
    T.asctime = lambda t=None: real['asctime'](T.localtime() if t is None else t)

    real_date, real_datetime = _dt.date, _dt.datetime

    def wall():
        return START + _dt.timedelta(seconds=vt)

    class _Meta(type):
        # Instances are the real classes' (str/repr unchanged); make
        # isinstance(x, datetime.datetime) still hold for them.
        def __instancecheck__(cls, obj):
            return isinstance(obj, cls.__bases__[0])

        def __subclasscheck__(cls, sub):
            return issubclass(sub, cls.__bases__[0])

    class date(_dt.date, metaclass=_Meta):
        def __new__(cls, *args, **kwargs):
            return real_date(*args, **kwargs)

        @classmethod
        def today(cls):
            return wall().date()

    class datetime(_dt.datetime, metaclass=_Meta):
        def __new__(cls, *args, **kwargs):
            return real_datetime(*args, **kwargs)

        @classmethod
        def now(cls, tz=None):
            if tz is None:
                return wall()
            return wall().replace(tzinfo=_dt.timezone.utc).astimezone(tz)

        @classmethod
        def today(cls):
            return wall()

        @classmethod
        def utcnow(cls):
            return wall()

    for c in (date, datetime):
        c.__module__, c.__qualname__ = 'datetime', c.__name__
    _dt.date, _dt.datetime = date, datetime


# ---- tasks: the pure-Python Task, so that each step can be seen -----------

_HIDDEN = {f.__code__ for cls in (tasks._PyTask, futures._PyFuture)
           for f in vars(cls).values() if isinstance(f, types.FunctionType)}


def _clean(exc, seen):
    """Drop frames the C Task would not show (pure-Python Task/Future
    methods and this harness) from exc's traceback and its chain."""
    if exc is None or id(exc) in seen:
        return
    seen.add(id(exc))

    def hidden(tb):
        code = tb.tb_frame.f_code
        return code in _HIDDEN or code.co_filename == _HERE
    tb = exc.__traceback__
    while tb is not None and hidden(tb):
        tb = tb.tb_next
    exc.__traceback__ = tb
    while tb is not None:
        while tb.tb_next is not None and hidden(tb.tb_next):
            tb.tb_next = tb.tb_next.tb_next
        tb = tb.tb_next
    _clean(exc.__cause__, seen)
    _clean(exc.__context__, seen)
    for sub in getattr(exc, 'exceptions', ()):
        _clean(sub, seen)


def _install_steps():
    Task = tasks._PyTask
    init, step = Task.__init__, Task._Task__step

    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        CREATED.append(weakref.ref(self))

    def __step(self, exc=None):
        # Every step goes through here: __init__ and __wakeup use self.__step.
        if not self.done():
            STEPS.append(f'{vt!r} {self._name}')
        step(self, exc)
        if self._exception is not None:
            _clean(self._exception, set())
            self._exception_tb = self._exception.__traceback__

    Task.__init__, Task._Task__step = __init__, __step
    tasks.Task = asyncio.Task = Task


# ---- running the program --------------------------------------------------

def main():
    global START, LIMIT, STEPS, STEPS_OUT
    if os.environ.get('PYTHONHASHSEED') != '0':
        # Deterministic str hashing (set order); stdin is not read yet.
        os.environ['PYTHONHASHSEED'] = '0'
        os.execv(sys.executable, [sys.executable] + sys.orig_argv[1:])
    p = argparse.ArgumentParser(prog='harness.py', description=__doc__.split('\n')[0])
    p.add_argument('program', help="a .py file, or '-' for stdin")
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--start', type=_dt.datetime.fromisoformat,
                   default=START)
    p.add_argument('--tiebreak', choices=('fifo', 'heap'), default='fifo')
    p.add_argument('--steps-out', metavar='FILE')
    p.add_argument('--time-limit', type=float, metavar='T')
    p.add_argument('--fast', action='store_true',
                   help='C tasks, no step recording')
    p.add_argument('--name', help="file name for tracebacks with '-'")
    a = p.parse_args()
    if a.fast and a.steps_out:
        p.error('--fast records no steps: drop --steps-out')
    if a.start.tzinfo is not None:
        a.start = a.start.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    START, LIMIT, STEPS_OUT = a.start, a.time_limit, a.steps_out

    if a.program == '-':
        source, name = sys.stdin.buffer.read(), a.name or '<stdin>'
        if a.name:  # tracebacks show source lines, as for a real file
            lines = source.decode('utf-8', 'replace').splitlines(True)
            linecache.cache[name] = (len(source), None, lines, name)
        sys.path[0] = ''
    else:
        with open(a.program, 'rb') as f:
            source = f.read()
        name = os.path.abspath(a.program)  # as python3 FILE names it (3.9+)
        sys.path[0] = os.path.dirname(name)
    sys.argv = [a.program]

    _install_clock()
    asyncio.coroutine = types.coroutine
    unix_events.DefaultEventLoopPolicy._loop_factory = _UnixSelectorEventLoop
    asyncio.SelectorEventLoop = unix_events.SelectorEventLoop = _UnixSelectorEventLoop
    if a.tiebreak == 'fifo':
        events.TimerHandle = TimerHandle
    if not a.fast:
        STEPS = []
        _install_steps()
    import random
    random.seed(a.seed)

    module = types.ModuleType('__main__')
    module.__file__ = name
    module.__builtins__ = __builtins__
    harness_module = sys.modules['__main__']  # noqa: F841 (kept alive)
    sys.modules['__main__'] = module
    try:
        code = compile(source, name, 'exec', dont_inherit=True)
        exec(code, module.__dict__)
    except SystemExit:
        sys.stdout.flush()
        _write_steps('done')
        raise
    except BaseException as e:
        sys.stdout.flush()
        _clean(e, set())
        if sys.excepthook is sys.__excepthook__:  # C's hook ignores linecache
            traceback.print_exception(e)
        else:
            sys.excepthook(type(e), e, e.__traceback__)
        sys.stderr.flush()
        _write_steps('exception')
        sys.exit(1)
    sys.stdout.flush()
    _write_steps('done')


if __name__ == '__main__':
    main()
