# An error that escapes through @contextmanager, suppress and ExitStack blocks: the
# traceback shows the program's frames only, and every cleanup has run first.
from contextlib import contextmanager, suppress, ExitStack


@contextmanager
def connection(name):
    print("connect", name)
    try:
        yield name
    finally:
        print("disconnect", name)


def load(rows):
    total = 0
    with connection("primary") as conn:
        with suppress(KeyError):
            for row in rows:
                total += row["qty"] * row["price"]
    return total


def main():
    print(load([{"qty": 2, "price": 3}, {"price": 9}]))
    with ExitStack() as stack:
        stack.callback(print, "stack closed")
        stack.enter_context(connection("replica"))
        print(load([{"qty": 1, "price": "free"}]))


main()
