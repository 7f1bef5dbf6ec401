# A generator pipeline instrumented with logging; a bad record ends the run with a traceback
# after the log lines (both on stderr, in order).
import logging

logging.basicConfig(level=logging.DEBUG,
                    format="%(levelname)s %(name)s.%(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("pipeline")


def produce(lines):
    plog = log.getChild("produce")
    for n, line in enumerate(lines, 1):
        plog.debug("line %d: %r", n, line)
        yield n, line


def parse(records):
    for n, line in records:
        name, _, amount = line.partition("=")
        try:
            yield name.strip(), float(amount)
        except ValueError:
            log.exception("line %d is not a number: %r", n, amount)


def consume(items):
    total = 0.0
    seen = {}
    for name, amount in items:
        seen[name] = seen.get(name, 0) + 1
        total += amount
        log.info("%-6s %8.2f  running total %.2f", name, amount, total)
        if amount < 0:
            log.warning("negative amount for %s", name)
    return total, seen


data = ["rent = 1200", "food = 310.5", "oops = twelve", "refund = -40", "fun = 99.99"]
total, seen = consume(parse(produce(data)))
print("total", total, "entries", seen)

logging.getLogger("pipeline.produce").setLevel(logging.INFO)
more = ["a = 1", "b = 2"]
print("second run", consume(parse(produce(more))))


def checked(items):
    for name, amount in items:
        if amount > 1000:
            log.error("amount too large: %s", amount)
            raise OverflowError(f"{name}: {amount} exceeds the limit")
        yield name, amount


print(consume(checked(parse(produce(data)))))
