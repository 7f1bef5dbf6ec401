/// CPython 3.11's Python-level asyncio (tasks.py's gather/shield/wait_for/wait, runners.py,
/// timeouts.py, taskgroups.py), rewritten in schedviz's subset: Timeout and TaskGroup are
/// functions named `Class__method` that the loader attaches to native types (the locks and
/// queues are real classes: PreludeLocks.swift, PreludeQueues.swift). Statement order and every
/// scheduling point follow the originals.

let asyncioPrelude = #"""
def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1

        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return

        if not return_exceptions:
            if fut.cancelled():
                exc = _make_cancelled_error(fut)
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return

        if nfinished == nfuts:
            results = []
            for fut in children:
                if fut.cancelled():
                    msg = _cancel_message(fut)
                    res = CancelledError('' if msg is None else msg)
                else:
                    res = fut.exception()
                    if res is None:
                        res = fut.result()
                results.append(res)

            if _cancel_requested(outer):
                exc = _make_cancelled_error(fut)
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = _future_loop(fut)
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)

    outer = _make_gathering_future(children, loop)
    return outer


def shield(arg):
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = _future_loop(inner)
    outer = loop.create_future()

    def _inner_done_callback(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


async def wait_for(fut, timeout):
    loop = get_running_loop()

    if timeout is None:
        return await fut  #@ tasks.py:452

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)

        if fut.done():
            return fut.result()  #@ tasks.py:458

        await _cancel_and_wait(fut, loop=loop)  #@ tasks.py:460
        try:
            return fut.result()  #@ tasks.py:462
        except CancelledError as exc:
            raise TimeoutError() from exc  #@ tasks.py:464

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda *args: _release_waiter(waiter, *args)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        try:
            await waiter  #@ tasks.py:476
        except CancelledError:
            if fut.done():
                return fut.result()  #@ tasks.py:479
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)  #@ tasks.py:485
                raise  #@ tasks.py:486

        if fut.done():
            return fut.result()  #@ tasks.py:489
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)  #@ tasks.py:495
            try:
                return fut.result()  #@ tasks.py:500
            except CancelledError as exc:
                raise TimeoutError() from exc  #@ tasks.py:502
    finally:
        timeout_handle.cancel()  #@ tasks.py:504


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = lambda *args: _release_waiter(waiter, *args)
    fut.add_done_callback(cb)

    try:
        fut.cancel()
        await waiter  #@ tasks.py:562
    finally:
        fut.remove_done_callback(cb)


# shutdown_asyncgens (base_events.py) is at the end of this prelude,
# so that the lines of what follows keep their numbers in tracebacks.


async def shutdown_default_executor():
    return None


def _cancel_all_tasks(loop):
    to_cancel = _loop_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")  #@ runners.py:186
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        if not iscoroutine(main):
            raise ValueError("a coroutine was expected, got {!r}".format(main))  #@ runners.py:190 run, runners.py:89 run
        task = loop.create_task(main)
        return loop.run_until_complete(task)  #@ runners.py:190 run, runners.py:118 run
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(shutdown_asyncgens())
            loop.run_until_complete(shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()
"""#

let asyncioPreludeGroups = #"""
def Timeout____init__(self, when):
    self._state = "created"
    self._timeout_handler = None
    self._task = None
    self._when = when
    self._cancelling = 0


def Timeout__when(self):
    return self._when


def Timeout__reschedule(self, when):
    if self._state != "active":
        if self._state == "created":
            raise RuntimeError("Timeout has not been entered")
        raise RuntimeError(f"Cannot change state of {self._state} Timeout")
    self._when = when
    if self._timeout_handler is not None:
        self._timeout_handler.cancel()
    if when is None:
        self._timeout_handler = None
    else:
        loop = get_running_loop()
        if when <= loop.time():
            self._timeout_handler = loop.call_soon(self._on_timeout)
        else:
            self._timeout_handler = loop.call_at(when, self._on_timeout)


def Timeout__expired(self):
    return self._state in ("expiring", "expired")


def Timeout____repr__(self):
    info = ['']
    if self._state == "active":
        when = round(self._when, 3) if self._when is not None else None
        info.append(f"when={when}")
    info_str = ' '.join(info)
    return f"<Timeout [{self._state}]{info_str}>"


async def Timeout____aenter__(self):
    if self._state != "created":
        raise RuntimeError("Timeout has already been entered")
    task = current_task()
    if task is None:
        raise RuntimeError("Timeout should be used inside a task")
    self._state = "active"
    self._task = task
    self._cancelling = self._task.cancelling()
    self.reschedule(self._when)
    return self


async def Timeout____aexit__(self, exc_type, exc_val, exc_tb):
    if self._timeout_handler is not None:
        self._timeout_handler.cancel()
        self._timeout_handler = None
    if self._state == "expiring":
        self._state = "expired"
        if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
            raise TimeoutError from exc_val  #@ timeouts.py:115
    elif self._state == "active":
        self._state = "finished"
    return None


def Timeout___on_timeout(self):
    self._task.cancel()
    self._state = "expiring"
    self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)


def TaskGroup____init__(self):
    self._entered = False
    self._exiting = False
    self._aborting = False
    self._loop = None
    self._parent_task = None
    self._parent_cancel_requested = False
    self._tasks = []
    self._errors = []
    self._base_error = None
    self._on_completed_fut = None


def TaskGroup____repr__(self):
    info = ['']
    if self._tasks:
        info.append(f'tasks={len(self._tasks)}')
    if self._errors:
        info.append(f'errors={len(self._errors)}')
    if self._aborting:
        info.append('cancelling')
    elif self._entered:
        info.append('entered')
    info_str = ' '.join(info)
    return f'<TaskGroup{info_str}>'


async def TaskGroup____aenter__(self):
    if self._entered:
        raise RuntimeError(f"TaskGroup {self!r} has already been entered")
    if self._loop is None:
        self._loop = get_running_loop()
    self._parent_task = current_task(self._loop)
    if self._parent_task is None:
        raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
    self._entered = True
    return self


async def TaskGroup____aexit__(self, et, exc, tb):
    self._exiting = True
    if (exc is not None and self._is_base_error(exc) and self._base_error is None):
        self._base_error = exc
    propagate_cancellation_error = exc if et is CancelledError else None
    if self._parent_cancel_requested:
        if self._parent_task.uncancel() == 0:
            propagate_cancellation_error = None
    if et is not None:
        if not self._aborting:
            self._abort()
    while self._tasks:
        if self._on_completed_fut is None:
            self._on_completed_fut = self._loop.create_future()
        try:
            await self._on_completed_fut  #@ taskgroups.py:110
        except CancelledError as ex:
            if not self._aborting:
                propagate_cancellation_error = ex
                self._abort()
        self._on_completed_fut = None
    if self._base_error is not None:
        raise self._base_error  #@ taskgroups.py:129
    if propagate_cancellation_error and not self._errors:
        raise propagate_cancellation_error  #@ taskgroups.py:134
    if et is not None and et is not CancelledError:
        self._errors.append(exc)
    if self._errors:
        try:
            me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
            raise me from None  #@ taskgroups.py:145
        finally:
            self._errors = None


def TaskGroup__create_task(self, coro, *, name=None, context=None):
    if not self._entered:
        raise RuntimeError(f"TaskGroup {self!r} has not been entered")
    if self._exiting and not self._tasks:
        raise RuntimeError(f"TaskGroup {self!r} is finished")
    if self._aborting:
        raise RuntimeError(f"TaskGroup {self!r} is shutting down")
    if context is None:
        task = self._loop.create_task(coro)
    else:
        task = self._loop.create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    task.add_done_callback(self._on_task_done)
    self._tasks.append(task)
    return task


def TaskGroup___is_base_error(self, exc):
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


def TaskGroup___abort(self):
    self._aborting = True
    for t in self._tasks:
        if not t.done():
            t.cancel()


def TaskGroup___on_task_done(self, task):
    if task in self._tasks:
        self._tasks.remove(task)
    if self._on_completed_fut is not None and not self._tasks:
        if not self._on_completed_fut.done():
            self._on_completed_fut.set_result(True)
    if task.cancelled():
        return
    exc = task.exception()
    if exc is None:
        return
    self._errors.append(exc)
    if self._is_base_error(exc) and self._base_error is None:
        self._base_error = exc
    if self._parent_task.done():
        return
    if not self._aborting and not self._parent_cancel_requested:
        self._abort()
        self._parent_cancel_requested = True
        self._parent_task.cancel()


FIRST_COMPLETED = "FIRST_COMPLETED"
FIRST_EXCEPTION = "FIRST_EXCEPTION"
ALL_COMPLETED = "ALL_COMPLETED"


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    # tasks.py's wait; the done and pending sets are lists in the order given (see README).
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")  #@ tasks.py:416
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')  #@ tasks.py:418
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')  #@ tasks.py:420

    loop = get_running_loop()

    unique = {}
    for f in fs:
        unique[f] = None
    fs = list(unique)

    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")  #@ tasks.py:425

    return await _wait(fs, timeout, return_when, loop)  #@ tasks.py:428


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or
            return_when == FIRST_COMPLETED or
            return_when == FIRST_EXCEPTION and (not f.cancelled() and
                                                f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)

    try:
        await waiter  #@ tasks.py:535
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = [], []
    for f in fs:
        if f.done():
            done.append(f)
        else:
            pending.append(f)
    return done, pending

# tasks.py's wrapper for awaitables that are not coroutines (ensure_future, gather);
# appended last so the lines above keep their numbers in tracebacks.
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


async def shutdown_asyncgens():
    loop = get_running_loop()
    closing_agens = _asyncgens_to_close(loop)
    if not closing_agens:
        return
    results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
    for result, agen in zip(results, closing_agens):
        if isinstance(result, Exception):
            _report_asyncgen_error(agen, result)
"""#
