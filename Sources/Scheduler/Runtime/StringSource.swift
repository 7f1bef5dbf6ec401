/// The `string` module: its constants, `capwords` and `Template` (substitute,
/// safe_substitute, get_identifiers, is_valid, a subclass's own delimiter), with CPython
/// 3.11's placeholder errors, in schedviz's Python. Loaded on first import.

let stringSource = #"""
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            braced = k < n and t[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < n and _is_ident_start(t[end]):
                end += 1
                while end < n and _is_ident_char(t[end]):
                    end += 1
            name = t[start:end]
            if name and (not braced or (end < n and t[end] == '}')):
                stop = end + 1 if braced else end
                if safe:
                    try:
                        out.append('%s' % (mapping[name],))
                    except KeyError:
                        out.append(t[j:stop])
                else:
                    out.append('%s' % (mapping[name],))
                i = stop
                continue
            if safe:
                out.append(d)
                i = k
                continue
            lines = t[:k].splitlines(True)
            if not lines:
                colno = 1
                lineno = 1
            else:
                colno = k - len(''.join(lines[:-1]))
                lineno = len(lines)
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))
        return ''.join(out)

    def substitute(self, mapping=None, /, **kws):
        return self._scan(self._mapping(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(self._mapping(mapping, kws), True)

    def _mapping(self, mapping, kws):
        if mapping is None:
            return kws
        if kws:
            merged = dict(mapping)
            merged.update(kws)
            return merged
        return mapping

    def get_identifiers(self):
        ids = []
        t = self.template
        d = self.delimiter
        i = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                return ids
            k = j + len(d)
            if t.startswith(d, k):
                i = k + len(d)
                continue
            braced = k < len(t) and t[k] == '{'
            start = k + 1 if braced else k
            end = start
            if end < len(t) and _is_ident_start(t[end]):
                end += 1
                while end < len(t) and _is_ident_char(t[end]):
                    end += 1
            name = t[start:end]
            if name and (not braced or (end < len(t) and t[end] == '}')):
                if name not in ids:
                    ids.append(name)
                i = end
            else:
                i = k

    def is_valid(self):
        try:
            self._scan({}, False)
        except ValueError:
            return False
        except KeyError:
            pass
        return True
"""#
