/// The `re` module in schedviz's Python: the public functions, `Pattern`, `Match`, `error`,
/// `RegexFlag` and the replacement templates of `sub`, around the Swift parser and matcher
/// (`Regex/`, reached through `_compile`). Patterns are cached on (pattern, flags) like CPython's
/// `re._cache`, so `re.compile(p) is re.compile(p)`. Loaded on first import (SourceModules.swift);
/// its frames are hidden, as CPython's Pattern and Match are C code.

let reSource = #"""
class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            if '\n' in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
        Exception.__init__(self, msg)


error.__module__ = 're'

_FLAG_ORDER = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
               ('DOTALL', 16), ('VERBOSE', 64), ('TEMPLATE', 1), ('DEBUG', 128))
_REPR_ORDER = (('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
               ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256))


def _flag_value(f):
    if isinstance(f, RegexFlag):
        return f.value
    return f


class RegexFlag:
    """re's flags; schedviz's are not int instances, but combine and compare as CPython's do."""

    def __init__(self, value):
        self.value = _flag_value(value)

    @property
    def name(self):
        if self.value == 0:
            return 'NOFLAG'
        names = [n for n, v in _FLAG_ORDER if self.value & v]
        return '|'.join(names) if names else None

    def __repr__(self):
        if self.value == 0:
            return 're.NOFLAG'
        return '|'.join('re.' + n for n, v in _FLAG_ORDER if self.value & v)

    __str__ = __repr__

    def __or__(self, other):
        return RegexFlag(self.value | _flag_value(other))

    __ror__ = __or__

    def __and__(self, other):
        return RegexFlag(self.value & _flag_value(other))

    __rand__ = __and__

    def __xor__(self, other):
        return RegexFlag(self.value ^ _flag_value(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~self.value & 511)

    def __eq__(self, other):
        return self.value == _flag_value(other)

    def __ne__(self, other):
        return self.value != _flag_value(other)

    def __hash__(self):
        return hash(self.value)

    def __bool__(self):
        return self.value != 0

    def __int__(self):
        return self.value

    def __index__(self):
        return self.value

    def __add__(self, other):
        return self.value + _flag_value(other)

    __radd__ = __add__

    def __contains__(self, other):
        v = _flag_value(other)
        return self.value & v == v


NOFLAG = RegexFlag(0)
ASCII = A = RegexFlag(256)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
UNICODE = U = RegexFlag(32)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
VERBOSE = X = RegexFlag(64)
TEMPLATE = T = RegexFlag(1)
DEBUG = RegexFlag(128)


class _GroupIndex:
    """Pattern.groupindex: a read-only view of the group names. (schedviz's native
    mappingproxy, made for class namespaces, does not compare equal to its dict yet.)"""

    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __contains__(self, k):
        return k in self._d

    def get(self, k, default=None):
        return self._d.get(k, default)

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def __eq__(self, other):
        return self._d == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._d,)

    def __str__(self):
        return str(self._d)


def _type_name(x):
    return type(x).__name__


def _check_string(string):
    if not isinstance(string, str):
        raise TypeError("expected string or bytes-like object, got '%s'" % _type_name(string))


def _int(x):
    if not isinstance(x, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % _type_name(x))
    return x


def _bounds(string, pos, endpos):
    n = len(string)
    pos = _int(pos)
    if endpos is not None:
        endpos = _int(endpos)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos is None or endpos > n:
        endpos = n
    elif endpos < 0:
        endpos = 0
    return pos, endpos


class Pattern:
    def __init__(self, pattern, flags, compiled):
        self._exec, self.flags, self.groups, names = compiled
        self.pattern = pattern
        self._names = {}
        for name, index in names:
            self._names[name] = index
        self._group_names = {}
        for name, index in names:
            self._group_names[index] = name
        self._templates = {}

    @property
    def groupindex(self):
        return _GroupIndex(dict(self._names))

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if flags & 292 == 32:
            flags = flags & ~32
        names = [('re.' + n) for n, v in _REPR_ORDER if flags & v]
        rest = flags & ~511
        if rest:
            names.append(hex(rest))
        if names:
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _run(self, mode, string, pos, endpos):
        _check_string(string)
        pos, endpos = _bounds(string, pos, endpos)
        spans = self._exec(mode, string, pos, endpos, 0)
        if spans is None:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=None):
        return self._run(0, string, pos, endpos)

    def fullmatch(self, string, pos=0, endpos=None):
        return self._run(1, string, pos, endpos)

    def search(self, string, pos=0, endpos=None):
        return self._run(2, string, pos, endpos)

    def _scan(self, string, pos, endpos, limit):
        _check_string(string)
        pos, endpos = _bounds(string, pos, endpos)
        return self._exec(3, string, pos, endpos, limit), pos, endpos

    def findall(self, string, pos=0, endpos=None):
        _check_string(string)
        pos, endpos = _bounds(string, pos, endpos)
        return self._exec(4, string, pos, endpos, 0)

    def finditer(self, string, pos=0, endpos=None):
        found, pos, endpos = self._scan(string, pos, endpos, 0)
        return _matches(self, string, pos, endpos, found)

    def split(self, string, maxsplit=0):
        _check_string(string)
        maxsplit = _int(maxsplit)
        if maxsplit < 0:
            return [string]
        return self._exec(6, string, 0, len(string), maxsplit)

    def _template(self, repl):
        t = self._templates.get(repl)
        if t is None:
            t = _parse_template(repl, self)
            self._templates[repl] = t
        return t

    def subn(self, repl, string, count=0):
        if callable(repl):
            template = None
        elif isinstance(repl, str):
            template = self._template(repl)
        else:
            raise TypeError('decoding to str: need a bytes-like object, %s found' % _type_name(repl))
        _check_string(string)
        count = _int(count)
        if count < 0:
            return string, 0
        if template is not None:
            return self._exec(5, string, 0, len(string), count, template)
        found, pos, endpos = self._scan(string, 0, None, count)
        pieces = []
        last = 0
        for s in found:
            if last < s[0]:
                pieces.append(string[last:s[0]])
            piece = repl(Match(self, string, 0, endpos, s))
            if piece is None:
                piece = ''
            elif not isinstance(piece, str):
                raise TypeError('sequence item %d: expected str instance, %s found'
                                % (len(pieces), _type_name(piece)))
            pieces.append(piece)
            last = s[1]
        pieces.append(string[last:])
        return ''.join(pieces), len(found)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _matches(pattern, string, pos, endpos, found):
    for s in found:
        yield Match(pattern, string, pos, endpos, s)


def _expand(template, s, string):
    out = []
    for part in template:
        if isinstance(part, str):
            out.append(part)
        else:
            a = s[2 * part]
            b = s[2 * part + 1]
            if a >= 0 and b >= 0:
                out.append(string[a:b])
    return ''.join(out)


_OCT = '01234567'
_DEC = '0123456789'
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'
_TEMPLATE_ESCAPES = {'a': '\a', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t', 'v': '\v', '\\': '\\'}


def _parse_template(repl, pattern):
    """The pieces of a replacement string: literal text and group numbers."""
    parts = []
    text = []
    i = 0
    n = len(repl)

    def group(index, at):
        if index > pattern.groups:
            raise error('invalid group reference %d' % index, repl, at)
        if text:
            parts.append(''.join(text))
            del text[:]
        parts.append(index)

    while i < n:
        c = repl[i]
        if c != '\\':
            text.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error('bad escape (end of pattern)', repl, n - 1)
        c = repl[i + 1]
        start = i
        i += 2
        if c == 'g':
            if i >= n or repl[i] != '<':
                raise error('missing <', repl, i)
            close = repl.find('>', i + 1)
            if close < 0:
                if i + 1 >= n:
                    raise error('missing group name', repl, n)
                raise error('missing >, unterminated name', repl, i + 1)
            name = repl[i + 1:close]
            if not name:
                raise error('missing group name', repl, i + 1)
            i = close + 1
            if name.isidentifier():
                if name not in pattern._names:
                    raise IndexError('unknown group name %r' % name)
                index = pattern._names[name]
            else:
                if not name.isdecimal():
                    raise error('bad character in group name %r' % name, repl, close - len(name))
                index = int(name)
                if index >= 1073741823:
                    raise error('invalid group reference %d' % index, repl, close - len(name))
            group(index, close - len(name))
        elif c == '0':
            digits = c
            while len(digits) < 3 and i < n and repl[i] in _OCT:
                digits += repl[i]
                i += 1
            text.append(chr(int(digits, 8) & 0xff))
        elif c in _DEC:
            digits = c
            if i < n and repl[i] in _DEC:
                digits += repl[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and repl[i] in _OCT:
                    digits += repl[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        raise error('octal escape value \\%s outside of range 0-0o377' % digits, repl, start)
                    text.append(chr(value))
                    continue
            group(int(digits), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            text.append(_TEMPLATE_ESCAPES[c])
        elif c in _LETTERS:
            raise error('bad escape \\' + c, repl, start)
        else:
            text.append('\\' + c)
    if text:
        parts.append(''.join(text))
    return parts


class Match:
    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        self.lastindex = spans[-1]

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        return self.re._group_names.get(self.lastindex)

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def _index(self, g):
        if isinstance(g, int) and 0 <= g <= self.re.groups:
            return int(g)
        if isinstance(g, str):
            index = self.re._names.get(g)
            if index is not None:
                return index
        raise IndexError('no such group')

    def _get(self, g, default=None):
        i = self._index(g)
        a = self._spans[2 * i]
        b = self._spans[2 * i + 1]
        if a < 0 or b < 0:
            return default
        return self.string[a:b]

    def group(self, *args):
        if not args:
            return self._get(0)
        if len(args) == 1:
            return self._get(args[0])
        return tuple(self._get(g) for g in args)

    def __getitem__(self, g):
        return self._get(g)

    def groups(self, default=None):
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        d = {}
        for name, index in self.re._names.items():
            d[name] = self._get(index, default)
        return d

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return self._spans[2 * i], self._spans[2 * i + 1]

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self._spans, self.string)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._spans[0], self._spans[1], repr(self.string[self._spans[0]:self._spans[1]])[:50])

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    flags = _flag_value(flags)
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'RegexFlag'" % _type_name(flags))
    compiled = _native_compile(pattern, flags)
    if len(compiled) == 3:
        kind, msg, pos = compiled
        if kind == 1:
            raise OverflowError(msg)
        if kind == 2:
            raise ValueError(msg)
        if kind == 3:
            raise RecursionError(msg)
        raise error(msg, None if pos is None else pattern, pos)
    p = Pattern(pattern, flags, compiled)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    if not isinstance(pattern, str):
        raise TypeError("expected str, got '%s'" % _type_name(pattern))
    return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)


Pattern.__module__ = 're'
Match.__module__ = 're'
RegexFlag.__module__ = 're'
"""#
