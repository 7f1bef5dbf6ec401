# User subclasses of ExceptionGroup: with and without derive(), with __new__ and __init__.

class ValidationErrors(ExceptionGroup):
    """Plain subclass: split() falls back to ExceptionGroup parts."""


class HTTPErrors(ExceptionGroup):
    def __new__(cls, message, errors, status):
        self = super().__new__(cls, message, errors)
        self.status = status
        return self

    def derive(self, errors):
        return HTTPErrors(self.message, errors, self.status)

    def __str__(self):
        return f"[{self.status}] {super().__str__()}"


class Batch(ExceptionGroup):
    def __init__(self, message, errors, batch_id=None):
        super().__init__(message, errors)
        self.batch_id = batch_id

    def derive(self, errors):
        return Batch(self.message, errors, batch_id=self.batch_id)


class Fatal(BaseExceptionGroup):
    pass


class Wrong(ExceptionGroup):
    def derive(self, errors):
        return RuntimeError("not a group")


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
    else:
        print(f"{label}: {r!r}")


v = ValidationErrors("form", [ValueError("name"), TypeError("age"), ValueError("email")])
show("plain", lambda: (v, str(v), type(v).__name__))
show("plain split", lambda: v.split(ValueError))
show("plain split types", lambda: [type(p).__name__ for p in v.split(ValueError)])
show("plain with BaseException", lambda: ValidationErrors("form", [KeyboardInterrupt()]))
show("plain keyword", lambda: ValidationErrors("form", [ValueError()], strict=True))

h = HTTPErrors("requests", [ConnectionError("a"), TimeoutError("b"), ConnectionError("c")], 503)
show("http", lambda: (h, str(h), h.args, h.status))
m, r = h.split(ConnectionError)
show("http parts", lambda: (m, r, m.status, r.status, str(m)))
show("http wrong arity", lambda: HTTPErrors("x", [ValueError()]))

b = Batch("nightly", [OSError("disk"), ValueError("row")], batch_id=17)
show("batch", lambda: (b, b.args, b.batch_id))
show("batch subgroup", lambda: (b.subgroup(OSError), b.subgroup(OSError).batch_id))
show("batch positional", lambda: Batch("nightly", [ValueError()], 18))

f = Fatal("stop", [SystemExit(2), ValueError("v")])
show("fatal", lambda: (f, isinstance(f, Exception), f.split(ValueError)))
show("fatal of exceptions", lambda: type(Fatal("ok", [ValueError()])).__name__)
show("wrong derive", lambda: Wrong("w", [ValueError(), TypeError()]).split(ValueError))
show("wrong derive full match", lambda: Wrong("w", [ValueError(), TypeError()]).split(Exception))
show("new on a plain class", lambda: BaseExceptionGroup.__new__(ValueError, "x", [ValueError()]))
show("new on a subclass", lambda: type(BaseExceptionGroup.__new__(ValidationErrors, "x", [ValueError()])).__name__)

try:
    raise HTTPErrors("upstream", [ConnectionError("db"), ValueError("json")], 502)
except* ConnectionError as e:
    print("connection part:", repr(e), e.status)
except* ValueError as e:
    print("value part:", repr(e), e.status)
