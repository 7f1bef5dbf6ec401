"""Differential cases for schedviz's `re` (RegexDifferentialTests): run with python3, prints one
JSON object with `program` (a schedviz program that evaluates every case and prints one JSON
line per case), `expected` (those lines as CPython 3.11 prints them) and `cases`.

The cases are seeded random patterns over a small alphabet (every construct: classes, anchors,
greedy/lazy/possessive quantifiers, groups, backreferences, lookarounds, atomic groups,
conditionals, alternation, flags) plus hand-written ones, errors included.
"""
import json
import random
import re

# BEGIN evaluate
def evaluate_one(pattern, flags, text, repl):
    try:
        c = re.compile(pattern, flags)
    except re.error as e:
        return ['error', e.msg, e.pos, str(e)]
    except (OverflowError, ValueError) as e:
        return [type(e).__name__, str(e)]
    out = [c.groups, sorted(c.groupindex.items()), c.flags]
    for m in (c.search(text), c.match(text), c.fullmatch(text), c.search(text, 1, len(text) - 1)):
        if m is None:
            out.append(None)
        else:
            out.append([[m.span(g) for g in range(c.groups + 1)], m.lastindex, m.lastgroup, m.group()])
    out.append(c.findall(text))
    out.append([m.span() for m in c.finditer(text)])
    try:
        out.append(c.subn(repl, text))
    except Exception as e:
        out.append([type(e).__name__, str(e)])
    out.append(c.sub(lambda m: '<' + m.group() + '>', text, 2))
    out.append(c.split(text))
    out.append(c.split(text, 1))
    return out


def evaluate(cases):
    lines = []
    for pattern, flags, text, repl in cases:
        lines.append(json.dumps(evaluate_one(pattern, flags, text, repl)))
    return lines
# END evaluate

ALPHABET = 'abcAB1 _\n-'
# Characters whose case folding is special (ß, ſ, the Kelvin sign, dotless and dotted i,
# final sigma), other scripts' letters and digits, and Unicode spaces.
UNICODE_ALPHABET = 'aAbBßẞſsSkK\u212aıIiİσςΣé1٣ _\n\u00a0'
LITERALS = 'abcab'
UNICODE_LITERALS = ['a', 'b', 's', 'k', 'i', 'ß', 'σ', 'é', '\\u212a', 'ſ', 'ı', 'İ', 'Σ', 'ẞ']


def atom(rng, depth, groups, literals=LITERALS):
    k = rng.randrange(24 if depth < 3 else 12)
    if k < 4:
        return rng.choice(literals)
    if k == 4:
        return rng.choice(['.', '\\d', '\\w', '\\s', '\\W', '\\S', '\\D'])
    if k == 5:
        return rng.choice(['[abc]', '[^a]', '[a-c]', '[^\\s]', '[\\w-]', '[A-Z]', '[b-]', '[]a]', '[^-a]'])
    if k == 6:
        return rng.choice(['^', '$', '\\b', '\\B', '\\A', '\\Z'])
    if k == 7:
        return rng.choice(['A', 'B', ' ', '\\n', '1', '_', '-', '\\-', '\\.'])
    if k < 10:
        return atom(rng, depth, groups, literals) + quant(rng)
    if k == 10 and groups[0] > 0:
        return '\\%d' % rng.randint(1, groups[0])
    if k == 11:
        return atom(rng, depth, groups, literals) + atom(rng, depth, groups, literals)
    body = seq(rng, depth + 1, groups, literals)
    if k < 15:
        groups[0] += 1
        return '(' + body + ')'
    if k == 15:
        groups[0] += 1
        return '(?P<g%d>' % groups[0] + body + ')'
    if k == 16:
        return '(?:' + body + ')'
    if k == 17:
        return '(?=' + body + ')'
    if k == 18:
        return '(?!' + body + ')'
    if k == 19:
        return '(?<=' + rng.choice(['a', 'b', '\\w', '[ab]', 'ab', '\\s']) + ')'
    if k == 20:
        return '(?<!' + rng.choice(['a', 'b', '\\w', '[ab]', 'ab', '\\n']) + ')'
    if k == 21:
        return '(?>' + body + ')'
    if k == 22 and groups[0] > 0:
        return '(?(%d)' % rng.randint(1, groups[0]) + body + '|' + seq(rng, depth + 1, groups, literals) + ')'
    return '(' + body + '|' + seq(rng, depth + 1, groups, literals) + ')' + quant(rng)


def quant(rng):
    q = rng.choice(['*', '+', '?', '{2}', '{1,2}', '{,2}', '{2,}', '{0}'])
    return q + rng.choice(['', '', '?', '+'])


def seq(rng, depth, groups, literals=LITERALS):
    parts = [atom(rng, depth, groups, literals) for _ in range(rng.randint(1, 3))]
    s = ''.join(parts)
    if rng.random() < 0.2:
        s += '|' + ''.join(atom(rng, depth, groups, literals) for _ in range(rng.randint(0, 2)))
    return s


def text(rng, alphabet=ALPHABET):
    return ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))


FLAG_CHOICES = [0, 0, 0, re.I, re.M, re.S, re.I | re.M, re.M | re.S, re.A, re.I | re.A]
REPLS = ['-', '', '<\\g<0>>', '[\\1]', '\\g<1>\\g<1>', 'x\\ny', '\\2', '\\g<g1>|', '\\q', '\\\\']

HAND = [
    # (pattern, flags, text, repl)
    ('x*', 0, 'abxd', '-'),
    ('', 0, 'abc', '-'),
    ('a|ab', 0, 'ab', '-'),
    ('(a|ab)(c|bcd)(d*)', 0, 'abcd', '\\3\\2\\1'),
    ('a*?', 0, 'aaa', '-'),
    ('(a*)*', 0, 'aab', '<\\1>'),
    ('(a*)+', 0, 'aab', '<\\1>'),
    ('(a|)*b', 0, 'aab', '<\\1>'),
    ('(?:(a)|b)*', 0, 'ab', '[\\1]'),
    ('(?:(a)|(b))*', 0, 'abab', '[\\1\\2]'),
    ('(a)|(b)', 0, 'b', '\\1'),
    ('^\\w+$', re.M, 'one\ntwo\n', '#'),
    ('$', 0, 'a\n', '#'),
    ('$', re.M, 'a\nb\n', '#'),
    ('\\Z', 0, 'a\n', '#'),
    ('^', re.M, 'a\nb\n', '#'),
    ('.', 0, 'a\nb', '#'),
    ('.', re.S, 'a\nb', '#'),
    ('(?s).+', 0, 'a\nb', '#'),
    ('(?i)straße', 0, 'STRASSE Straße', '#'),
    ('ß', re.I, 'ẞ ß', '#'),
    ('[a-z]+', re.I, 'Hello WORLD', '#'),
    ('[^a-z]+', re.I, 'Hello WORLD 42', '#'),
    ('k', re.I, 'K\u212a', '#'),
    ('s', re.I, 'S\u017f', '#'),
    ('\\w+', 0, 'héllo wörld 123 ٣', '#'),
    ('\\w+', re.A, 'héllo wörld', '#'),
    ('\\d+', 0, '12 ٣٤ ５', '#'),
    ('\\d+', re.A, '12 ٣٤', '#'),
    ('\\s+', 0, 'a \t\n\x1c\u00a0\u2003b', '#'),
    ('\\bfoo\\b', 0, 'foo foobar (foo)', '#'),
    ('\\Bo\\B', 0, 'foo boo o', '#'),
    ('(?P<year>\\d{4})-(?P<month>\\d\\d)', 0, 'on 2024-05-06', '\\g<month>/\\g<year>'),
    ('(?P<w>\\w+) (?P=w)', 0, 'hello hello world', '\\g<w>'),
    ('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\\11', 0, 'abcdefghijkk', '\\11'),
    ('(\\w)\\1', 0, 'aabbcd', '<\\1>'),
    ('(\\w)\\1', re.I, 'aAbBcd', '<\\1>'),
    ('(?<=\\$)\\d+', 0, 'cost $42 or 17', '#'),
    ('(?<!\\$)\\b\\d+', 0, 'cost $42 or 17', '#'),
    ('\\w+(?=,)', 0, 'a, b, c', '#'),
    ('\\w+(?!,)\\b', 0, 'a, b, c', '#'),
    ('(?>a+)b', 0, 'aaab', '#'),
    ('(?>a+)a', 0, 'aaaa', '#'),
    ('a++a', 0, 'aaaa', '#'),
    ('a*+b', 0, 'aaab', '#'),
    ('(?:ab)*+c', 0, 'ababc', '#'),
    ('(<)?\\w+(?(1)>|$)', 0, '<a> b <c', '#'),
    ('(?P<q>")?\\w+(?(q)")', 0, '"a" b "c', '#'),
    ('a{2,3}', 0, 'aaaa', '#'),
    ('a{2,3}?', 0, 'aaaa', '#'),
    ('a{,2}', 0, 'aaaa', '#'),
    ('a{2}', 0, 'aaaa', '#'),
    ('a{', 0, 'a{', '#'),
    ('a{1', 0, 'a{1', '#'),
    ('a{x}', 0, 'a{x}', '#'),
    ('{}', 0, '{}', '#'),
    ('a{,}', 0, 'aa', '#'),
    ('(?x) a b # comment\n c', 0, 'abc', '#'),
    ('(?x)[ ]a', 0, ' a', '#'),
    ('a b', re.X, 'ab a b', '#'),
    ('(?i:a)b', 0, 'Ab AB', '#'),
    ('(?-i:a)b', re.I, 'aB AB', '#'),
    ('(?i)a(?-i:b)', 0, 'Ab AB', '#'),
    ('(?m:^a)', 0, 'b\na', '#'),
    ('\\x41\\u0042\\103\\0', 0, 'ABC\x00', '#'),
    ('[\\x41-\\x43]+', 0, 'ABCD', '#'),
    ('\\t\\n\\\\', 0, '\t\n\\', '#'),
    ('[\\d\\s]+', 0, '1 2 x', '#'),
    ('[\\b]', 0, 'a\bb', '#'),
    ('\\N{EM DASH}', 0, 'a\u2014b', '#'),
    ('x', 0, 'x', '\\g<0>\\g<0>'),
    ('(x)', 0, 'x', '\\0'),
    ('(x)', 0, 'x', '\\101'),
    ('(x)', 0, 'x', '\\g<2>'),
    ('(x)', 0, 'x', '\\g<a b>'),
    ('(x)', 0, 'x', '\\g<nope>'),
    ('(x)', 0, 'x', '\\g'),
    ('(x)', 0, 'x', '\\g<1'),
    ('(x)', 0, 'x', 'a\\'),
    ('(x)', 0, 'x', '\\8'),
    ('(x)', 0, 'x', '\\400'),
    ('(x)', 0, 'x', '\\-'),
    # Errors.
    ('(', 0, '', '-'),
    ('(a', 0, '', '-'),
    ('a)', 0, '', '-'),
    ('((a)', 0, '', '-'),
    ('*a', 0, '', '-'),
    ('a**', 0, '', '-'),
    ('a*??', 0, '', '-'),
    ('^*', 0, '', '-'),
    ('\\b+', 0, '', '-'),
    ('\\q', 0, '', '-'),
    ('a\\', 0, '', '-'),
    ('[a', 0, '', '-'),
    ('[a-', 0, '', '-'),
    ('[z-a]', 0, '', '-'),
    ('[\\w-z]', 0, '', '-'),
    ('a{3,2}', 0, '', '-'),
    ('(?P<1a>x)', 0, '', '-'),
    ('(?P<a>x)(?P<a>y)', 0, '', '-'),
    ('(?P=x)', 0, '', '-'),
    ('(?P<a>x)(?P=b)', 0, '', '-'),
    ('(a)\\2', 0, '', '-'),
    ('(a\\1)', 0, '', '-'),
    ('(?<=a+)b', 0, '', '-'),
    ('(?<=a|bc)d', 0, '', '-'),
    ('(?<!a*)b', 0, '', '-'),
    ('(?Q)', 0, '', '-'),
    ('(?', 0, '', '-'),
    ('(?P', 0, '', '-'),
    ('(?Px)', 0, '', '-'),
    ('(?<x)', 0, '', '-'),
    ('(?#abc', 0, '', '-'),
    ('a(?i)b', 0, '', '-'),
    ('(?i', 0, '', '-'),
    ('(?z)', 0, '', '-'),
    ('(?i-', 0, '', '-'),
    ('(?-i)', 0, '', '-'),
    ('(?i-i:a)', 0, '', '-'),
    ('(?a)', re.U, '', '-'),
    ('(?(2)a|b)', 0, '', '-'),
    ('(?(0)a)', 0, '', '-'),
    ('(?(a)b)', 0, '', '-'),
    ('(a)(?(1)b|c|d)', 0, '', '-'),
    ('\\x4', 0, '', '-'),
    ('\\u12', 0, '', '-'),
    ('\\777', 0, '', '-'),
    ('[\\777]', 0, '', '-'),
    ('\\N{NOT A NAME}', 0, '', '-'),
    ('\\N', 0, '', '-'),
    ('a\nb)', 0, '', '-'),
    ('abc\n(', 0, '', '-'),
    ('x{99999999999}', 0, '', '-'),
    ('(?L)a', 0, '', '-'),
    ('a', re.L, '', '-'),
    ('(?<=(a)\\1)', 0, '', '-'),
    ('(a)(?<=\\1)b', 0, 'ab', '-'),
    ('a||b', 0, 'ab', '-'),
    ('|', 0, 'ab', '-'),
    ('()', 0, 'ab', '[\\1]'),
    ('(a?)*?b', 0, 'aab', '[\\1]'),
    ('(a??)+b', 0, 'aab', '[\\1]'),
    ('(?:a|())+b', 0, 'aab', '[\\1]'),
    ('(?:()|a)+b', 0, 'aab', '[\\1]'),
    ('((a)|b)+', 0, 'ab', '[\\1\\2]'),
    ('(a)|b', 0, 'ab', '[\\1]'),
    ('(?:(a)|b)(?(1)x|y)', 0, 'ax by bx', '[\\1]'),
]


def generate():
    rng = random.Random(20240611)
    cases = [list(c) for c in HAND]
    while len(cases) < 600:
        groups = [0]
        pattern = seq(rng, 0, groups)
        cases.append([pattern, rng.choice(FLAG_CHOICES), text(rng), rng.choice(REPLS)])
    while len(cases) < 800:
        groups = [0]
        pattern = seq(rng, 0, groups, UNICODE_LITERALS)
        flags = rng.choice([re.I, re.I, re.I | re.A, 0, re.A])
        cases.append([pattern, flags, text(rng, UNICODE_ALPHABET), rng.choice(REPLS)])
    return cases


def main():
    cases = generate()
    source = open(__file__).read()
    body = source[source.index('# BEGIN evaluate'):source.index('# END evaluate')]
    program = 'import json\nimport re\n\n' + body + '\nfor line in evaluate(%r):\n    print(line)\n' % (cases,)
    print(json.dumps({'program': program, 'expected': evaluate(cases), 'cases': cases}))


if __name__ == '__main__':
    main()
