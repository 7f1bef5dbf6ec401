# contextvars.Context as a mapping and as the place code runs: copy_context, Context.run
# with arguments, copies that do not see each other's changes, and the errors.
from contextvars import ContextVar, Context, copy_context

color = ContextVar("color", default="red")
size = ContextVar("size")


def paint(shape, *, scale=1):
    color.set("blue")
    size.set(scale * 10)
    print(f"  painting {shape}: {color.get()} {size.get()}")
    return f"{shape}@{size.get()}"


ctx = copy_context()
print("empty copy:", len(ctx), list(ctx), color in ctx, bool(ctx))
print("run returned", ctx.run(paint, "circle", scale=3))
print("outside:", color.get(), size.get("unset"))
print("inside ctx:", len(ctx), ctx[color], ctx[size], ctx.get(size), ctx.get(color, "none"))
print("membership:", color in ctx, size in ctx)
print("names:", sorted(v.name for v in ctx), sorted(v.name for v in ctx.keys()))
print("values:", sorted(map(str, ctx.values())))
print("items:", sorted((k.name, v) for k, v in ctx.items()))

# A copy shares nothing afterwards.
dup = ctx.copy()
dup.run(color.set, "green")
print("copy changed:", dup[color], "original:", ctx[color], dup == ctx)
print("equal copies:", ctx == ctx.copy(), Context() == Context(), Context() == ctx)

# Setting at top level, then copying: the copy starts with the value.
token = color.set("yellow")
snapshot = copy_context()
color.set("purple")
print("snapshot sees", snapshot[color], "now", color.get())
color.reset(token)
print("after reset", color.get(), "snapshot still", snapshot[color])

# A token only resets in the context that made it.
t = ctx.run(size.set, 99)
try:
    size.reset(t)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
ctx.run(size.reset, t)
print("reset inside ctx:", ctx[size])


def reenter():
    return ctx.run(print, "never")


for label, fn in [
    ("ctx[1]", lambda: ctx[1]),
    ("ctx['color']", lambda: ctx["color"]),
    ("1 in ctx", lambda: 1 in ctx),
    ("ctx.get()", lambda: ctx.get()),
    ("ctx.run()", lambda: ctx.run()),
    ("ctx.run(5)", lambda: ctx.run(5)),
    ("Context(1)", lambda: Context(1)),
    ("copy_context(1)", lambda: copy_context(1)),
    ("hash(ctx)", lambda: hash(ctx)),
    ("re-enter", lambda: ctx.run(reenter)),
    ("missing key", lambda: Context()[size]),
]:
    try:
        print(label, "->", fn())
    except (TypeError, KeyError, RuntimeError) as e:
        msg = str(e)
        if " at 0x" in msg:
            msg = msg.split(" at 0x")[0] + msg[msg.index(">"):]
        print(label, "->", type(e).__name__, msg if not isinstance(e, KeyError) else e.args[0] is size)
