/// CPython 3.11's itertools, written again in schedviz's subset: each function checks its arguments
/// when called, as CPython does, and returns a generator that does the work lazily.
/// Loaded on first import (`SourceModules.swift`).

let itertoolsSource = #"""
def _as_index(v):
    if not isinstance(v, int):
        try:
            v = v.__index__()
        except AttributeError:
            raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer") from None
    if v > 9223372036854775807 or v < -9223372036854775808:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return v


def count(start=0, step=1):
    """Return a count object whose .__next__() method returns consecutive values."""
    if not isinstance(start, (int, float)) or not isinstance(step, (int, float)):
        raise TypeError('a number is required')
    return _count(start, step)


def _count(n, step):
    while True:
        yield n
        n += step


def cycle(iterable):
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    return _cycle(iter(iterable))


def _cycle(it):
    saved = []
    for element in it:
        yield element
        saved.append(element)
    if not saved:
        return
    while True:
        for element in saved:
            yield element


def repeat(object, times=None):
    """repeat(object [,times]) -> create an iterator which returns the object
for the specified number of times.  If not specified, returns the object
endlessly."""
    if times is None:
        return _repeat_forever(object)
    return _repeat(object, _as_index(times))


def _repeat_forever(object):
    while True:
        yield object


def _repeat(object, times):
    while times > 0:
        times -= 1
        yield object


def accumulate(iterable, func=None, *, initial=None):
    """Return series of accumulated sums (or other binary function results)."""
    return _accumulate(iter(iterable), func, initial)


def _accumulate(it, func, total):
    if total is not None:
        yield total
    else:
        for total in it:
            yield total
            break
        else:
            return
    if func is None:
        for element in it:
            total = total + element
            yield total
    else:
        for element in it:
            total = func(total, element)
            yield total


def chain(*iterables):
    """Return a chain object whose .__next__() method returns elements from the
first iterable until it is exhausted, then elements from the next
iterable, until all of the iterables are exhausted."""
    return _chain(iter(iterables))


def _chain(iterables):
    for it in iterables:
        yield from iter(it)


def from_iterable(iterable):
    """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
    return _chain(iter(iterable))


chain.from_iterable = from_iterable
del from_iterable


def compress(data, selectors):
    """Return data elements corresponding to true selector elements."""
    return _compress(iter(data), iter(selectors))


def _compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def dropwhile(predicate, iterable):
    """Drop items from the iterable while predicate(item) is true."""
    return _dropwhile(predicate, iter(iterable))


def _dropwhile(predicate, it):
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def takewhile(predicate, iterable):
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    return _takewhile(predicate, iter(iterable))


def _takewhile(predicate, it):
    for x in it:
        if predicate(x):
            yield x
        else:
            break


def filterfalse(function, iterable):
    """Return those items of iterable for which function(item) is false."""
    return _filterfalse(function, iter(iterable))


def _filterfalse(function, it):
    if function is None:
        for x in it:
            if not x:
                yield x
    else:
        for x in it:
            if not function(x):
                yield x


_NULL = object()


class _GroupBy:
    """The state a groupby and its groups share; `_NULL` stands for CPython's NULL."""

    __slots__ = ('it', 'keyfunc', 'tgtkey', 'currkey', 'currvalue', 'current')

    def __init__(self, it, keyfunc):
        self.it = it
        self.keyfunc = keyfunc
        self.tgtkey = self.currkey = self.currvalue = _NULL
        self.current = None


def groupby(iterable, key=None):
    """make an iterator that returns consecutive keys and groups from the iterable"""
    return _groupby(_GroupBy(iter(iterable), key))


def _step(g):
    value = next(g.it)
    key = value if g.keyfunc is None else g.keyfunc(value)
    g.currvalue = value
    g.currkey = key


def _groupby(g):
    while True:
        g.current = None
        while True:
            if g.currkey is _NULL:
                pass
            elif g.tgtkey is _NULL:
                break
            elif not (g.tgtkey is g.currkey or g.tgtkey == g.currkey):
                break
            try:
                _step(g)
            except StopIteration:
                return
        g.tgtkey = g.currkey
        token = object()
        g.current = token
        yield (g.currkey, _grouper(g, g.tgtkey, token))


# A group reads on only while it is the groupby's current one.
def _grouper(g, tgtkey, token):
    while g.current is token:
        if g.currvalue is _NULL:
            try:
                _step(g)
            except StopIteration:
                return
        if not (tgtkey is g.currkey or tgtkey == g.currkey):
            return
        value = g.currvalue
        g.currvalue = g.currkey = _NULL
        yield value


def islice(iterable, *args):
    """islice(iterable, stop) --> islice object
islice(iterable, start, stop[, step]) --> islice object"""
    n = len(args)
    if n < 1 or n > 3:
        if n == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        raise TypeError(f'islice expected at most 4 arguments, got {n + 1}')
    start = 0
    step = 1
    if n == 1:
        stop = _islice_arg(args[0], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.')
    else:
        msg = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
        start = _islice_arg(args[0], msg)
        stop = _islice_arg(args[1], msg)
        if start is None:
            start = 0
        if n == 3:
            step = _islice_arg(args[2], 'Step for islice() must be a positive integer or None.', True)
            if step is None:
                step = 1
            elif step == 0:
                raise ValueError('Step for islice() must be a positive integer or None.')
    return _islice(iter(iterable), start, stop, step)


def _islice_arg(v, msg, is_step=False):
    if v is None:
        return None
    if not isinstance(v, int):
        try:
            v = v.__index__()
        except AttributeError:
            raise ValueError(msg) from None
    if v < 0 or v > 9223372036854775807:
        raise ValueError(msg)
    return v


def _islice(it, nxt, stop, step):
    if step == 1:
        # The common case without the index arithmetic: skip `start`, then count down.
        for i in range(nxt):
            try:
                next(it)
            except StopIteration:
                return
        if stop is None:
            yield from it
            return
        n = stop - nxt
        if n <= 0:
            return
        for item in it:
            yield item
            n -= 1
            if not n:
                return
        return
    cnt = 0
    while True:
        while cnt < nxt:
            try:
                next(it)
            except StopIteration:
                return
            cnt += 1
        if stop is not None and cnt >= stop:
            return
        try:
            item = next(it)
        except StopIteration:
            return
        cnt += 1
        nxt += step
        if stop is not None and nxt > stop:
            nxt = stop
        yield item


def pairwise(iterable):
    """Return an iterator of overlapping pairs taken from the input iterator."""
    return _pairwise(iter(iterable))


def _pairwise(it):
    for a in it:
        break
    else:
        return
    for b in it:
        yield (a, b)
        a = b


def starmap(function, iterable):
    """Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."""
    return _starmap(function, iter(iterable))


def _starmap(function, it):
    for args in it:
        if type(args) is not tuple:
            args = tuple(args)
        yield function(*args)


class _TeeLink:
    __slots__ = ('value', 'next')


def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    it = iter(iterable)
    link = _TeeLink()
    link.next = None
    return tuple(_tee(it, link) for i in range(n))


def _tee(it, link):
    while True:
        if link.next is None:
            try:
                link.value = next(it)
            except StopIteration:
                return
            link.next = _TeeLink()
            link.next.next = None
        value = link.value
        link = link.next
        yield value


def zip_longest(*args, fillvalue=None):
    """Return a zip_longest object whose .__next__() method returns a tuple."""
    iterators = [iter(it) for it in args]
    return _zip_longest(iterators, fillvalue)


def _zip_longest(iterators, fillvalue):
    num_active = len(iterators)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(iterators):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                iterators[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


def product(*args, repeat=1):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    repeat = _as_index(repeat)
    if repeat < 0:
        raise ValueError('repeat argument cannot be negative')
    pools = [tuple(pool) for pool in args] * repeat
    return _product(pools)


def _product(pools):
    for pool in pools:
        if not pool:
            return
    n = len(pools)
    indices = [0] * n
    yield tuple(pool[0] for pool in pools)
    while True:
        i = n - 1
        while i >= 0:
            indices[i] += 1
            if indices[i] < len(pools[i]):
                break
            indices[i] = 0
            i -= 1
        if i < 0:
            return
        yield tuple(pools[j][indices[j]] for j in range(n))


def permutations(iterable, r=None):
    """Return successive r-length permutations of elements in the iterable."""
    pool = tuple(iterable)
    n = len(pool)
    if r is None:
        r = n
    else:
        if not isinstance(r, int):
            raise TypeError('Expected int as r')
        if r < 0:
            raise ValueError('r must be non-negative')
    return _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    """Return successive r-length combinations of elements in the iterable."""
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations(tuple(iterable), r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    """Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."""
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return _combinations_wr(tuple(iterable), r)


def _combinations_wr(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)
"""#
