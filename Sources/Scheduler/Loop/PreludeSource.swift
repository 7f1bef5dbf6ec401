/// CPython 3.11's Python-level asyncio (tasks.py's gather/shield/wait_for/wait, runners.py,
/// queues.py, locks.py), rewritten in schedviz's subset: classes become functions named
/// `Class__method` that the loader attaches to native types. Statement order and every
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
        return await fut

    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)

        if fut.done():
            return fut.result()

        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc

    waiter = loop.create_future()
    timeout_handle = loop.call_later(timeout, _release_waiter, waiter)
    cb = lambda *args: _release_waiter(waiter, *args)

    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(cb)

    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise

        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    cb = lambda *args: _release_waiter(waiter, *args)
    fut.add_done_callback(cb)

    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def shutdown_asyncgens():
    return None


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
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        if not iscoroutine(main):
            raise ValueError("a coroutine was expected, got {!r}".format(main))
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(shutdown_asyncgens())
            loop.run_until_complete(shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


def _LoopBound___get_loop(self):
    loop = _get_running_loop()
    if self._loop is None:
        self._loop = loop
    if loop is not self._loop:
        raise RuntimeError(f'{self!r} is bound to a different event loop')
    return loop


def Queue____init__(self, maxsize=0):
    self._loop = None
    self._maxsize = maxsize
    self.maxsize = maxsize
    self._getters = []
    self._putters = []
    self._unfinished_tasks = 0
    self._finished = Event()
    self._finished.set()
    self._queue = []


def Queue___wakeup_next(self, waiters):
    while waiters:
        waiter = waiters.pop(0)
        if not waiter.done():
            waiter.set_result(None)
            break


def Queue__qsize(self):
    return len(self._queue)


def Queue__empty(self):
    return not self._queue


def Queue__full(self):
    if self._maxsize <= 0:
        return False
    else:
        return self.qsize() >= self._maxsize


async def Queue__put(self, item):
    while self.full():
        putter = _LoopBound___get_loop(self).create_future()
        self._putters.append(putter)
        try:
            await putter
        except:
            putter.cancel()
            if putter in self._putters:
                self._putters.remove(putter)
            if not self.full() and not putter.cancelled():
                self._wakeup_next(self._putters)
            raise
    return self.put_nowait(item)


def Queue__put_nowait(self, item):
    if self.full():
        raise QueueFull
    self._queue.append(item)
    self._unfinished_tasks += 1
    self._finished.clear()
    self._wakeup_next(self._getters)


async def Queue__get(self):
    while self.empty():
        getter = _LoopBound___get_loop(self).create_future()
        self._getters.append(getter)
        try:
            await getter
        except:
            getter.cancel()
            if getter in self._getters:
                self._getters.remove(getter)
            if not self.empty() and not getter.cancelled():
                self._wakeup_next(self._getters)
            raise
    return self.get_nowait()


def Queue__get_nowait(self):
    if self.empty():
        raise QueueEmpty
    item = self._queue.pop(0)
    self._wakeup_next(self._putters)
    return item


def Queue__task_done(self):
    if self._unfinished_tasks <= 0:
        raise ValueError('task_done() called too many times')
    self._unfinished_tasks -= 1
    if self._unfinished_tasks == 0:
        self._finished.set()


async def Queue__join(self):
    if self._unfinished_tasks > 0:
        await self._finished.wait()


def Queue____repr__(self):
    return f'<Queue at {_address(self)} maxsize={self._maxsize}>'


def Event____init__(self):
    self._loop = None
    self._waiters = []
    self._value = False


def Event__is_set(self):
    return self._value


def Event__set(self):
    if not self._value:
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)


def Event__clear(self):
    self._value = False


async def Event__wait(self):
    if self._value:
        return True
    fut = _LoopBound___get_loop(self).create_future()
    self._waiters.append(fut)
    try:
        await fut
        return True
    finally:
        self._waiters.remove(fut)


def Event____repr__(self):
    extra = 'set' if self._value else 'unset'
    if self._waiters:
        extra = f'{extra}, waiters:{len(self._waiters)}'
    return f'<asyncio.locks.Event object at {_address(self)} [{extra}]>'


def Lock____init__(self):
    self._loop = None
    self._waiters = None
    self._locked = False


def Lock__locked(self):
    return self._locked


async def Lock__acquire(self):
    if (not self._locked and (self._waiters is None or
            all([w.cancelled() for w in self._waiters]))):
        self._locked = True
        return True

    if self._waiters is None:
        self._waiters = []
    fut = _LoopBound___get_loop(self).create_future()
    self._waiters.append(fut)

    try:
        try:
            await fut
        finally:
            self._waiters.remove(fut)
    except CancelledError:
        if not self._locked:
            self._wake_up_first()
        raise

    self._locked = True
    return True


def Lock__release(self):
    if self._locked:
        self._locked = False
        self._wake_up_first()
    else:
        raise RuntimeError('Lock is not acquired.')


def Lock___wake_up_first(self):
    if not self._waiters:
        return
    fut = self._waiters[0]
    if not fut.done():
        fut.set_result(True)


async def Lock____aenter__(self):
    await self.acquire()
    return None


async def Lock____aexit__(self, exc_type, exc, tb):
    self.release()


def Lock____repr__(self):
    extra = 'locked' if self._locked else 'unlocked'
    if self._waiters:
        extra = f'{extra}, waiters:{len(self._waiters)}'
    return f'<asyncio.locks.Lock object at {_address(self)} [{extra}]>'


def Semaphore____init__(self, value=1):
    if value < 0:
        raise ValueError("Semaphore initial value must be >= 0")
    self._loop = None
    self._waiters = None
    self._value = value


def Semaphore__locked(self):
    return self._value == 0 or (
        any([not w.cancelled() for w in (self._waiters or ())]))


async def Semaphore__acquire(self):
    if not self.locked():
        self._value -= 1
        return True

    if self._waiters is None:
        self._waiters = []
    fut = _LoopBound___get_loop(self).create_future()
    self._waiters.append(fut)

    try:
        try:
            await fut
        finally:
            self._waiters.remove(fut)
    except CancelledError:
        if not fut.cancelled():
            self._value += 1
            self._wake_up_next()
        raise

    if self._value > 0:
        self._wake_up_next()
    return True


def Semaphore__release(self):
    self._value += 1
    self._wake_up_next()


def Semaphore___wake_up_next(self):
    if not self._waiters:
        return
    for fut in self._waiters:
        if not fut.done():
            self._value -= 1
            fut.set_result(True)
            return


async def Semaphore____aenter__(self):
    await self.acquire()
    return None


async def Semaphore____aexit__(self, exc_type, exc, tb):
    self.release()


def Semaphore____repr__(self):
    extra = 'locked' if self.locked() else f'unlocked, value:{self._value}'
    if self._waiters:
        extra = f'{extra}, waiters:{len(self._waiters)}'
    return f'<asyncio.locks.Semaphore object at {_address(self)} [{extra}]>'
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
            raise TimeoutError from exc_val
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
            await self._on_completed_fut
        except CancelledError as ex:
            if not self._aborting:
                propagate_cancellation_error = ex
                self._abort()
        self._on_completed_fut = None
    if self._base_error is not None:
        raise self._base_error
    if propagate_cancellation_error and not self._errors:
        raise propagate_cancellation_error
    if et is not None and et is not CancelledError:
        self._errors.append(exc)
    if self._errors:
        try:
            me = BaseExceptionGroup('unhandled errors in a TaskGroup', self._errors)
            raise me from None
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
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')

    loop = get_running_loop()

    unique = {}
    for f in fs:
        unique[f] = None
    fs = list(unique)

    for f in fs:
        if iscoroutine(f):
            raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")

    return await _wait(fs, timeout, return_when, loop)


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
        await waiter
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
"""#
