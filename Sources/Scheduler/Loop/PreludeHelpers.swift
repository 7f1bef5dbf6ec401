/// `as_completed` (CPython 3.11's tasks.py) and `Runner` (runners.py).
///
/// CPython's `as_completed` puts its arguments in a set and wraps them in tasks in the
/// set's order, which follows addresses; here they are taken in the order given (an
/// insertion-ordered dict stands for each set), and tools/harness.py patches CPython's the
/// same way so that `verify` compares like with like.

let asyncioPreludeHelpers = #"""
def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = get_event_loop()
    todo = {}
    for f in dict.fromkeys(fs):
        todo[ensure_future(f, loop=loop)] = None
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)  # tells _wait_for_one that time is up
        todo.clear()

    def _on_completion(f):
        if not todo:
            return  # _on_timeout came first
        del todo[f]
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()  #@ tasks.py:611
        if f is None:
            raise TimeoutError  #@ tasks.py:614
        return f.result()  #@ tasks.py:615

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class Runner:
    # The state is 'created', 'initialized' or 'closed' (CPython's enum values). No signal
    # handling: nothing interrupts a virtual-time run.
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = 'created'
        self._debug = debug
        self._loop_factory = loop_factory
        self._loop = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()  #@ runners.py:59
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()  #@ runners.py:63

    def close(self):
        if self._state != 'initialized':
            return
        try:
            loop = self._loop
            _cancel_all_tasks(loop)  #@ runners.py:71
            loop.run_until_complete(shutdown_asyncgens())  #@ runners.py:72
            loop.run_until_complete(shutdown_default_executor())  #@ runners.py:73
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop = None
            self._state = 'closed'

    def get_loop(self):
        self._lazy_init()  #@ runners.py:83
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))  #@ runners.py:89
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")  #@ runners.py:93
        self._lazy_init()  #@ runners.py:96
        task = self._loop.create_task(coro)
        return self._loop.run_until_complete(task)  #@ runners.py:118

    def _lazy_init(self):
        if self._state == 'closed':
            raise RuntimeError("Runner is closed")  #@ runners.py:133
        if self._state == 'initialized':
            return
        if self._loop_factory is None:
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        else:
            self._loop = self._loop_factory()
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._state = 'initialized'
"""#
