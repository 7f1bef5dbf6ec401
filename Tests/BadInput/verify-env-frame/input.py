import asyncio
async def main():
    t = asyncio.current_task()
    try:
        print(t.get_coro().cr_frame.f_globals["__builtins__"])
    except AttributeError as e:
        print("blocked:", e)
asyncio.run(main())
