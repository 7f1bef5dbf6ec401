/// CPython 3.11's statistics, written again in schedviz's subset. Sums are exact (rationals as
/// integer pairs, as CPython's Fractions), so results match CPython's to the last bit for int
/// and float data; Fraction and Decimal data are not supported (schedviz has neither).
/// Loaded on first import (`SourceModules.swift`).

let statisticsSource = #"""
import math
from collections import Counter, namedtuple
from bisect import bisect_left, bisect_right

__all__ = ['NormalDist', 'StatisticsError', 'correlation', 'covariance', 'fmean', 'geometric_mean',
           'harmonic_mean', 'linear_regression', 'mean', 'median', 'median_grouped', 'median_high',
           'median_low', 'mode', 'multimode', 'pstdev', 'pvariance', 'quantiles', 'stdev', 'variance']


class StatisticsError(ValueError):
    pass


# Exact rationals as (numerator, denominator) pairs, denominator > 0, in lowest terms:
# CPython sums with fractions.Fraction, so every result is the exact value rounded once.

def _q(n, d):
    if d < 0:
        n, d = -n, -d
    g = math.gcd(n, d)
    if g > 1:
        n //= g
        d //= g
    return (n, d)


def _q_add(a, b):
    return _q(a[0] * b[1] + b[0] * a[1], a[1] * b[1])


def _q_sub(a, b):
    return _q(a[0] * b[1] - b[0] * a[1], a[1] * b[1])


def _q_mul(a, b):
    return _q(a[0] * b[0], a[1] * b[1])


def _q_div(a, b):
    if b[0] == 0:
        raise ZeroDivisionError('Fraction(%s, 0)' % (a[0] * b[1],))
    return _q(a[0] * b[1], a[1] * b[0])


def _exact_ratio(x):
    try:
        return x.as_integer_ratio()
    except AttributeError:
        pass
    except (OverflowError, ValueError):
        return (x, None)
    try:
        return (x.numerator, x.denominator)
    except AttributeError:
        raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")


def _coerce(T, S):
    if T is S:
        return T
    if S is int or S is bool:
        return T
    if T is int:
        return S
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, int):
        return S
    if issubclass(S, int):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _parts(data, squares):
    # One pass over the data: (type, count, non-finite sum or None, numerator sums per
    # denominator, and with `squares` the squares' sums per squared denominator). Summing
    # per denominator first, as CPython does, keeps float data fast: few distinct (power of
    # two) denominators.
    count = 0
    T = int
    sums = {}
    square_sums = {}
    special = None
    for x in data:
        T = _coerce(T, type(x))
        n, d = _exact_ratio(x)
        count += 1
        if d is None:
            special = n if special is None else special + n
        else:
            sums[d] = sums.get(d, 0) + n
            if squares:
                square_sums[d * d] = square_sums.get(d * d, 0) + n * n
    return T, count, special, sums, square_sums


def _total(sums):
    total = (0, 1)
    for d, n in sums.items():
        total = _q_add(total, _q(n, d))
    return total


def _sum(data):
    # (type, exact total or a non-finite float, count)
    T, count, special, sums, _ = _parts(data, False)
    return (T, _total(sums) if special is None else special, count)


def _ss(data, c=None):
    # (type, exact sum of squared deviations, mean, count)
    if c is not None:
        T, ssd, count = _sum(_square(x - c) for x in data)
        return (T, ssd, c, count)
    T, count, special, sums, square_sums = _parts(data, True)
    if not count:
        return (T, (0, 1), (0, 1), 0)
    if special is not None:
        return (T, special, special, count)
    sx = _total(sums)
    sxx = _total(square_sums)
    ssd = _q_div(_q_sub(_q_mul((count, 1), sxx), _q_mul(sx, sx)), (count, 1))
    return (T, ssd, _q_div(sx, (count, 1)), count)


def _square(d):
    return d * d


def _convert(value, T):
    # A rational (or a non-finite float) as the data's type: int only when it is whole.
    if type(value) is not tuple:
        return T(value) if T is not int else value
    n, d = value
    if T is int:
        if d == 1:
            return n
        T = float
    return n / d


def _divide(value, k):
    if type(value) is not tuple:
        return value / k
    return _q_div(value, (k, 1))


def _fail_neg(values, errmsg='negative value'):
    for x in values:
        if x < 0:
            raise StatisticsError(errmsg)
        yield x


def _integer_sqrt_of_frac_rto(n, m):
    # Square root of n/m, rounded to odd.
    a = math.isqrt(n // m)
    return a | (a * a * m != n)


_sqrt_bit_width = 2 * 53 + 3


def _float_sqrt_of_frac(n, m):
    # Square root of n/m as a float, correctly rounded.
    q = (n.bit_length() - m.bit_length() - _sqrt_bit_width) // 2
    if q >= 0:
        numerator = _integer_sqrt_of_frac_rto(n, m << 2 * q) << q
        denominator = 1
    else:
        numerator = _integer_sqrt_of_frac_rto(n << -2 * q, m)
        denominator = 1 << -q
    return numerator / denominator


def mean(data):
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError('mean requires at least one data point')
    return _convert(_divide(total, n), T)


def fmean(data, weights=None):
    if weights is None:
        if not isinstance(data, (list, tuple, range)):
            data = list(data)
        n = len(data)
        total = math.fsum(data)
        if not n:
            raise StatisticsError('fmean requires at least one data point')
        return total / n
    if not isinstance(data, (list, tuple, range)):
        data = list(data)
    n = len(data)
    if not isinstance(weights, (list, tuple, range)):
        weights = list(weights)
    num = math.fsum(x * w for x, w in zip(data, weights))
    if n != len(weights):
        raise StatisticsError('data and weights must be the same length')
    den = math.fsum(weights)
    if not den:
        raise StatisticsError('sum of weights must be non-zero')
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean([math.log(x) for x in data]))
    except ValueError:
        raise StatisticsError('geometric mean requires a non-empty dataset '
                              'containing positive numbers') from None


def harmonic_mean(data, weights=None):
    if iter(data) is data:
        data = list(data)
    errmsg = 'harmonic mean does not support negative values'
    n = len(data)
    if n < 1:
        raise StatisticsError('harmonic_mean requires at least one data point')
    elif n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        else:
            raise TypeError('unsupported type')
    if weights is None:
        weights = [1] * n
        sum_weights = (n, 1)
    else:
        if iter(weights) is weights:
            weights = list(weights)
        if len(weights) != n:
            raise StatisticsError('Number of weights does not match data size')
        _, sum_weights, _ = _sum(w for w in _fail_neg(weights, errmsg))
    try:
        data = _fail_neg(data, errmsg)
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if type(total) is tuple:
        if total[0] <= 0:
            raise StatisticsError('Weighted sum must be positive')
        return _convert(_q_div(sum_weights, total), T)
    if total <= 0:
        raise StatisticsError('Weighted sum must be positive')
    return _convert(sum_weights[0] / sum_weights[1] / total, T)


def _sorted_data(data):
    data = sorted(data)
    if len(data) == 0:
        raise StatisticsError("no median for empty data")
    return data


def median(data):
    data = _sorted_data(data)
    n = len(data)
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = _sorted_data(data)
    n = len(data)
    return data[n // 2] if n % 2 == 1 else data[n // 2 - 1]


def median_high(data):
    data = _sorted_data(data)
    return data[len(data) // 2]


def median_grouped(data, interval=1.0):
    data = _sorted_data(data)
    n = len(data)
    x = data[n // 2]
    i = bisect_left(data, x)
    j = bisect_right(data, x, lo=i)
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError(f'Value cannot be converted to a float')
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError('no mode for empty data') from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def quantiles(data, *, n=4, method='exclusive'):
    if n < 1:
        raise StatisticsError('n must be at least 1')
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError('must have at least two data points')
    if method == 'inclusive':
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == 'exclusive':
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError(f'Unknown method: {method!r}')


def variance(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('variance requires at least two data points')
    return _convert(_divide(ss, n - 1), T)


def pvariance(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pvariance requires at least one data point')
    return _convert(_divide(ss, n), T)


def _sqrt_of(mss):
    if type(mss) is not tuple:
        return _float_sqrt_of_frac(mss.numerator, mss.denominator)   # AttributeError, as CPython's
    return _float_sqrt_of_frac(mss[0], mss[1])


def stdev(data, xbar=None):
    T, ss, c, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError('stdev requires at least two data points')
    return _sqrt_of(_divide(ss, n - 1))


def pstdev(data, mu=None):
    T, ss, c, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError('pstdev requires at least one data point')
    return _sqrt_of(_divide(ss, n))


def _paired(x, y, what):
    # Both inputs checked as CPython's three paired functions check them: (n, xbar, ybar, sxy).
    n = len(x)
    if len(y) != n:
        raise StatisticsError(what + ' requires that both inputs have same number of data points')
    if n < 2:
        raise StatisticsError(what + ' requires at least two data points')
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return n, xbar, ybar, sxy


def covariance(x, y, /):
    n, xbar, ybar, sxy = _paired(x, y, 'covariance')
    return sxy / (n - 1)


def correlation(x, y, /):
    n, xbar, ybar, sxy = _paired(x, y, 'correlation')
    sxx = math.fsum(_square(xi - xbar) for xi in x)
    syy = math.fsum(_square(yi - ybar) for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError('at least one of the inputs is constant')


LinearRegression = namedtuple('LinearRegression', ('slope', 'intercept'))


def linear_regression(x, y, /, *, proportional=False):
    if proportional:
        n = len(x)
        if len(y) != n:
            raise StatisticsError('linear regression requires that both inputs have same number of data points')
        if n < 2:
            raise StatisticsError('linear regression requires at least two data points')
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
    else:
        n, xbar, ybar, sxy = _paired(x, y, 'linear regression')
        sxx = math.fsum(_square(xi - xbar) for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError('x is constant')
    intercept = 0.0 if proportional else ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
"""#
