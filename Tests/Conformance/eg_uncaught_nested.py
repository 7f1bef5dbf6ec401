# Nested groups with chained causes and contexts, notes, and the cuts CPython makes
# (15 exceptions a group, 10 levels deep).

def connect(host):
    try:
        raise ConnectionRefusedError(f"{host}:5432 refused")
    except ConnectionRefusedError as e:
        raise RuntimeError(f"cannot reach {host}") from e


def query(table):
    try:
        {}[table]
    except KeyError:
        raise LookupError(f"no table {table}")


def collect():
    errors = []
    for host in ("db1", "db2"):
        try:
            connect(host)
        except RuntimeError as e:
            errors.append(e)
    for table in ("users",):
        try:
            query(table)
        except LookupError as e:
            errors.append(e)
    many = ExceptionGroup("retries", [TimeoutError(f"attempt {i}") for i in range(18)])
    many.add_note("retried 18 times")
    deep = ValueError("bottom")
    for level in range(12):
        deep = ExceptionGroup(f"level {level}", [deep])
    errors.append(many)
    errors.append(deep)
    return errors


def report():
    try:
        raise ExceptionGroup("startup failed", collect())
    except ExceptionGroup as eg:
        eg.add_note("see the log\nfor details")
        raise SystemError("giving up") from eg


report()
