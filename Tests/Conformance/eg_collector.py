# A context manager that collects errors and raises them as one group when the block ends.

class Collector:
    def __init__(self, name):
        self.name = name
        self.errors = []

    def __enter__(self):
        return self

    def run(self, func, *args):
        try:
            return func(*args)
        except Exception as e:
            self.errors.append(e)

    def __exit__(self, exc_type, exc, tb):
        if exc is not None:
            self.errors.append(exc)
        if self.errors:
            raise ExceptionGroup(f"{self.name}: {len(self.errors)} failed", self.errors)
        return False


def parse(text):
    return int(text)


def ratio(a, b):
    return a / b


def checks():
    with Collector("quiet") as c:
        c.run(parse, "12")
    print("quiet block passed")
    try:
        with Collector("loop") as c:
            for text in ["1", "x", "3"]:
                c.run(parse, text)
                if text == "3":
                    break
    except* ValueError as eg:
        print("loop:", eg.message, [str(e) for e in eg.exceptions])
    with Collector("report") as c:
        c.run(parse, "seven")
        c.run(ratio, 1, 0)
        total = c.run(parse, "4")
        print("total so far", total)


checks()
