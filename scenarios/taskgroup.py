# A dashboard loads its panels concurrently in a TaskGroup. When panels fail, the group
# cancels the others and raises an ExceptionGroup; except* handles each kind of failure.
import asyncio

CACHE = {"weather": "12°C (cached)", "news": "3 headlines (cached)"}


class PanelError(Exception):
    def __init__(self, panel, reason):
        super().__init__(f"{panel}: {reason}")
        self.panel = panel


async def load(panel, seconds, outcome="ok"):
    print(f"t={asyncio.get_running_loop().time():.1f} {panel}: loading")
    try:
        await asyncio.sleep(seconds)
    except asyncio.CancelledError:
        print(f"t={asyncio.get_running_loop().time():.1f} {panel}: cancelled by the group")
        raise
    if outcome == "down":
        raise ConnectionError(f"{panel}: service unavailable")
    if outcome == "bad":
        raise PanelError(panel, "malformed response")
    print(f"t={asyncio.get_running_loop().time():.1f} {panel}: ready")
    return f"{panel} panel"


async def dashboard(plan):
    panels = {}
    try:
        async with asyncio.TaskGroup() as tg:
            tasks = {name: tg.create_task(load(name, secs, outcome)) for name, secs, outcome in plan}
        panels = {name: t.result() for name, t in tasks.items()}
    except* ConnectionError as group:
        for err in group.exceptions:
            name = str(err).split(":")[0]
            print(f"  {err} -> using the cache")
            panels[name] = CACHE.get(name, "unavailable")
    except* PanelError as group:
        names = sorted(e.panel for e in group.exceptions)
        print(f"  {len(group.exceptions)} panel(s) sent bad data: {names}")
    return panels


async def main():
    print("== every service up")
    print(await dashboard([("weather", 1, "ok"), ("news", 2, "ok"), ("stocks", 3, "ok")]))
    print("== weather down, stocks broken: the slow news panel is cancelled")
    print(await dashboard([("weather", 1, "down"), ("stocks", 1, "bad"), ("news", 5, "ok")]))


asyncio.run(main())
