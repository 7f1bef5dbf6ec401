# Formatters in the three styles, custom handlers and records, levels of one's own.
import logging
import sys

log = logging.getLogger("fmt")
log.setLevel(logging.DEBUG)
log.propagate = False


def show(handler, *messages):
    log.addHandler(handler)
    for level, msg, args in messages:
        log.log(level, msg, *args)
    log.removeHandler(handler)


percent = logging.StreamHandler(sys.stdout)
percent.setFormatter(logging.Formatter("%(levelname).1s %(name)s %(module)s/%(filename)s:%(lineno)03d %(message)s"))
show(percent, (logging.INFO, "percent style %s", ("ok",)), (logging.ERROR, "%d%% done", (50,)))

braces = logging.StreamHandler(sys.stdout)
braces.setFormatter(logging.Formatter("{levelname:>8} | {name} | {message!r}", style="{"))
show(braces, (logging.WARNING, "brace style %s", ("ok",)))

dollars = logging.StreamHandler(sys.stdout)
dollars.setFormatter(logging.Formatter("$levelname: ${message} (in $funcName)", style="$"))
show(dollars, (logging.DEBUG, "dollar style", ()))

defaults = logging.StreamHandler(sys.stdout)
defaults.setFormatter(logging.Formatter("%(service)s %(levelname)s %(message)s", defaults={"service": "api"}))
show(defaults, (logging.INFO, "with a default field", ()))
log.addHandler(defaults)
log.info("extra overrides it", extra={"service": "worker"})
log.removeHandler(defaults)

plain = logging.StreamHandler(sys.stdout)
show(plain, (logging.INFO, "no formatter: message only", ()))
print(repr(plain), repr(logging.StreamHandler()), repr(logging.NullHandler()))

for fmt, style in [("no fields here", "%"), ("%(message)s", "{"), ("{message}", "$"), ("x", "?")]:
    try:
        logging.Formatter(fmt, style=style)
        print("accepted", repr(fmt), style)
    except ValueError as e:
        print("ValueError:", e)
missing = logging.StreamHandler(sys.stdout)
missing.setFormatter(logging.Formatter("%(user)s %(message)s"))
rec = logging.makeLogRecord({"msg": "hello %s", "args": ("world",), "levelname": "INFO"})
try:
    missing.format(rec)
except ValueError as e:
    print("ValueError:", e)
print(rec.getMessage(), rec.levelname, rec.msg)


# A handler that keeps the records for later.
class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []

    def emit(self, record):
        self.records.append(record)


keep = ListHandler()
keep.setLevel(logging.INFO)
log.addHandler(keep)
log.debug("below the handler's level")
log.info("kept %d", 1)
log.warning("kept %s", "two", extra={"request": "r-9"})
for r in keep.records:
    print(r.levelno, r.levelname, r.getMessage(), r.funcName, r.lineno, getattr(r, "request", "-"),
          r.threadName, r.processName, r.exc_info, r.stack_info)
try:
    log.info("clash", extra={"message": "no"})
except KeyError as e:
    print("KeyError:", e)
log.removeHandler(keep)

# Custom levels have names once added.
TRACE = 5
logging.addLevelName(TRACE, "TRACE")
print(logging.getLevelName(TRACE), logging.getLevelName("TRACE"), logging.getLevelName(7))
log.addHandler(percent)
log.setLevel(TRACE)
log.log(TRACE, "a trace record")
log.log(7, "an unnamed level")
try:
    log.log("INFO", "level must be an int")
except TypeError as e:
    print("TypeError:", e)
print(sorted(logging.getLevelNamesMapping().items(), key=lambda kv: (kv[1], kv[0]))[:4])


# A Formatter subclass can change how times and exceptions look.
class Short(logging.Formatter):
    def formatException(self, ei):
        return "!! " + ei[0].__name__ + ": " + str(ei[1])


short = logging.StreamHandler(sys.stderr)
short.setFormatter(Short("%(levelname)s %(message)s"))
log.removeHandler(percent)
log.addHandler(short)
try:
    1 / 0
except ZeroDivisionError:
    log.exception("division failed")
log.info("stack info follows", stack_info=True)
