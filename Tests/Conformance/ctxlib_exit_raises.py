# A cleanup that fails while an error is already on its way out: both show, chained,
# and each `with` statement's frame points at its `with` line, as in CPython.
from contextlib import suppress


class Spool:
    def __init__(self, name):
        self.name = name
        self.jobs = []

    def __enter__(self):
        print("spool", self.name, "ready")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("flushing", len(self.jobs), "jobs from", self.name)
        if exc_type is not None:
            raise ConnectionError(f"printer {self.name} went away while flushing")
        return False


def submit(spool, pages):
    with suppress(ZeroDivisionError):
        spool.jobs.append(100 // pages)


def print_all(batches):
    with Spool("lp0") as spool:
        for pages in batches:
            submit(spool, pages)
        with Spool("lp1") as backup:
            backup.jobs.append(len(spool.jobs))
        return spool.jobs[len(batches)]


print_all([1, 0, 5])
