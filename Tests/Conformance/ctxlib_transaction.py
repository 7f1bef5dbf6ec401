# A transaction context manager: commit on success, roll back on error, nested savepoints.
from contextlib import contextmanager, ExitStack, suppress


class Database:
    def __init__(self):
        self.data = {}
        self.log = []

    def snapshot(self):
        return dict(self.data)

    def restore(self, snap):
        self.data = snap


class IntegrityError(Exception):
    pass


db = Database()


@contextmanager
def transaction(db, name="tx"):
    snap = db.snapshot()
    db.log.append(f"begin {name}")
    try:
        yield db
    except Exception as e:
        db.restore(snap)
        db.log.append(f"rollback {name} ({type(e).__name__}: {e})")
        raise
    else:
        db.log.append(f"commit {name}")


def transfer(db, src, dst, amount):
    with transaction(db, f"transfer {amount}"):
        db.data[src] = db.data.get(src, 0) - amount
        if db.data[src] < 0:
            raise IntegrityError(f"{src} would be overdrawn")
        db.data[dst] = db.data.get(dst, 0) + amount


with transaction(db, "setup"):
    db.data["alice"] = 100
    db.data["bob"] = 20

transfer(db, "alice", "bob", 30)
try:
    transfer(db, "bob", "alice", 500)
except IntegrityError as e:
    print("refused:", e)
print(db.data)

# Savepoints: an inner failure rolls back only the inner block.
with transaction(db, "outer"):
    db.data["carol"] = 5
    with suppress(IntegrityError):
        with transaction(db, "inner"):
            db.data["carol"] = 999
            raise IntegrityError("inner check failed")
    db.data["dave"] = 1
print(db.data)

# An error that is not an Exception (KeyboardInterrupt) is not rolled back here.
try:
    with transaction(db, "interrupted"):
        db.data["eve"] = 7
        raise KeyboardInterrupt
except KeyboardInterrupt:
    print("interrupted; eve kept:", db.data.get("eve"))

for line in db.log:
    print(line)


# Several transactions opened together with an ExitStack.
dbs = [Database() for _ in range(3)]
try:
    with ExitStack() as stack:
        handles = [stack.enter_context(transaction(d, f"db{i}")) for i, d in enumerate(dbs)]
        for i, h in enumerate(handles):
            h.data["n"] = i
        raise IntegrityError("one bad row")
except IntegrityError as e:
    print("all rolled back:", [d.data for d in dbs])
print([d.log for d in dbs])

with ExitStack() as stack:
    handles = [stack.enter_context(transaction(d, f"db{i}")) for i, d in enumerate(dbs)]
    for i, h in enumerate(handles):
        h.data["n"] = i * 10
print("all committed:", [d.data for d in dbs])
print([d.log[-1] for d in dbs])


# The same context manager as a decorator: every call is its own transaction.
audit = Database()


@transaction(audit, "decorated")
def record(event):
    audit.data[event] = len(audit.data)
    if event == "bad":
        raise ValueError("bad event")
    return audit.data[event]


print(record("login"), record("click"))
try:
    record("bad")
except ValueError as e:
    print("decorated call failed:", e)
print(audit.data)
print(audit.log)
