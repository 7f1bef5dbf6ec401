import asyncio
import math
import random

# A bank with two tellers, simulated on the virtual clock: customers arrive
# with exponential gaps, service times are log-normal, some balk when the
# line is long (weighted choice of patience).

random.seed(2024)

async def customer(n, line, stats):
    patience = random.choices(["patient", "hurried"], weights=[3, 1])[0]
    if patience == "hurried" and line.qsize() >= 2:
        stats["balked"] += 1
        print(f"t={asyncio.get_running_loop().time():6.2f} customer {n} balks")
        return
    arrived = asyncio.get_running_loop().time()
    done = asyncio.get_running_loop().create_future()
    await line.put((n, arrived, done))
    await done
    stats["served"] += 1

async def teller(name, line, stats):
    while True:
        n, arrived, done = await line.get()
        waited = asyncio.get_running_loop().time() - arrived
        stats["waits"].append(waited)
        service = random.lognormvariate(math.log(1.5), 0.4)
        await asyncio.sleep(service)
        print(f"t={asyncio.get_running_loop().time():6.2f} {name} served {n} (waited {waited:.2f}, service {service:.2f})")
        done.set_result(None)
        line.task_done()

async def main():
    line = asyncio.Queue()
    stats = {"served": 0, "balked": 0, "waits": []}
    tellers = [asyncio.create_task(teller(f"teller-{i}", line, stats)) for i in range(2)]
    customers = []
    for n in range(12):
        await asyncio.sleep(random.expovariate(1.2))
        customers.append(asyncio.create_task(customer(n, line, stats)))
    await asyncio.gather(*customers)
    for t in tellers:
        t.cancel()
    waits = stats["waits"]
    mean = math.fsum(waits) / len(waits)
    print(f"served {stats['served']}, balked {stats['balked']}, mean wait {mean:.3f}, worst {max(waits):.3f}")
    print("gauss check", round(random.gauss(0, 1), 9), round(random.triangular(1, 3), 9))

asyncio.run(main())
