# The logging tutorial's first steps: module-level functions, basicConfig, lazy % arguments.
import logging

# Before any configuration a named logger falls back to the last-resort handler:
# WARNING and above, the bare message, on stderr.
log = logging.getLogger("setup")
log.warning("no handlers yet, %s", "last resort prints this")
log.info("and this is dropped")
print("root handlers:", logging.getLogger().handlers, "level:", logging.getLevelName(logging.getLogger().level))

# A module-level call configures the root logger with the default format.
logging.warning("Watch out! %d items left", 3)
logging.info("I told you so")
print("after warning():", len(logging.root.handlers), "handler(s)")

# basicConfig does nothing once the root has a handler, unless force=True.
logging.basicConfig(level=logging.DEBUG, format="%(levelname)s|%(message)s")
logging.debug("not shown: basicConfig was ignored")
logging.basicConfig(level=logging.DEBUG, format="%(levelname)-8s %(name)s: %(message)s", force=True)
logging.debug("now debug is on")
logging.info("user %s logged in from %s", "ada", "10.0.0.7")
logging.warning("disk at %.1f%%", 91.256)
logging.error("%(count)d errors in %(file)s", {"count": 2, "file": "app.cfg"})
logging.critical("shutting down")
logging.log(logging.INFO, "via log(): %r", ["a", "b"])
log.info("named logger, root's handler")

# Arguments are only formatted when the record is emitted.
class Expensive:
    def __init__(self):
        self.calls = 0

    def __str__(self):
        self.calls += 1
        return "expensive"


e = Expensive()
logging.getLogger().setLevel(logging.WARNING)
logging.info("skipped %s", e)
logging.warning("formatted %s", e)
print("str() calls:", e.calls)

for value in [10, 20, 30, 40, 50, 5, 25, "INFO", "WARNING"]:
    print(value, logging.getLevelName(value))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.WARN, logging.FATAL)

# Logging an exception appends its traceback.
def parse(text):
    return int(text)

try:
    parse("12x")
except ValueError:
    logging.exception("could not parse %r", "12x")
try:
    {}["missing"]
except KeyError as err:
    logging.error("lookup failed: %s", err, exc_info=True)
logging.warning("exc_info with no exception", exc_info=True)

try:
    logging.basicConfig(force=True, colour="red")
except ValueError as err:
    print("ValueError:", err)
try:
    logging.basicConfig(force=True, style="#")
except ValueError as err:
    print("ValueError:", err)
try:
    logging.getLogger().setLevel("LOUD")
except ValueError as err:
    print("ValueError:", err)
try:
    logging.getLogger().setLevel(2.5)
except TypeError as err:
    print("TypeError:", err)
