# A request id in a ContextVar, set once per request task and read by a logging helper
# deep in the call chain: each task runs in a copy of the context it was created in.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
user = contextvars.ContextVar("user")
log_lines = []


def log(msg):
    line = f"[{request_id.get()}] {user.get('anonymous')}: {msg}"
    log_lines.append(line)
    print(line)


async def query_db(sql):
    log(f"query {sql!r}")
    await asyncio.sleep(0.1)
    log(f"done {sql!r}")
    return len(sql)


async def render(template):
    log(f"render {template}")
    await asyncio.sleep(0.05)
    return template.upper()


async def handle_request(rid, who, path):
    request_id.set(rid)
    if who is not None:
        user.set(who)
    log(f"GET {path}")
    rows = await query_db(f"select * from {path}")
    parts = await asyncio.gather(render("header"), render("body"))
    log(f"responding with {rows} rows and {parts}")
    return rid, rows


async def main():
    log("server starting")
    requests = [("r1", "ada", "users"), ("r2", None, "posts"), ("r3", "linus", "tags")]
    results = await asyncio.gather(*(handle_request(*r) for r in requests))
    print("results:", results)
    log("server still has no request id")
    # A task created while a request id is set inherits it; its own changes stay with it.
    token = request_id.set("batch-7")
    child = asyncio.create_task(handle_request("batch-7/a", "cron", "jobs"))
    log("created child")
    await child
    log("child finished; my id is unchanged")
    request_id.reset(token)
    log("reset")
    print(len(log_lines), "log lines")


log("before asyncio.run")
asyncio.run(main())
log("after asyncio.run")
