# Context managers: an __exit__ that raises while an exception is handled, and a
# with block inside an except clause.
class Resource:
    def __init__(self, name, fail_on_exit=False):
        self.name = name
        self.fail_on_exit = fail_on_exit

    def __enter__(self):
        print("open", self.name)
        return self

    def __exit__(self, kind, value, tb):
        print("close", self.name, kind.__name__ if kind else None)
        if self.fail_on_exit:
            raise OSError(f"cannot close {self.name}")
        return False

with Resource("a"):
    print("work")
try:
    with Resource("b", fail_on_exit=True):
        1 / 0
except OSError as e:
    print("caught", e, "context", repr(e.__context__))

def handler():
    try:
        [].pop()
    except IndexError:
        with Resource("log", fail_on_exit=True) as r:
            print("logging from", r.name)

handler()
