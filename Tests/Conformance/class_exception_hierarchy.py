class AppError(Exception):
    """Root of this application's errors."""
    code = 1

    def __init__(self, message, *, detail=None):
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self):
        if self.detail:
            return f"[{self.code}] {self.message} ({self.detail})"
        return f"[{self.code}] {self.message}"


class ConfigError(AppError):
    code = 10


class MissingKey(ConfigError, KeyError):
    code = 11


class NetworkError(AppError):
    code = 20


class Timeout(NetworkError, TimeoutError):
    code = 21

    def __init__(self, seconds):
        super().__init__("timed out", detail=f"after {seconds}s")
        self.seconds = seconds


class RetryExhausted(NetworkError):
    code = 22


def read_config(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise MissingKey(f"no {key!r} in config", detail="check the file") from e


def fetch(attempts):
    errors = []
    for i in range(attempts):
        try:
            raise Timeout(2 ** i)
        except Timeout as e:
            errors.append(e)
    raise RetryExhausted(f"{attempts} attempts failed") from errors[-1]


for name, mro in [(c.__name__, [k.__name__ for k in c.__mro__]) for c in (MissingKey, Timeout, RetryExhausted)]:
    print(name, mro)

try:
    read_config({"a": 1}, "port")
except KeyError as e:
    print("as KeyError:", type(e).__name__, e, e.args, e.code)
    print("cause:", repr(e.__cause__), "| context is cause:", e.__context__ is e.__cause__, e.__suppress_context__)

try:
    fetch(3)
except (ConfigError, NetworkError) as e:
    print("caught", type(e).__name__, "->", e)
    print("cause:", e.__cause__, e.__cause__.seconds, type(e.__cause__.__context__).__name__)

try:
    try:
        {}["x"]
    except KeyError:
        raise ConfigError("while handling")
except AppError as e:
    print(e, "| context:", repr(e.__context__), "| cause:", e.__cause__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise NetworkError("hidden context") from None
except AppError as e:
    print(e, e.__cause__, repr(e.__context__), e.__suppress_context__)

handlers = [(TimeoutError, "timeout handler"), (KeyError, "key handler"), (AppError, "generic handler")]
for exc in [Timeout(1), MissingKey("k"), NetworkError("n"), ConfigError("c", detail="d")]:
    for cls, label in handlers:
        if isinstance(exc, cls):
            print(f"{type(exc).__name__:14} -> {label}: {exc}")
            break

print(issubclass(Timeout, (OSError, ValueError)), issubclass(MissingKey, LookupError), issubclass(AppError, (KeyError,)))


class ValidationError(ValueError):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} validation errors")


def validate(record):
    errors = {}
    if not record.get("name"):
        errors["name"] = "required"
    if record.get("age", 0) < 0:
        errors["age"] = "must be >= 0"
    if errors:
        raise ValidationError(errors)
    return record


for rec in [{"name": "ann", "age": 3}, {"age": -1}, {"name": ""}]:
    try:
        print("valid:", validate(rec))
    except ValueError as e:
        print("invalid:", e, e.errors, e.args)


class Quiet(Exception):
    pass


class NoArgs(Exception):
    def __init__(self):
        pass


for e in [Quiet(), Quiet("a"), Quiet("a", 2), NoArgs(), AppError("m"), Timeout(3)]:
    print(type(e).__name__, repr(str(e)), e.args, repr(e) if not isinstance(e, AppError) else "")

try:
    raise AppError
except TypeError as e:
    print("TypeError:", e)

def risky(n):
    if n == 0:
        raise NetworkError("zero")
    return risky(n - 1)

try:
    risky(3)
except NetworkError as e:
    print("deep:", e, isinstance(e, Exception), isinstance(e, BaseException))
finally:
    print("finally runs")

e = Timeout(9)
e.add_note = None
print(e.seconds, e.detail, e.message, e.code, vars(e))
