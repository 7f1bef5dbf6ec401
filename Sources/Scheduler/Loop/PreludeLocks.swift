/// asyncio's synchronisation primitives (CPython 3.11's locks.py and mixins.py) as real
/// classes, with CPython's module names, MROs and qualnames (`Condition.wait`). A deque
/// is a list here; every `await` and `set_result` sits where CPython's does, since each one
/// decides the order of task steps.

let asyncioPreludeLocks = #"""
class _LoopBoundMixin:
    __module__ = 'asyncio.mixins'
    _loop = None

    def _get_loop(self):
        loop = _get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return loop


class _ContextManagerMixin:
    __module__ = 'asyncio.locks'

    async def __aenter__(self):
        await self.acquire()  #@ locks.py:15
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f'{super().__repr__()[:-1]} [{state}]>'

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all([w.cancelled() for w in self._waiters])):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        # The waiter leaves the list before a cancellation wakes the next one.
        try:
            try:
                await fut  #@ locks.py:114
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event(_LoopBoundMixin):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        state = 'set' if self._value else 'unset'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f'{super().__repr__()[:-1]} [{state}]>'

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut  #@ locks.py:213
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        state = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f'{super().__repr__()[:-1]} [{state}]>'

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')  #@ locks.py:260
        self.release()
        try:
            fut = self._get_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut  #@ locks.py:267
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            # The lock is taken back even when the wait was cancelled.
            cancelled = False
            while True:
                try:
                    await self.acquire()  #@ locks.py:277
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError  #@ locks.py:283

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()  #@ locks.py:294
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None
        self._value = value

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        if self._waiters:
            state += f', waiters:{len(self._waiters)}'
        return f'{super().__repr__()[:-1]} [{state}]>'

    def locked(self):
        return self._value == 0 or any([not w.cancelled() for w in (self._waiters or ())])

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut  #@ locks.py:387
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

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        for fut in self._waiters or ():
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class Barrier(_LoopBoundMixin):
    # The state is one of 'filling', 'draining', 'resetting', 'broken' (CPython's enum values).
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 'filling'
        self._count = 0

    def __repr__(self):
        state = self._state
        if not self.broken:
            state += f', waiters:{self.n_waiting}/{self.parties}'
        return f'{super().__repr__()[:-1]} [{state}]>'

    async def __aenter__(self):
        return await self.wait()  #@ locks.py:476

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()  #@ locks.py:489
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    await self._release()  #@ locks.py:495
                else:
                    await self._wait()  #@ locks.py:497
                return index
            finally:
                self._count -= 1
                self._exit()

    async def _block(self):
        # Wait while the barrier drains or resets; a broken one refuses.
        await self._cond.wait_for(lambda: self._state not in ('draining', 'resetting'))  #@ locks.py:510
        if self._state == 'broken':
            raise BrokenBarrierError("Barrier aborted")  #@ locks.py:518

    async def _release(self):
        self._state = 'draining'
        self._cond.notify_all()

    async def _wait(self):
        await self._cond.wait_for(lambda: self._state != 'filling')  #@ locks.py:534
        if self._state in ('broken', 'resetting'):
            raise BrokenBarrierError("Abort or reset of barrier")  #@ locks.py:537

    def _exit(self):
        # The last task out lets in those waiting for the barrier to drain.
        if self._count == 0:
            if self._state in ('resetting', 'draining'):
                self._state = 'filling'
            self._cond.notify_all()

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state != 'resetting':
                    self._state = 'resetting'
            else:
                self._state = 'filling'
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = 'broken'
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        if self._state == 'filling':
            return self._count
        return 0

    @property
    def broken(self):
        return self._state == 'broken'
"""#
