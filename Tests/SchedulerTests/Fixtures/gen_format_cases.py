#!/usr/bin/env python3
"""Generates the fixtures for PyFormatTests (run with CPython 3.11).

    python3 gen_format_cases.py          > format_cases.txt
    python3 gen_format_cases.py --repr   > float_repr_cases.txt

Line format: tab-separated fields; inside a field '\\' '\t' '\n' '\r' are escaped as
'\\\\' '\\t' '\\n' '\\r'.  Values are encoded as several fields:
    f <16 hex digits of the IEEE bits>
    i <1 if negative else 0> <|n| dec> <|n| bin> <|n| oct> <|n| hex>
    b <0|1>                                  (bool)
    s <str> <repr>
    o <type name> <str> <repr>               (any other object)
Expected result (last field): '=' + result, or '!' + 'ExcType: message'.
Records:
    F <spec> <value>                              format(value, spec)
    P <fmt> <count> <value>*count                 fmt % tuple(values)
    M <fmt> <mapping value> <count> (<key> <value>)*count   fmt % dict
    D <float bits> <ndigits>                      round(x, ndigits); expected '=' + result bits
    R <float bits> <repr>                         (repr file; expected is the bare repr)
"""
import math
import random
import struct
import sys


def esc(s):
    return s.replace('\\', '\\\\').replace('\t', '\\t').replace('\n', '\\n').replace('\r', '\\r')


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def enc(v):
    if isinstance(v, bool):
        return ['b', '1' if v else '0']
    if isinstance(v, int):
        m = abs(v)
        return ['i', '1' if v < 0 else '0', str(m), format(m, 'b'), format(m, 'o'), format(m, 'x')]
    if isinstance(v, float):
        return ['f', bits(v)]
    if isinstance(v, str):
        return ['s', esc(v), esc(repr(v))]
    return ['o', type(v).__name__, esc(str(v)), esc(repr(v))]


def run(fn):
    try:
        return '=' + esc(fn())
    except Exception as e:  # noqa: BLE001
        return '!' + type(e).__name__ + ': ' + esc(str(e))


def emit(fields):
    print('\t'.join(fields))


INF = float('inf')
NAN = float('nan')

FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 0.375, 1234.5, 1234567.891,
          -1234.5678, 1e-5, 1.5e-7, 1e15, 1e16, 1e20, 1e22, 1e300, 1.7976931348623157e308, 5e-324,
          2.2250738585072014e-308, math.pi, -math.e, 2 ** 0.5, 0.1, 0.3, 100.0, 123456789.0,
          9.999999e-5, 0.0001, 99999.5, 999999.5, 9.5, 0.05, 0.95, -0.001, INF, -INF, NAN,
          12345678901234567890.0, 2.0 ** 53, 0.000123456, 9.995, 1e-300, 42.0]

FLOAT_SPECS = ['', 'f', '.0f', '.1f', '.2f', '.3f', '.10f', '.20f', '#.0f', 'e', '.0e', '.3e', '#.0e',
               'E', 'g', '.0g', '.1g', '.3g', '.10g', '.17g', '#g', '#.3g', 'G', '%', '.1%', '.0%',
               'n', '.3n', '.1', '.3', '.12', '#', '#.3', 'F', '10', '<10', '^10', '=10', '>12.3f',
               '*^15.2f', '+', ' ', '-', '+.2f', ' .2e', '010.2f', '+010.2f', '-010.2f', ',', ',.2f',
               '_.3f', ',g', '015,.2f', '0=15,.1f', 'z', 'z.1f', 'z.0f', '+z.2e', ',.0%', '0>8',
               'x<10.1e', '020_', '#012.0f', '^+12.4G', ' =12,.3f', '030,.1f']

FLOAT_ERR_SPECS = ['d', 'x', 's', 'c', 'b', ',n', '_n', 'abc', '10.2.3', 'q', '.', ',_', '.2147483648f',
                   '99999999999999999999', '.f', '\u0665.\u0662f', '\x00', '\u00e9']

INTS = [0, 1, -1, 7, 42, -42, 255, 1234, -1234567, 65, 9999, 2 ** 31, -2 ** 63, 2 ** 64 + 1, 10 ** 30,
        -(10 ** 25 + 7), 0x10ffff, 0x110000, True, False, 123456789]

INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'c', 'n', '5', '<5', '^6', '=8', '08',
             '+08', '-08', ' 08', '+', ' ', '08d', '+08d', ',', '_', '_b', '_x', '#_x', '012_b', ',d',
             ',x', '010,', '0=10,', '*^12,', '#012x', '+#012_x', 'e', '.2f', '%', 'g', '.3', 'z', '+c',
             '#c', ',c', 's', 'q', '.2d', '020,', '>+10', '<+#10o', '^', ',_', '_,', 'xx', '\u0665d',
             '10c', '<010', 'x^#11_o', '.2e', ',.1f', 'E', 'n', '_o', ',b', '0', '00', '\u00e9>9,']

STRS = ['', 'a', 'ab', 'hello', 'h\u00e9llo', '\u65e5\u672c', 'e\u0301', 'x' * 10, 'tab\there']

STR_SPECS = ['', 's', '>5', '<5', '^7', '^6', '*^9', '.1s', '.0', '.3', '10.2', '05', '=5', '+', ' ', '-',
             '#', 'z', ',', '_', 'd', '\u00e9^7', 'x>3', '>2', '^', '<', '10', '.10', '0<8', 'x=5']


def format_cases():
    for v in FLOATS:
        for s in FLOAT_SPECS:
            emit(['F', esc(s)] + enc(v) + [run(lambda: format(v, s))])
    for v in [1.5, -0.0, 1234.5]:
        for s in FLOAT_ERR_SPECS:
            emit(['F', esc(s)] + enc(v) + [run(lambda: format(v, s))])
    for v in INTS:
        for s in INT_SPECS:
            emit(['F', esc(s)] + enc(v) + [run(lambda: format(v, s))])
    for v in [10 ** 400, -(10 ** 400)]:
        for s in ['e', 'f', 'd', ',', 'x']:
            emit(['F', esc(s)] + enc(v) + [run(lambda: format(v, s))])
    for v in STRS:
        for s in STR_SPECS:
            emit(['F', esc(s)] + enc(v) + [run(lambda: format(v, s))])

    # Random doubles with fixed-precision formats: checks correct rounding of the exact value.
    rnd = random.Random(20240611)
    for _ in range(600):
        kind = rnd.random()
        if kind < 0.4:
            x = from_bits(rnd.getrandbits(64))
            if math.isnan(x) or math.isinf(x):
                continue
        elif kind < 0.8:
            # short decimals, including exact ties in binary like k/8
            x = rnd.randint(-10 ** 6, 10 ** 6) / rnd.choice([8, 16, 100, 1000, 10 ** 4, 10 ** 6])
        else:
            x = rnd.uniform(-1, 1) * 10 ** rnd.randint(-30, 30)
        t = rnd.choice('efgEFG%n')
        spec = rnd.choice(['', '#', '+', ',', ' ', '012', '>20']) + '.' + str(rnd.randint(0, 25)) + t
        if ',' in spec and t == 'n':
            spec = spec.replace(',', '')
        emit(['F', esc(spec)] + enc(x) + [run(lambda: format(x, spec))])

    # printf-style
    P = [
        ('%05f', (INF,)), ('%05f', (-INF,)), ('%-05d', (3,)), ('%-05d', (-3,)), ('%+05d', (3,)), ('% 05d', (3,)),
        ('%#06x', (255,)), ('%#o', (8,)), ('%#X', (255,)), ('%.3d', (5,)), ('%5.3d', (-5,)), ('%05.3d', (5,)),
        ('%.0f', (2.5,)), ('%#.0f', (2.5,)), ('%g', (1e-5,)), ('%#g', (1.0,)), ('%.0e', (12345.0,)), ('%F', (INF,)),
        ('%F', (NAN,)), ('%E', (1.5,)), ('%G', (1e-10,)), ('%d', (3.7,)), ('%d', (-3.7,)), ('%d', (INF,)),
        ('%d', (NAN,)), ('%x', (3.5,)), ('%d', ('a',)), ('%f', ('a',)), ('%c', ('ab',)), ('%c', (3.5,)),
        ('%c', (65,)), ('%c', ('a',)), ('%c', (-1,)), ('%c', (0x110000,)), ('%s %s', (1,)), ('%s', (1, 2)),
        ('%', ()), ('%q', (1,)), ('abc %', (1,)), ('%*d', (5, 3)), ('%-*d', (5, 3)), ('%*d', (-5, 3)),
        ('%.*f', (2, 3.14159)), ('%*d', ('a', 3)), ('%.*f', (-2, 3.14159)), ('%5%', ()), ('%5%', (1,)),
        ('%-5%', ()), ('%s', ()), ('%r', ('a',)), ('%a', ('\u00e9\u65e5\U0001f600',)), ('%.1r', ('ab',)),
        ('%10.2s', ('abc',)), ('%i', (5,)), ('%u', (5,)), ('%e', (0.0,)), ('%e', (-0.0,)), ('%g', (-0.0,)),
        ('%g', (1e16,)), ('%g', (123456789.0,)), ('%.20g', (0.1,)), ('%x', (-255,)), ('%#x', (-255,)),
        ('%o', (-8,)), ('%#08o', (-8,)), ('% x', (255,)), ('%+x', (255,)), ('%f', (1e300,)), ('%.3s', (5,)),
        ('%d', (True,)), ('%s', (True,)), ('%r', (False,)), ('%f', (True,)), ('%x', (True,)), ('%5c', (65,)),
        ('%-5c', ('x',)), ('%05s', ('ab',)), ('%+s', ('ab',)), ('%x', (2 ** 70,)), ('%d', (-2 ** 70,)),
        ('%.2f', (2.675,)), ('%.2f', (0.125,)), ('%.1f', (0.05,)), ('%.1f', (0.25,)), ('%.15g', (0.1,)),
        ('%.17g', (0.1,)), ('%.3f', (1.0005,)), ('%ld', (5,)), ('%hd', (5,)), ('%Ld', (5,)), ('%lf', (1.5,)),
        ('%10.4f', (-3.14159,)), ('%-10.4f|', (-3.14159,)), ('%010.4f', (-3.14159,)), ('% f', (1.0,)),
        ('%+.2e', (12345.678,)), ('%#.3g', (1.0,)), ('%#x', (0,)), ('%#o', (0,)), ('%.0g', (0.0,)),
        ('%.0g', (123.0,)), ('%g', (100000.0,)), ('%g', (1000000.0,)), ('%g', (0.0001,)), ('%d', (10 ** 20,)),
        ('%*.*f', (8, 2, 3.14159)), ('%s %d', ('a', 'b')), ('%0*d', (5, 3)), ('%x', ('a',)), ('%o', (1.5,)),
        ('%e', (10 ** 400,)), ('%f', (10 ** 30,)), ('%c', (2 ** 70,)), ('%*d', (10 ** 20, 3)),
        ('%.*d', (10 ** 20, 3)), ('%s', ('%s',)), ('%5', (1,)), ('%-', (1,)), ('%.', (1.5,)), ('%.f', (1.5,)),
        ('%(a)s', (1,)), ('%d', ([1],)), ('%s', ([1, 'a'],)), ('%s', (None,)), ('%d', (None,)), ('%f', (None,)),
        ('%c', (None,)), ('%s %s', (1, 2, 3)), ('x', (1,)), ('x', ()), ('%c', ('',)), ('%.2c', ('a',)),
        ('%#5.1s', ('abc',)), ('%s|%5s|%-5s|%.1s', ('x', 'y', 'z', 'w')), ('%d%%', (50,)), ('100%%', ()),
        ('%-+8.3f|', (2.0,)), ('%+-8.3f|', (-2.0,)), ('%08.3e', (-12.5,)), ('% 08.3g', (12.5,)),
        ('%#-8x|', (255,)), ('%-#08x|', (255,)), ('%#8X', (255,)), ('%#08X', (-255,)), ('%+#o', (8,)),
        ('%.5x', (255,)), ('%#.5x', (255,)), ('%#10.5x', (-255,)), ('%#010.5o', (8,)), ('%+.3d', (0,)),
        ('%d', (-0.0,)), ('%d', (1e20,)), ('%d', (-1e300,)), ('%i', (2.99999,)), ('%u', (-7.5,)),
        ('%(x)d', (5,)), ('%\u00e9', (1,)), ('%\x01', (1,)), ('%h', (1,)), ('%l', (1,)), ('%ls', ('q',)),
        ('%s \u65e5%s', ('\u00e9', 2)), ('%3c|%-3c', ('\u65e5', 0x1f600)), ('%.0s|', ('abc',)), ('%.*s', (2, 'abc')),
        ('%*s', (-6, 'ab')), ('%r', (1.5,)), ('%s', (1e16,)), ('%s', (-0.0,)), ('%r', (10 ** 30,)),
        ('%a', (5,)), ('%a', ('plain',)), ('%5.1f%%', (99.44,)), ('%.100f', (0.1,)), ('%.60e', (5e-324,)),
        ('%.3g', (0.0001234,)), ('%.3g', (1234567.0,)), ('%#.3g', (1e-5,)), ('%#.0e', (1.0,)), ('%G', (NAN,)),
        ('%+f', (NAN,)), ('% f', (-INF,)), ('%-6f|', (NAN,)), ('%06.1f', (-0.0,)),
    ]
    for fmt, args in P:
        fields = ['P', esc(fmt), str(len(args))]
        for a in args:
            fields += enc(a)
        emit(fields + [run(lambda: fmt % args)])

    M = [
        ('%(a)s', {'a': 1}), ('%(a)s %(a)r', {'a': 'x'}), ('%(a)s', {'a': 'x', 'b': 2}), ('%(a)s %s', {'a': 1}),
        ('%s', {}), ('%s %s', {}), ('%(a)*d', {'a': 1}), ('x', {}), ('%z', {}), ('%(a)z', {'a': 1}),
        ('%(a', {'a': 1}), ('%(a)', {'a': 1}), ('%(a(b))s', {'a(b)': 7}), ('%(n)+08.2f|%(s)-4s|', {'n': 3.14159, 's': 'ab'}),
        ('%(x)c%(x)d', {'x': 65}), ('%(k)s', {'k': [1, 2]}), ('%%%(a)s', {'a': 'z'}),
    ]
    for fmt, d in M:
        fields = ['M', esc(fmt)] + enc(d) + [str(len(d))]
        for k, v in d.items():
            fields += [esc(k)] + enc(v)
        emit(fields + [run(lambda: fmt % d)])

    # round(x, n)
    R = [(2.675, 2), (0.125, 2), (0.375, 2), (1234.5, -1), (1234.5, -2), (-0.4, 0), (0.5, 0), (1.5, 0),
         (2.5, 0), (-2.5, 0), (5e-324, 323), (5e-324, 324), (5e-324, 322), (1.7976931348623157e308, -308),
         (1.7976931348623157e308, -307), (1e300, -300), (1e300, -301), (math.pi, 400), (math.pi, -400),
         (-math.pi, -309), (INF, 2), (-INF, 0), (NAN, 3), (0.0, 3), (-0.0, -3), (1.005, 2), (2.5e-5, 5),
         (123456.789, -3), (0.1 + 0.2, 15), (0.1 + 0.2, 16), (1e22, -22), (5e22, -23), (-0.006, 2)]
    rnd = random.Random(7)
    for _ in range(300):
        x = rnd.choice([from_bits(rnd.getrandbits(64)), rnd.uniform(-1e6, 1e6),
                        rnd.randint(-10 ** 5, 10 ** 5) / 1000, rnd.uniform(-1, 1) * 10 ** rnd.randint(-20, 20)])
        R.append((x, rnd.randint(-25, 25)))
    for x, n in R:
        try:
            r = '=' + bits(round(x, n))
        except Exception as e:  # noqa: BLE001
            r = '!' + type(e).__name__ + ': ' + str(e)
        emit(['D', bits(x), str(n), r])


def repr_cases():
    seen = set()

    def add(x):
        b = bits(x)
        if b in seen:
            return
        seen.add(b)
        emit(['R', b, repr(x)])

    rnd = random.Random(12345)
    specials = [0.0, -0.0, INF, -INF, NAN, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
                2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308, 1e16, 1e-4,
                9.999999999999999e15, 9.999999999999998e15, 1e16 + 2, 1e17, 0.1, 0.2, 0.3, 0.1 + 0.2,
                1 / 3, 2 / 3, 100.0, 1e22, 1e23, 123456789012345678.0, 9007199254740993.0]
    for x in specials:
        add(x)
    for e in range(-325, 309):
        for m in (1.0, 1.5, 2.0, 5.0, 9.99):
            try:
                add(float('%re%d' % (m, e)))
            except OverflowError:
                pass
    for e in range(-1074, 1024):
        add(2.0 ** e)
    for k in range(-40, 41):
        add(float(2 ** 53 + k))
        add(float(2 ** 54 + k))
    for base in (1e16, 1e-4, 1e15, 1e17, 1e-5, 1e-3):
        x = base
        for _ in range(5):
            x = math.nextafter(x, INF)
            add(x)
        x = base
        for _ in range(5):
            x = math.nextafter(x, 0.0)
            add(x)
    while len(seen) < 6000:
        add(from_bits(rnd.getrandbits(64)))
        add(rnd.random())
        add(round(rnd.uniform(-1000, 1000), rnd.randint(0, 8)))
        add(rnd.randint(1, 10 ** 17) * 10.0 ** rnd.randint(-25, 5))


if __name__ == '__main__':
    if '--repr' in sys.argv[1:]:
        repr_cases()
    else:
        format_cases()
