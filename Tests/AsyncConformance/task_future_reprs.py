# repr() of a Future in each state, as CPython prints it: pending, with its done callbacks
# (one, two, and the first and last of more), finished with a result (cut by reprlib as
# asyncio does), with an exception, cancelled.
import asyncio


def first_callback(fut):
    pass


def second_callback(fut):
    pass


class Listener:
    def on_done(self, fut):
        pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(f)
    f.add_done_callback(first_callback)
    print(f)
    f.add_done_callback(second_callback)
    print(f)
    f.add_done_callback(Listener().on_done)
    f.add_done_callback(lambda fut: None)
    f.add_done_callback(print)
    print(f)
    print("removed:", f.remove_done_callback(second_callback), f.remove_done_callback(second_callback))
    print(f)
    f.set_result(None)
    print(f)
    await asyncio.sleep(0)

    for value in [42, "short", "a long string " * 5, list(range(20)), {"k": 1, "j": [1, 2]},
                  (1,), 2 ** 200, 3.25, [[[[[[[1]]]]]]], {i: i for i in range(10)}]:
        g = loop.create_future()
        g.set_result(value)
        print(g)

    h = loop.create_future()
    h.set_exception(ValueError("bad value"))
    print(h)
    print(repr(h.exception()))
    k = loop.create_future()
    k.set_exception(KeyError)          # a class: instantiated
    print(k, k.exception().args)
    c = loop.create_future()
    c.cancel()
    print(c)
    m = loop.create_future()
    m.cancel("with message")
    print(m, m.cancelled())
    print(str(m) == repr(m))


asyncio.run(main())
