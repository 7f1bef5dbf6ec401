/// The part of `random` that CPython writes in Python (Lib/random.py's distributions,
/// `choices`, `getstate`/`setstate` and `gauss`'s saved second value), in schedviz's
/// Python over the native generator: the same calls of `random()` in the same order, so
/// seeded runs give CPython's numbers bit for bit. Loaded on the first use of one of its
/// names (`VM.randomSourceNames`).

extension VM {
    static let randomSourceNames: Set<String> = [
        "seed", "gauss", "normalvariate", "lognormvariate", "expovariate", "vonmisesvariate", "gammavariate",
        "betavariate", "paretovariate", "weibullvariate", "triangular", "choices", "getstate", "setstate",
    ]
}

let randomSource = #"""
from math import log as _log, exp as _exp, pi as _pi, e as _e, sqrt as _sqrt, acos as _acos
from math import cos as _cos, sin as _sin, floor as _floor, isfinite as _isfinite

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
VERSION = 3
_gauss_next = None


def seed(a=None, version=2):
    global _gauss_next
    _native_seed(a, version)
    _gauss_next = None


def getstate():
    return VERSION, _mt_state(), _gauss_next


def setstate(state):
    global _gauss_next
    version = state[0]
    if version == 3:
        version, internalstate, _gauss_next = state
        _mt_setstate(internalstate)
    elif version == 2:
        version, internalstate, _gauss_next = state
        _mt_setstate(internalstate)
    else:
        raise ValueError("state with version %s passed to "
                         "Random.setstate() of version %s" % (version, VERSION))


def triangular(low=0.0, high=1.0, mode=None):
    u = _random()
    try:
        c = 0.5 if mode is None else (mode - low) / (high - low)
    except ZeroDivisionError:
        return low
    if u > c:
        u = 1.0 - u
        c = 1.0 - c
        low, high = high, low
    return low + (high - low) * _sqrt(u * c)


def normalvariate(mu=0.0, sigma=1.0):
    while True:
        u1 = _random()
        u2 = 1.0 - _random()
        z = NV_MAGICCONST * (u1 - 0.5) / u2
        zz = z * z / 4.0
        if zz <= -_log(u2):
            break
    return mu + z * sigma


def gauss(mu=0.0, sigma=1.0):
    global _gauss_next
    z = _gauss_next
    _gauss_next = None
    if z is None:
        x2pi = _random() * TWOPI
        g2rad = _sqrt(-2.0 * _log(1.0 - _random()))
        z = _cos(x2pi) * g2rad
        _gauss_next = _sin(x2pi) * g2rad
    return mu + z * sigma


def lognormvariate(mu, sigma):
    return _exp(normalvariate(mu, sigma))


def expovariate(lambd):
    return -_log(1.0 - _random()) / lambd


def vonmisesvariate(mu, kappa):
    if kappa <= 1e-6:
        return TWOPI * _random()
    s = 0.5 / kappa
    r = s + _sqrt(1.0 + s * s)
    while True:
        u1 = _random()
        z = _cos(_pi * u1)
        d = z / (r + z)
        u2 = _random()
        if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
            break
    q = 1.0 / r
    f = (q + z) / (1.0 + q * z)
    u3 = _random()
    if u3 > 0.5:
        theta = (mu + _acos(f)) % TWOPI
    else:
        theta = (mu - _acos(f)) % TWOPI
    return theta


def gammavariate(alpha, beta):
    if alpha <= 0.0 or beta <= 0.0:
        raise ValueError('gammavariate: alpha and beta must be > 0.0')
    if alpha > 1.0:
        ainv = _sqrt(2.0 * alpha - 1.0)
        bbb = alpha - LOG4
        ccc = alpha + ainv
        while True:
            u1 = _random()
            if not 1e-7 < u1 < 0.9999999:
                continue
            u2 = 1.0 - _random()
            v = _log(u1 / (1.0 - u1)) / ainv
            x = alpha * _exp(v)
            z = u1 * u1 * u2
            r = bbb + ccc * v - x
            if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                return x * beta
    elif alpha == 1.0:
        return -_log(1.0 - _random()) * beta
    else:
        while True:
            u = _random()
            b = (_e + alpha) / _e
            p = b * u
            if p <= 1.0:
                x = p ** (1.0 / alpha)
            else:
                x = -_log((b - p) / alpha)
            u1 = _random()
            if p > 1.0:
                if u1 <= x ** (alpha - 1.0):
                    break
            elif u1 <= _exp(-x):
                break
        return x * beta


def betavariate(alpha, beta):
    y = gammavariate(alpha, 1.0)
    if y:
        return y / (y + gammavariate(beta, 1.0))
    return 0.0


def paretovariate(alpha):
    u = 1.0 - _random()
    return u ** (-1.0 / alpha)


def weibullvariate(alpha, beta):
    u = 1.0 - _random()
    return alpha * (-_log(u)) ** (1.0 / beta)


def _accumulate(values):
    total = None
    out = []
    for v in values:
        total = v if total is None else total + v
        out.append(total)
    return out


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def choices(population, weights=None, *, cum_weights=None, k=1):
    n = len(population)
    if cum_weights is None:
        if weights is None:
            n += 0.0
            return [population[_floor(_random() * n)] for i in range(k)]
        try:
            cum_weights = _accumulate(weights)
        except TypeError:
            if not isinstance(weights, int):
                raise
            k = weights
            raise TypeError(
                f'The number of choices must be a keyword argument: {k=}'
            ) from None
    elif weights is not None:
        raise TypeError('Cannot specify both weights and cumulative weights')
    if len(cum_weights) != n:
        raise ValueError('The number of weights does not match the population')
    total = cum_weights[-1] + 0.0
    if total <= 0.0:
        raise ValueError('Total of weights must be greater than zero')
    if not _isfinite(total):
        raise ValueError('Total of weights must be finite')
    hi = n - 1
    return [population[_bisect_right(cum_weights, _random() * total, 0, hi)]
            for i in range(k)]
"""#
