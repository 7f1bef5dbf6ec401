/// The `json` module (dumps/dump, loads/load, JSONDecodeError) in schedviz's Python, as
/// CPython 3.11's pure-Python encoder and scanner behave: separators, indent, sort_keys,
/// skipkeys, ensure_ascii, allow_nan, default, circular references; the decoder's error
/// messages and positions. Loaded on first import (SourceModules.swift).

let jsonSource = #"""
class JSONDecodeError(ValueError):
    """Subclass of ValueError with the position of the error."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


JSONDecodeError.__module__ = 'json.decoder'

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_string(s, ensure_ascii):
    out = ['"']
    for ch in s:
        e = _ESCAPES.get(ch)
        if e is not None:
            out.append(e)
            continue
        n = ord(ch)
        if n < 0x20 or (ensure_ascii and n > 0x7e):
            if n > 0xffff:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | ((n >> 10) & 0x3ff), 0xdc00 | (n & 0x3ff)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float_text(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == float('-inf'):
        text = '-Infinity'
    else:
        return repr(o)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.markers = {} if check_circular else None
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ',', ': '
        else:
            self.item_separator, self.key_separator = ', ', ': '
        self.default = default if default is not None else self._default
        self.sort_keys = sort_keys

    def _default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o, out, level):
        if isinstance(o, str):
            out.append(_encode_string(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(repr(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.encode_list(o, out, level)
        elif isinstance(o, dict):
            self.encode_dict(o, out, level)
        else:
            self.mark(o)
            self.encode(self.default(o), out, level)
            self.unmark(o)

    def mark(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[id(o)] = o

    def unmark(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        if self.indent is None:
            return ''
        return '\n' + self.indent * level

    def encode_list(self, o, out, level):
        if not o:
            out.append('[]')
            return
        self.mark(o)
        out.append('[')
        level += 1
        first = True
        for item in o:
            if first:
                first = False
            else:
                out.append(self.item_separator)
            out.append(self.newline(level))
            self.encode(item, out, level)
        out.append(self.newline(level - 1))
        out.append(']')
        self.unmark(o)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return repr(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def encode_dict(self, o, out, level):
        if not o:
            out.append('{}')
            return
        self.mark(o)
        out.append('{')
        level += 1
        first = True
        items = sorted(o.items()) if self.sort_keys else o.items()
        for key, value in items:
            text = self.key_text(key)
            if text is None:
                continue
            if first:
                first = False
            else:
                out.append(self.item_separator)
            out.append(self.newline(level))
            out.append(_encode_string(text, self.ensure_ascii))
            out.append(self.key_separator)
            self.encode(value, out, level)
        out.append(self.newline(level - 1))
        out.append('}')
        self.unmark(o)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False):
    out = []
    _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys).encode(obj, out, 0)
    return ''.join(out)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False):
    fp.write(dumps(obj, skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                   allow_nan=allow_nan, indent=indent, separators=separators, default=default, sort_keys=sort_keys))


_WS = ' \t\n\r'
_STRING_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


class _Decoder:
    def __init__(self, doc, object_hook, parse_float, parse_int, object_pairs_hook):
        self.doc = doc
        self.object_hook = object_hook
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.object_pairs_hook = object_pairs_hook

    def skip(self, i):
        doc = self.doc
        while i < len(doc) and doc[i] in _WS:
            i += 1
        return i

    def value(self, i):
        doc = self.doc
        if i >= len(doc):
            raise JSONDecodeError("Expecting value", doc, i)
        ch = doc[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == '{':
            return self.object(i + 1)
        if ch == '[':
            return self.array(i + 1)
        if ch == 'n' and doc.startswith('null', i):
            return None, i + 4
        if ch == 't' and doc.startswith('true', i):
            return True, i + 4
        if ch == 'f' and doc.startswith('false', i):
            return False, i + 5
        if ch == 'N' and doc.startswith('NaN', i):
            return self.parse_float('NaN'), i + 3
        if ch == 'I' and doc.startswith('Infinity', i):
            return self.parse_float('Infinity'), i + 8
        if ch == '-' and doc.startswith('-Infinity', i):
            return self.parse_float('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        doc = self.doc
        start = i
        if i < len(doc) and doc[i] == '-':
            i += 1
        if i < len(doc) and doc[i] == '0':
            i += 1
        elif i < len(doc) and '1' <= doc[i] <= '9':
            while i < len(doc) and '0' <= doc[i] <= '9':
                i += 1
        else:
            raise JSONDecodeError("Expecting value", doc, start)
        is_float = False
        if i + 1 < len(doc) and doc[i] == '.' and '0' <= doc[i + 1] <= '9':
            is_float = True
            i += 2
            while i < len(doc) and '0' <= doc[i] <= '9':
                i += 1
        if i < len(doc) and doc[i] in 'eE':
            j = i + 1
            if j < len(doc) and doc[j] in '+-':
                j += 1
            if j < len(doc) and '0' <= doc[j] <= '9':
                while j < len(doc) and '0' <= doc[j] <= '9':
                    j += 1
                is_float = True
                i = j
        text = doc[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def string(self, i):
        doc = self.doc
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < len(doc) and doc[j] != '"' and doc[j] != '\\' and doc[j] >= ' ':
                j += 1
            chunks.append(doc[i:j])
            if j >= len(doc):
                raise JSONDecodeError("Unterminated string starting at", doc, begin)
            ch = doc[j]
            if ch == '"':
                return ''.join(chunks), j + 1
            if ch != '\\':
                raise JSONDecodeError("Invalid control character at", doc, j)
            if j + 1 >= len(doc):
                raise JSONDecodeError("Unterminated string starting at", doc, begin)
            esc = doc[j + 1]
            if esc != 'u':
                if esc not in _STRING_ESCAPES:
                    raise JSONDecodeError("Invalid \\escape", doc, j)
                chunks.append(_STRING_ESCAPES[esc])
                i = j + 2
                continue
            n = self.hex4(j + 2, j)
            i = j + 6
            if 0xd800 <= n <= 0xdbff and doc.startswith('\\u', i):
                m = self.hex4(i + 2, i)
                if 0xdc00 <= m <= 0xdfff:
                    n = 0x10000 + (((n - 0xd800) << 10) | (m - 0xdc00))
                    i += 6
            chunks.append(chr(n))

    def hex4(self, i, at):
        text = self.doc[i:i + 4]
        if len(text) != 4 or any(c not in _HEX for c in text):
            raise JSONDecodeError("Invalid \\uXXXX escape", self.doc, at + 1)
        return int(text, 16)

    def object(self, i):
        doc = self.doc
        pairs = []
        i = self.skip(i)
        if i < len(doc) and doc[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(doc) or doc[i] != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", doc, i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(doc) or doc[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", doc, i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.skip(i)
            if i < len(doc) and doc[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(doc) or doc[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            comma = i
            i = self.skip(i + 1)
            if i < len(doc) and doc[i] == '}':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", doc, comma + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, i):
        doc = self.doc
        values = []
        i = self.skip(i)
        if i < len(doc) and doc[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.skip(i)
            if i < len(doc) and doc[i] == ']':
                return values, i + 1
            if i >= len(doc) or doc[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, i)
            comma = i
            i = self.skip(i + 1)
            if i < len(doc) and doc[i] == ']':
                raise JSONDecodeError("Expecting value", doc, comma + 1)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None):
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    d = _Decoder(s, object_hook, parse_float or float, parse_int or int, object_pairs_hook)
    i = d.skip(0)
    value, end = d.value(i)
    end = d.skip(end)
    if end != len(s):
        raise JSONDecodeError("Extra data", s, end)
    return value


def load(fp, **kw):
    return loads(fp.read(), **kw)
"""#
