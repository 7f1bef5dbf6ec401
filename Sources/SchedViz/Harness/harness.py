#!/usr/bin/env python3
"""Reference harness: run a program under CPython 3.11's real asyncio on a
deterministic virtual clock, so schedviz's output can be compared with it.

  python3 tools/harness.py PROGRAM [--seed N] [--start ISO]
      [--tiebreak fifo|heap] [--steps-out FILE | --steps-fd N]
      [--time-limit T] [--fast] [--name NAME]

PROGRAM is a .py path or '-' (source on stdin, named NAME in tracebacks).
The steps file has one line '<repr(vt)> <task name>' per Task.__step (with
--wakes, then what queued the step: 'first', 'yield', 'timer', 'future',
'cancelled', 'gather' or 'task NAME') and a last line '# idle', '# deadlock NAMES', '# limit time', '# exception' or
'# done'; lines '! refused WHAT' say what the sandbox refused. Standard
library only.

The program runs with schedviz's rules (see _Sandbox): the modules asyncio,
random, datetime, time, types and contextlib (their public names only), no open, eval,
exec, compile, __import__ or frame and function internals, in a python3 that
re-executes itself without site, user folder, script folder or environment,
and an audit hook that refuses what the program has no use for.
asyncio.as_completed takes its arguments in the order given, as schedviz's
does (CPython's iterates a set, in address order).
"""
import sys
import types
# asyncio imports subprocess for loop.subprocess_exec; that module's C helper
# forks and executes without an audit event, so it is never loaded here.
_subprocess = types.ModuleType('subprocess')
_subprocess.PIPE, _subprocess.STDOUT, _subprocess.DEVNULL = -1, -2, -3
sys.modules.setdefault('subprocess', _subprocess)
import argparse
import ast
import io  # noqa: F401 (imported now: the library's warnings need them later,
import tokenize  # noqa: F401 when the sandbox refuses new imports)
import tracemalloc  # noqa: F401
import warnings  # noqa: F401
import asyncio
import datetime as _dt
import gc
import itertools
import linecache
import os
import selectors
import sys
import time as _time
import traceback
import weakref
from asyncio import base_events, events, futures, tasks, unix_events

vt = 0.0            # the one virtual clock, shared by every loop
START = _dt.datetime(2015, 11, 13, 10, 0, 0)
LIMIT = None        # --time-limit
STEPS = None        # list of step lines, None unless --steps-out/--steps-fd
STEPS_FD = None     # opened before the program starts: it may not open files
CREATED = []        # weakrefs to Python tasks, in creation order
WAKES = False       # --wakes: each step line says what queued the step
TIMED = weakref.WeakSet()   # futures a timer completed (asyncio.sleep's)
ASYNCGENS_SEEN = []  # not empty once an async generator has started under the loop
_HERE = (lambda: 0).__code__.co_filename  # also when run by python3 -c


def _write_all(data):
    while data:
        data = data[os.write(STEPS_FD, data):]


def _write_steps(ending):
    if STEPS_FD is not None:
        lines = STEPS + ['# ' + ending]
        _write_all(''.join(line + '\n' for line in lines).encode('utf-8', 'backslashreplace'))
        os.close(STEPS_FD)


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


# Named as the selector it stands for: the loop logs "Using selector: NAME" at DEBUG.
_Selector.__name__ = _Selector.__qualname__ = selectors.DefaultSelector.__name__


class _UnixSelectorEventLoop(unix_events._UnixSelectorEventLoop):
    # Same class name as CPython's, so repr(loop) is unchanged.
    def __init__(self, selector=None):
        super().__init__(_Selector(self))

    def time(self):
        return vt

    # No self-pipe: time is virtual and no other thread wakes this loop, so
    # the program needs no socket (the sandbox refuses them).
    def _make_self_pipe(self):
        self._ssock = self._csock = None

    def _close_self_pipe(self):
        pass

    def _write_to_self(self):
        pass


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


# ---- async generators at the end of asyncio.run ---------------------------

def _install_asyncgen_shutdown():
    """shutdown_asyncgens closes the generators of the loop's weak set that have
    not finished. CPython also 'closes' finished ones the set still holds (a no-op
    aclose() in a task of its own); which those are depends on reference cycles,
    and this harness's Python tasks leave cycles that C tasks do not, so the set
    would hold generators a plain run has freed. schedviz does the same."""
    orig = base_events.BaseEventLoop.shutdown_asyncgens
    firstiter = base_events.BaseEventLoop._asyncgen_firstiter_hook

    def _asyncgen_firstiter_hook(self, agen):
        if not ASYNCGENS_SEEN:
            ASYNCGENS_SEEN.append(True)
        firstiter(self, agen)

    async def shutdown_asyncgens(self):
        for agen in list(self._asyncgens):
            if agen.ag_frame is None:
                self._asyncgens.discard(agen)
        await orig(self)

    base_events.BaseEventLoop.shutdown_asyncgens = shutdown_asyncgens
    base_events.BaseEventLoop._asyncgen_firstiter_hook = _asyncgen_firstiter_hook


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
    init, step, wakeup = Task.__init__, Task._Task__step, Task._Task__wakeup
    collect, seen = gc.collect, ASYNCGENS_SEEN    # held here: steps can run as the module goes

    def __init__(self, *args, **kwargs):
        init(self, *args, **kwargs)
        CREATED.append(weakref.ref(self))

    def __step(self, exc=None):
        # Every step goes through here: __init__ and __wakeup use self.__step.
        if not self.done():
            STEPS.append(f'{vt!r} {self._name}' + (' ' + _wake_reason(self) if WAKES else ''))
        self._sv_woken_by = None
        self._sv_stepped = True
        step(self, exc)
        if self._exception is not None:
            _clean(self._exception, set())
            self._exception_tb = self._exception.__traceback__
        if seen:
            # Python tasks leave reference cycles (exceptions, tracebacks, frames) that
            # C tasks do not; an async generator they hold would outlive the step,
            # where CPython's refcounts finalize it in it.
            collect()

    def __wakeup(self, future):
        self._sv_woken_by = future
        wakeup(self, future)
    __wakeup.__qualname__ = wakeup.__qualname__    # a future's repr names its callbacks

    Task.__init__, Task._Task__step = __init__, __step
    if WAKES:
        Task._Task__wakeup = __wakeup
        set_unless = futures._set_result_unless_cancelled

        def _set_result_unless_cancelled(fut, result):
            TIMED.add(fut)
            set_unless(fut, result)
        futures._set_result_unless_cancelled = _set_result_unless_cancelled
    tasks.Task = asyncio.Task = Task


def _wake_reason(task):
    """What queued this step of task: the future that woke it, else its creation or
    its own bare yield; a cancel when the step throws one in."""
    fut = getattr(task, '_sv_woken_by', None)
    if task._must_cancel:
        return 'cancelled'
    if fut is None:
        return 'yield' if getattr(task, '_sv_stepped', False) else 'first'
    if isinstance(fut, tasks._PyTask):
        return 'task ' + fut.get_name()
    if type(fut).__name__ == '_GatheringFuture':
        return 'gather'
    if fut.cancelled():
        return 'cancelled'
    return 'timer' if fut in TIMED else 'future'


# ---- as_completed in the order given ---------------------------------------

def as_completed(fs, *, timeout=None):
    """tasks.as_completed with its two sets as insertion-ordered dicts: CPython
    wraps the arguments in tasks in a set's (address) order, schedviz in the
    order given; with this, both runs start the same tasks in the same order."""
    if futures.isfuture(fs) or asyncio.iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = asyncio.Queue()
    loop = events._get_event_loop()
    todo = dict.fromkeys(tasks.ensure_future(f, loop=loop) for f in dict.fromkeys(fs))
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise asyncio.TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


# ---- the sandbox: the program gets what schedviz gives it, nothing more ---

class _Sandbox:
    """schedviz's rules under CPython. Layers, each enough for the routes it
    covers: a restricted __builtins__ and __import__ (modules as copies with
    their public names only), attribute names that lead to frames, globals or
    other modules refused in the source and in getattr, and an audit hook
    that refuses every event outside a short list once the program starts."""
    MODULES = ('asyncio', 'random', 'datetime', 'time', 'types', 'contextlib', 'contextvars', 'math', 'json', 'string', 'copy', 'textwrap', 'collections', 'functools', 'itertools', 'operator', 'heapq', 'bisect', 'typing', 'dataclasses', 'abc', 'sys', 'statistics', 'pprint', 'logging', 'enum', 're')
    REMOVED = {'open', 'eval', 'exec', 'compile', 'input', 'breakpoint', 'help',
               'globals', 'locals', '__import__', '__loader__', '__spec__',
               'exit', 'quit', 'copyright', 'credits', 'license', 'memoryview'}
    ATTRS = {  # names that reach frames, code, globals, builtins or every class
        '__globals__', '__builtins__', '__code__', '__closure__', '__defaults__',
        '__kwdefaults__', '__subclasses__', '__reduce__', '__reduce_ex__', '__loader__',
        '__spec__', '__file__', '__cached__', '__path__', '__import__',
        '__objclass__', '__getstate__', '__setstate__',
        'tb_frame', 'tb_next', 'f_back', 'f_globals', 'f_locals', 'f_builtins',
        'f_code', 'gi_frame', 'gi_code', 'cr_frame', 'cr_code', 'ag_frame',
        'ag_code'}
    # Reached through the checks below: these take an attribute name to check.
    GUARDED = {'__getattribute__', '__getattr__', '__setattr__', '__delattr__'}
    EVENTS = {'builtins.id', 'sys.set_asyncgen_hook_firstiter',
              'sys.set_asyncgen_hook_finalizer', 'cpython._PySys_ClearAuditHooks',
              'sys.unraisablehook', 'sys.excepthook'}
    INTERNAL = ('warnings', 'io', 'linecache', 'tracemalloc')
    LIBRARY_EVENTS = {'object.__getattr__', 'object.__setattr__', 'object.__delattr__',
                      'sys._getframe', 'compile', 'code.__new__'}
    refused = []
    program = None      # the code object allowed to start, then its file name
    _busy = False

    @classmethod
    def note(cls, what):
        if len(cls.refused) < 20:
            cls.refused.append(what)
            if STEPS_FD is not None:  # now: the program may never end
                _write_all(f'! refused {what[:200]}\n'.encode('utf-8', 'backslashreplace'))

    @classmethod
    def check_attr(cls, obj, name):
        """Returns name as a plain str (a subclass could lie to the check)."""
        if not isinstance(name, str):
            return name
        name = str.__getitem__(name, slice(None))
        # A builtin's __self__ is its module; a class's own namespace is the program's,
        # but a built-in class's holds its methods (type.__subclasses__ among them).
        refused = name in cls.ATTRS or (name == '__dict__' and (isinstance(obj, types.ModuleType) or (
            isinstance(obj, type) and type.__getattribute__(obj, '__dict__').get('__module__') != '__main__'))) or (
            name == '__self__' and isinstance(obj, types.BuiltinFunctionType))
        if refused:
            cls.note(f'attribute {name} of {type(obj).__name__}')
            if isinstance(obj, type):
                raise AttributeError(f"type object '{obj.__name__}' has no attribute '{name}'")
            raise AttributeError(f"'{type(obj).__name__}' object has no attribute '{name}'")
        return name

    @classmethod
    def builtins(cls):
        import builtins
        b = {k: v for k, v in vars(builtins).items() if k not in cls.REMOVED}

        def getattr_(obj, name, *default):
            if not default:
                return attr_(obj, name)
            try:
                return attr_(obj, name)
            except AttributeError:
                return default[0]

        def hasattr_(obj, name):
            return hasattr(obj, cls.check_attr(obj, name))

        def setattr_(obj, name, value):
            return setattr(obj, cls.check_attr(obj, name), value)

        def delattr_(obj, name):
            return delattr(obj, cls.check_attr(obj, name))

        def attr_(obj, name):  # what the rewritten source calls
            name = cls.check_attr(obj, name)
            value = getattr(obj, name)
            if name in cls.GUARDED and callable(value):
                # object.__getattribute__(x, name) / super().__setattr__(name, v): check name too.
                unbound = isinstance(obj, type)

                def guarded(*args, **kw):
                    if unbound and len(args) >= 2:
                        cls.check_attr(args[0], args[1])
                    elif not unbound and args:
                        cls.check_attr(obj, args[0])
                    return value(*args, **kw)
                return guarded
            return value

        def vars_(*args):
            if len(args) == 1:
                o = args[0]
                if isinstance(o, types.ModuleType) or (isinstance(o, type) and
                                                       type.__getattribute__(o, '__dict__').get('__module__') != '__main__'):
                    cls.note(f'vars() of {type(o).__name__}')
                    raise TypeError('vars() argument must have __dict__ attribute')
            return vars(*args)

        modules = {}
        for name in cls.MODULES:
            if name == 'sys':
                modules[name] = cls.sys_module()
                continue
            real = sys.modules[name] if name in sys.modules else __import__(name)
            m = types.ModuleType(name, getattr(real, '__doc__', None))
            m.__dict__.update({k: v for k, v in vars(real).items()
                               if not k.startswith('_') and not isinstance(v, types.ModuleType)})
            modules[name] = m

        def import_(name, globals=None, locals=None, fromlist=(), level=0):
            if level == 0 and name in modules:
                return modules[name]
            if level == 0 and name in cls.INTERNAL and type(fromlist) is list and not fromlist:
                # C's PyImport_Import (fromlist [], where the import statement
                # gives None or a tuple), as a warning is printed, asks the
                # running frame's builtins; the audit hook still holds.
                return __import__(name, globals, locals, fromlist, level)
            cls.note(f'import {name}')
            raise ModuleNotFoundError(f"No module named '{name}'", name=name)

        for f, n in ((getattr_, 'getattr'), (hasattr_, 'hasattr'), (setattr_, 'setattr'),
                     (delattr_, 'delattr'), (import_, '__import__'), (vars_, 'vars')):
            f.__name__ = f.__qualname__ = n
            b[n] = f
        b['__sv_attr__'] = attr_
        return b

    # sys as schedviz has it: facts, argv, exit and the recursion limit; nothing that
    # reaches modules, frames, paths or stdin.
    SYS_NAMES = ('argv', 'maxsize', 'version_info', 'version', 'hexversion', 'api_version',
                 'float_info', 'int_info', 'maxunicode', 'byteorder', 'platform',
                 'float_repr_style', 'dont_write_bytecode', 'exit', 'intern', 'exc_info',
                 'exception', 'getrecursionlimit', 'setrecursionlimit', '__stdout__', '__stderr__')

    @classmethod
    def sys_module(cls):
        class SysModule(types.ModuleType):
            # Read live: contextlib.redirect_stdout replaces the real sys's; a program's
            # `sys.stdout = f` replaces it too.
            stdout = property(lambda self: sys.stdout, lambda self, f: setattr(sys, 'stdout', f))
            stderr = property(lambda self: sys.stderr, lambda self, f: setattr(sys, 'stderr', f))
        m = SysModule('sys', sys.__doc__)
        for n in cls.SYS_NAMES:
            setattr(m, n, getattr(sys, n))
        return m

    @classmethod
    def rewrite(cls, tree):
        """x.NAME for a refused NAME becomes __sv_attr__(x, 'NAME'): an
        AttributeError at run time, as in schedviz, not at compile time."""
        class T(ast.NodeTransformer):
            def visit_Attribute(self, node):
                self.generic_visit(node)
                if node.attr in cls.ATTRS or node.attr in cls.GUARDED or node.attr in ('__dict__', '__self__'):
                    if not isinstance(node.ctx, ast.Load):
                        node.attr = '__sv_refused__'  # stores fail the check too
                        return node
                    call = ast.Call(ast.Name('__sv_attr__', ast.Load()),
                                    [node.value, ast.Constant(node.attr)], [])
                    return ast.copy_location(call, node)
                return node

            def visit_MatchClass(self, node):
                self.generic_visit(node)
                node.kwd_attrs = [a if a not in cls.ATTRS else '__sv_refused__' for a in node.kwd_attrs]
                return node
        return ast.fix_missing_locations(T().visit(tree))

    @classmethod
    def hook(cls, event, args):
        if cls._busy or event in cls.EVENTS:
            return
        if cls.program is None:
            return
        cls._busy = True
        try:
            if isinstance(cls.program, types.CodeType):
                if event == 'exec' and args[0] is cls.program:
                    cls.program = cls.program.co_filename
                    return
            elif cls.allowed(event, args):
                return
            what = event + (repr(tuple(args))[:160] if args else '')
        finally:
            cls._busy = False
        cls.note(what)
        raise PermissionError(f'schedviz sandbox: {event} is not allowed')

    @classmethod
    def allowed(cls, event, args):
        caller = sys._getframe(2)
        user = caller.f_code.co_filename == cls.program
        if event in ('object.__setattr__', 'object.__delattr__') and args[1] not in cls.ATTRS:
            return True  # setting a class attribute
        if event in cls.LIBRARY_EVENTS:
            # asyncio reads coroutine frames for repr(task), traceback parses
            # source lines for its carets, types.coroutine replaces a code
            # object: the library may, the program itself may not.
            return not user
        if event == 'exec' and not user:
            # collections.namedtuple builds its __new__ with eval and dataclasses
            # its methods with exec: those only.
            code = caller.f_code
            return code.co_name in ('namedtuple', '_create_fn') and code.co_filename.startswith(_STDLIB)
        if event == 'open':  # tracebacks read the library's and the program's lines
            path, mode = args[0], args[1]
            if isinstance(path, str) and mode in ('r', 'rb') and path.endswith('.py'):
                return path == cls.program or os.path.realpath(path).startswith(_STDLIB)
        return False

    @classmethod
    def start(cls, code):
        cls.program = code
        sys.addaudithook(cls.hook)


_STDLIB = os.path.dirname(os.path.realpath(os.__file__)) + os.sep
_FLAGS = ['-P', '-s', '-S', '-B']  # no script folder, user site, site, .pyc


def _clean_process():
    """Re-execute without site, user folder, script folder or environment
    (nothing to leak), with str hashes fixed; stdin is not read yet."""
    env = {'PYTHONHASHSEED': '0', 'TZ': 'UTC', 'PYTHONUTF8': '1', '_SCHEDVIZ_HARNESS': '1'}
    if os.environ.get('PYTHONUNBUFFERED'):
        env['PYTHONUNBUFFERED'] = '1'
    f = sys.flags
    clean = f.safe_path and f.no_site and f.no_user_site and f.dont_write_bytecode
    # python3 itself may add LC_CTYPE when it coerces the C locale.
    if clean and {k: v for k, v in os.environ.items() if k != 'LC_CTYPE'} == env:
        if f.hash_randomization:
            sys.exit('harness.py: run without -E/-I (PYTHONHASHSEED must apply)')
        return
    os.execve(sys.executable, [sys.executable] + _FLAGS + sys.orig_argv[1:], env)


# ---- running the program --------------------------------------------------

def main():
    global START, LIMIT, STEPS, STEPS_FD, WAKES
    _clean_process()
    p = argparse.ArgumentParser(prog='harness.py', description=__doc__.split('\n')[0])
    p.add_argument('program', help="a .py file, or '-' for stdin")
    p.add_argument('--seed', type=int, default=0)
    p.add_argument('--start', type=_dt.datetime.fromisoformat,
                   default=START)
    p.add_argument('--tiebreak', choices=('fifo', 'heap'), default='fifo')
    p.add_argument('--steps-out', metavar='FILE')
    p.add_argument('--steps-fd', type=int, metavar='N',
                   help='write the steps to this inherited file descriptor')
    p.add_argument('--time-limit', type=float, metavar='T')
    p.add_argument('--wakes', action='store_true',
                   help='each step line also says what queued the step')
    p.add_argument('--fast', action='store_true',
                   help='C tasks, no step recording')
    p.add_argument('--name', help="file name for tracebacks with '-'")
    p.add_argument('--arg', action='append', metavar='A',
                   help="sys.argv, one --arg for each item (default: [PROGRAM] or [NAME])")
    a = p.parse_args()
    if a.fast and (a.steps_out or a.steps_fd is not None):
        p.error('--fast records no steps: drop --steps-out')
    if a.steps_out and a.steps_fd is not None:
        p.error('give --steps-out or --steps-fd, not both')
    if a.start.tzinfo is not None:
        a.start = a.start.astimezone(_dt.timezone.utc).replace(tzinfo=None)
    START, LIMIT, WAKES = a.start, a.time_limit, a.wakes
    # The steps' channel is opened now: the program runs where open is refused.
    if a.steps_out:
        STEPS_FD = os.open(a.steps_out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    elif a.steps_fd is not None:
        STEPS_FD = a.steps_fd

    if a.program == '-':
        source, name = sys.stdin.buffer.read(), a.name or '<stdin>'
    else:
        with open(a.program, 'rb') as f:
            source = f.read()
        name = os.path.abspath(a.program)  # as python3 FILE names it (3.9+)
    if a.program != '-' or a.name:  # tracebacks show source lines, from here
        lines = source.decode('utf-8', 'replace').splitlines(True)
        linecache.cache[name] = (len(source), None, lines, name)
    sys.argv = a.arg if a.arg else [a.name if a.program == '-' and a.name else a.program]

    _install_clock()
    # asyncio imported logging before the clock was virtual: relativeCreated counts from 0.
    import logging
    logging._startTime = _time.time()
    _install_asyncgen_shutdown()
    asyncio.coroutine = types.coroutine
    tasks.as_completed = asyncio.as_completed = as_completed
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
    module.__builtins__ = _Sandbox.builtins()
    harness_module = sys.modules['__main__']  # noqa: F841 (kept alive)
    sys.modules['__main__'] = module
    try:
        tree = ast.parse(source, name)
        code = compile(_Sandbox.rewrite(tree), name, 'exec', dont_inherit=True)
        _Sandbox.start(code)
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
