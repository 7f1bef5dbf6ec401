# Named loggers form a tree by their dotted names; records propagate up to the root's handlers.
import logging
import sys

root = logging.getLogger()
root.setLevel(logging.INFO)
console = logging.StreamHandler(sys.stdout)
console.setFormatter(logging.Formatter("%(name)-14s %(levelname)-7s %(message)s"))
root.addHandler(console)

app = logging.getLogger("app")
db = logging.getLogger("app.db")
pool = logging.getLogger("app.db.pool")
web = logging.getLogger("app.web")
print(pool.parent is db, db.parent is app, app.parent is root, web.parent is app)
print(repr(app), repr(pool), repr(root), repr(console))
print(logging.getLogger("app.db") is db, app.getChild("db") is db, db.getChild("pool.x").name)

# A logger made before its parent is re-parented when the parent appears.
leaf = logging.getLogger("svc.cache.redis")
print("leaf parent:", leaf.parent.name)
svc = logging.getLogger("svc")
cache = logging.getLogger("svc.cache")
print("leaf parent now:", leaf.parent.name, "cache parent:", cache.parent.name)

# Levels: the effective level is the nearest one set on the way up.
db.setLevel(logging.DEBUG)
for lg in [app, db, pool, web, leaf]:
    print(f"{lg.name:<16} level={lg.level:<3} effective={logging.getLevelName(lg.getEffectiveLevel())}"
          f" debug={lg.isEnabledFor(logging.DEBUG)}")

pool.debug("pool created with %d connections", 5)
web.debug("hidden: app.web inherits INFO")
web.info("GET /index.html 200")
db.warning("slow query: %.3fs", 1.25)

# Handlers on a branch see only that branch; propagate=False stops the climb.
errors = logging.StreamHandler(sys.stderr)
errors.setLevel(logging.ERROR)
errors.setFormatter(logging.Formatter("!! %(name)s: %(message)s"))
app.addHandler(errors)
db.error("connection lost")
web.error("502 from upstream")
svc.error("not under app: only the root handler")
db.propagate = False
db.error("stays in app.db (no handlers of its own): last resort")
db.addHandler(logging.StreamHandler(sys.stdout))
db.error("app.db now has a plain handler")
pool.critical("pool exhausted")
db.propagate = True

# Filters: by logger name, or any callable.
class NoHealthChecks(logging.Filter):
    def filter(self, record):
        return "/health" not in record.getMessage()

console.addFilter(NoHealthChecks())
web.info("GET /health 200")
web.info("GET /orders 200")
only_db = logging.Filter("app.db")
print(only_db.filter(logging.makeLogRecord({"name": "app.db.pool"})),
      only_db.filter(logging.makeLogRecord({"name": "app.dbx"})),
      only_db.filter(logging.makeLogRecord({"name": "app"})))
web.addFilter(lambda record: record.levelno >= logging.WARNING)
web.info("dropped by the logger's filter")
web.warning("kept by the logger's filter")

# disable() silences everything at or below a level, everywhere.
logging.disable(logging.ERROR)
db.error("disabled")
pool.critical("critical still passes")
logging.disable(logging.NOTSET)
print(app.hasHandlers(), logging.getLogger("lonely").hasHandlers())
app.removeHandler(errors)
print(len(app.handlers), len(db.handlers))

# A LoggerAdapter adds context to every record.
class RequestAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[req %s] %s" % (self.extra["id"], msg), kwargs

req = RequestAdapter(web, {"id": "7f3a"})
req.warning("user %s not found", "bob")
print(repr(req), req.isEnabledFor(logging.INFO), req.getEffectiveLevel())
