import asyncio


class Connection:
    opened = 0

    def __init__(self, host, fail_on_enter=False):
        self.host = host
        self.fail_on_enter = fail_on_enter
        self.is_open = False

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        if self.fail_on_enter:
            raise ConnectionRefusedError(f"{self.host} refused")
        Connection.opened += 1
        self.is_open = True
        print(f"open {self.host}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.05)
        self.is_open = False
        print(f"close {self.host} ({exc_type.__name__ if exc_type else 'clean'})")
        return False

    async def query(self, sql):
        await asyncio.sleep(0.2)
        if "DROP" in sql:
            raise PermissionError(f"refused: {sql}")
        return f"{self.host}: {sql} -> ok"


class Transaction:
    def __init__(self, conn):
        self.conn = conn
        self.log = []

    async def __aenter__(self):
        print("BEGIN")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        if exc_type is None:
            print("COMMIT", self.log)
            return False
        print("ROLLBACK", self.log, "because", repr(exc))
        return issubclass(exc_type, PermissionError)

    async def run(self, sql):
        self.log.append(sql)
        return await self.conn.query(sql)


class Timer:
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        self.start = asyncio.get_running_loop().time()
        return self

    async def __aexit__(self, *exc_info):
        elapsed = asyncio.get_running_loop().time() - self.start
        print(f"{self.label} took {elapsed:.2f}s", "with error" if exc_info[0] else "")


async def session(name, statements):
    async with Timer(name), Connection(name) as conn:
        async with Transaction(conn) as tx:
            for sql in statements:
                print(await tx.run(sql))
        print(f"{name} after transaction, open={conn.is_open}")
    print(f"{name} closed, open={conn.is_open}")


async def main():
    await asyncio.gather(
        session("db1", ["SELECT 1", "UPDATE t"]),
        session("db2", ["SELECT 2", "DROP TABLE t", "never"]),
    )
    try:
        async with Connection("down", fail_on_enter=True):
            print("not reached")
    except ConnectionRefusedError as e:
        print("enter failed:", e)
    try:
        async with Connection("db3") as conn:
            async with Transaction(conn) as tx:
                await tx.run("SELECT 3")
                raise ValueError("bad input")
    except ValueError as e:
        print("escaped:", e)
    try:
        async with Connection("db4"):
            raise KeyError("missing")
    except KeyError as e:
        print("caught", repr(e))
    print("opened", Connection.opened)
    try:
        async with Transaction:
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


asyncio.run(main())
