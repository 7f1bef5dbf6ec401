class Event:
    def __init__(self, name):
        self.name = name
        self.handlers = []

    def subscribe(self, handler):
        if handler in self.handlers:
            print(f"  {self.name}: already subscribed")
            return self
        self.handlers.append(handler)
        return self

    def unsubscribe(self, handler):
        self.handlers.remove(handler)
        return self

    def __iadd__(self, handler):
        return self.subscribe(handler)

    def __isub__(self, handler):
        return self.unsubscribe(handler)

    def __call__(self, *args, **kwargs):
        return [h(*args, **kwargs) for h in self.handlers]

    def __len__(self):
        return len(self.handlers)


class Logger:
    def __init__(self, prefix):
        self.prefix = prefix
        self.lines = []

    def log(self, message, **extra):
        line = f"{self.prefix}: {message}" + (f" {extra}" if extra else "")
        self.lines.append(line)
        return line


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self, *args, **kwargs):
        self.n += 1
        return self.n


class Stock:
    def __init__(self, symbol, price):
        self.symbol = symbol
        self._price = price
        self.changed = Event(f"{symbol}.changed")

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        old, self._price = self._price, value
        if old != value:
            self.changed(self.symbol, old, value)


log = Logger("audit")
count = Counter()
on_save = Event("save")
on_save += log.log
on_save += count
on_save += print
on_save += log.log
print(len(on_save), on_save("file.txt", user="ann"))
print(log.lines, count.n)
on_save -= print
on_save -= log.log
print(len(on_save), on_save("second.txt"), log.lines[-1] if len(log.lines) > 2 else log.lines)
print(log.log == log.log, log.log is log.log, log.log == Logger("x").log, log.log.__self__.prefix)
print({log.log: 1}[log.log], len({log.log: 1, log.log: 2, count.__call__: 3}), hash(log.log) == hash(log.log))
try:
    on_save.unsubscribe(log.log)
except ValueError as e:
    print("ValueError:", e)

history = []
acme = Stock("ACME", 10)
acme.changed += lambda sym, old, new: history.append((sym, old, new))
acme.changed += lambda sym, old, new: print(f"  {sym}: {old} -> {new} ({(new - old) / old:+.0%})")
acme.price = 12
acme.price = 12
acme.price = 9
print(history, acme.price, len(acme.changed))


class Publisher:
    def __init__(self):
        self.subscribers = {}

    def on(self, topic):
        def register(fn):
            self.subscribers.setdefault(topic, []).append(fn)
            return fn
        return register

    def emit(self, topic, payload):
        for fn in self.subscribers.get(topic, []):
            fn(payload)


bus = Publisher()
received = []


class Inbox:
    def __init__(self, owner):
        self.owner = owner
        self.messages = []

    def receive(self, payload):
        self.messages.append(payload)
        received.append((self.owner, payload))


ann, bob = Inbox("ann"), Inbox("bob")
bus.on("mail")(ann.receive)
bus.on("mail")(bob.receive)
bus.on("alert")(bob.receive)


@bus.on("alert")
def shout(payload):
    received.append(("shout", payload.upper()))


bus.emit("mail", "hello")
bus.emit("alert", "fire")
bus.emit("nothing", "ignored")
print(received, ann.messages, bob.messages)
print([f.__qualname__ for f in bus.subscribers["alert"]], [f.__self__.owner for f in bus.subscribers["mail"]])
