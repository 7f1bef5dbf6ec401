# contextvars without asyncio: ContextVar.get/set/reset, Token, Token.MISSING and the
# errors CPython raises for each misuse.
import contextvars
from contextvars import ContextVar, Token

locale = ContextVar("locale", default="en")
user = ContextVar("user")
depth = ContextVar("depth", default=0)


def show(label):
    print(f"{label}: locale={locale.get()} user={user.get('<nobody>')} depth={depth.get()}")


def without_addresses(text):
    # CPython prints objects' addresses in these messages: keep the rest.
    out = []
    for i, part in enumerate(text.split(" at 0x")):
        if i > 0:
            while part and part[0] in "0123456789abcdef":
                part = part[1:]
        out.append(part)
    return "".join(out)


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except LookupError as e:
        print(label, "->", type(e).__name__, e.args[0].name, e.args[0] is user)
    except Exception as e:
        print(label, "->", type(e).__name__, without_addresses(str(e)))


show("start")
print(locale.name, user.name, type(locale).__name__, type(Token.MISSING).__name__)
print(repr(Token.MISSING), Token.MISSING is Token.MISSING)
attempt("user.get()", lambda: user.get())
attempt("user.get(None)", lambda: user.get(None))
attempt("locale.get('fr')", lambda: locale.get("fr"))

t1 = user.set("ada")
print("token var is user:", t1.var is user, "old value:", t1.old_value)
t2 = user.set("grace")
print("second token old value:", t2.old_value)
show("after two sets")
user.reset(t2)
show("after reset t2")
attempt("reset t2 again", lambda: user.reset(t2))
attempt("locale.reset(t1)", lambda: locale.reset(t1))
user.reset(t1)
show("after reset t1")
attempt("user.get() again", lambda: user.get())


def nested(n):
    token = depth.set(depth.get() + 1)
    try:
        if n > 0:
            return nested(n - 1)
        return depth.get()
    finally:
        depth.reset(token)


print("deepest:", nested(4), "back to:", depth.get())

attempt("ContextVar()", lambda: ContextVar())
attempt("ContextVar(42)", lambda: ContextVar(42))
attempt("ContextVar('a', 'b')", lambda: ContextVar("a", "b"))
attempt("ContextVar('a', colour=1)", lambda: ContextVar("a", colour=1))
attempt("get(default=1)", lambda: user.get(default=1))
attempt("get(1, 2)", lambda: user.get(1, 2))
attempt("set()", lambda: user.set())
attempt("set(1, 2)", lambda: user.set(1, 2))
attempt("reset('x')", lambda: user.reset("x"))
attempt("Token()", lambda: Token())
attempt("hash(token)", lambda: hash(t1))
attempt("set name", lambda: setattr(user, "name", "other"))
attempt("set token var", lambda: setattr(t1, "var", user))
print(hash(user) == hash(user), user == user, user != locale)
