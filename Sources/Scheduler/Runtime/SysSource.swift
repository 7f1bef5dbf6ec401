/// `sys` as far as a sandbox allows: the streams, argv, version facts, the recursion limit,
/// `exit`. What would reach outside the program (`modules`, `path`, `_getframe`, `settrace`,
/// `stdin`) is absent, so using it is an AttributeError. `stdout`/`stderr` are read live
/// (`redirect_stdout` swaps them: `VM.moduleAttribute`). Loaded on first import.

let sysSource = #"""
import collections


class TextIOWrapper:
    """The program's stdout or stderr: `print(file=...)` writes to them in one piece."""

    def __init__(self, name, fd):
        self.name = name
        self.mode = 'w'
        self.encoding = 'utf-8'
        self.errors = 'strict'
        self._fd = fd

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        _write(self._fd, s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        _flush(self._fd)

    def writable(self):
        return True

    def readable(self):
        return False

    def fileno(self):
        return self._fd

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode='w' encoding='utf-8'>" % (self.name,)


stdout = TextIOWrapper('<stdout>', 1)
stderr = TextIOWrapper('<stderr>', 2)
_register_streams(stdout, stderr)


def _struct(name, fields, values):
    # CPython's struct sequences: a named tuple that shows as `sys.NAME(...)`.
    base = collections.namedtuple(name, fields)

    class StructSeq(base):
        __slots__ = ()

        def __repr__(self):
            return 'sys.' + name + '(' + ', '.join(f + '=' + repr(v) for f, v in zip(fields, self)) + ')'

    StructSeq.__name__ = name
    StructSeq.__qualname__ = name
    return StructSeq(*values)


version_info = _struct('version_info', ['major', 'minor', 'micro', 'releaselevel', 'serial'],
                       [3, 11, 7, 'final', 0])
version = '3.11.7 (main, schedviz) [virtual]'
hexversion = 0x30b07f0
api_version = 1013
float_info = _struct('float_info', ['max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp',
                                    'dig', 'mant_dig', 'epsilon', 'radix', 'rounds'],
                     [1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307,
                      15, 53, 2.220446049250313e-16, 2, 1])
int_info = _struct('int_info', ['bits_per_digit', 'sizeof_digit', 'default_max_str_digits',
                                'str_digits_check_threshold'], [30, 4, 4300, 640])
maxsize = 9223372036854775807
maxunicode = 1114111
byteorder = 'little'
platform = 'linux'
float_repr_style = 'short'
argv = _argv()
orig_argv = ['python3'] + list(argv)
builtin_module_names = ('builtins', 'sys')
dont_write_bytecode = True


def exit(status=None):
    if status is None:
        raise SystemExit
    raise SystemExit(status)


def intern(string):
    if type(string) is not str:
        raise TypeError('intern() argument must be str, not ' + type(string).__name__)
    return string


def exc_info():
    e = _handled()
    if e is None:
        return (None, None, None)
    return (type(e), e, None)


def exception():
    return _handled()

"""#
