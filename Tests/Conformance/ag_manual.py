# Driving async generators by hand, without an event loop: the awaitables
# are iterators whose StopIteration carries the generator's yielded value.

class Pause:
    """An awaitable that suspends once, handing a message to whoever drives."""
    def __init__(self, msg):
        self.msg = msg
    def __await__(self):
        reply = yield self.msg
        return reply

async def chatty(n):
    for i in range(n):
        answer = await Pause(f"need input {i}")
        yield f"item {i} with {answer}"
    print("chatty finishing")

def drive(awaitable, replies):
    """Run one awaitable to completion, answering its pauses."""
    it = awaitable.__await__()
    value = None
    while True:
        try:
            request = it.send(value)
        except StopIteration as stop:
            return stop.value
        print("  driver got request:", request)
        value = replies.pop(0)

replies = ["a", "b", "c", "d"]
g = chatty(3)
print(type(g.__anext__()).__name__)
for _ in range(3):
    print(drive(g.__anext__(), replies))
try:
    drive(g.__anext__(), replies)
except StopAsyncIteration:
    print("exhausted")

def run_to_end(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value
    raise RuntimeError("it awaited something")

async def collect(source):
    return [x async for x in source]

async def plain(n):
    for i in range(n):
        yield i * i

print(run_to_end(collect(plain(4))))
print(run_to_end(collect(x + 1 async for x in plain(3))))

h = plain(3)
step = h.asend(None)
try:
    step.send(None)
except StopIteration as e:
    print("first value via StopIteration:", e.value)
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
t = h.athrow(ValueError("stop"))
try:
    t.send(None)
except ValueError as e:
    print("athrow raised", repr(e))
try:
    h.aclose().send(None)
except StopIteration:
    print("aclose finished at once")

async def with_finally():
    try:
        yield 1
    finally:
        print("finally ran (no loop: closed when dropped)")

w = with_finally()
try:
    w.__anext__().send(None)
except StopIteration as e:
    print("got", e.value)
del w
print("after del")
