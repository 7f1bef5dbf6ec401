import asyncio


class Connection:
    """An async context manager: opening and closing take time on the loop."""

    def __init__(self, host):
        self.host = host
        self.is_open = False

    async def __aenter__(self):
        print(f"connecting to {self.host}")
        await asyncio.sleep(0.5)
        self.is_open = True
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"closing {self.host}" + (f" after {exc_type.__name__}: {exc}" if exc_type else ""))
        await asyncio.sleep(0.25)
        self.is_open = False
        return exc_type is TimeoutError

    def stream(self, topic, count, every):
        return Stream(self, topic, count, every)


class Stream:
    """An async iterator: each message arrives after a sleep."""

    def __init__(self, conn, topic, count, every):
        self.conn = conn
        self.topic = topic
        self.count = count
        self.every = every
        self.sent = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.sent == self.count or not self.conn.is_open:
            raise StopAsyncIteration
        await asyncio.sleep(self.every)
        self.sent += 1
        return f"{self.topic}:{self.sent}"


async def listen(host, topic, count, every):
    async with Connection(host) as conn:
        async for message in conn.stream(topic, count, every):
            print(f"{host} got {message}")
            if message.endswith(":3") and topic == "alerts":
                raise TimeoutError("stopped listening")
        else:
            print(f"{host} stream of {topic} ended")
    return f"{host} done"


async def main():
    results = await asyncio.gather(
        listen("alpha", "prices", 4, 0.5),
        listen("beta", "alerts", 5, 0.7),
    )
    print(results)


asyncio.run(main())
