import asyncio
import sys


async def countdown(name, n, delay):
    for i in range(n, 0, -1):
        print(f"{name}: {i}")
        await asyncio.sleep(delay)
    print(f"{name}: liftoff")


async def main(args):
    # python3 prog.py --count 3 --delay 0.5 alpha beta
    count = int(args[args.index("--count") + 1])
    delay = float(args[args.index("--delay") + 1])
    names = [a for a in args[args.index("--delay") + 2:]]
    print("program", args[0], "options", args[1:5])
    await asyncio.gather(*(countdown(n, count, delay * (i + 1)) for i, n in enumerate(names)))


asyncio.run(main(sys.argv))
