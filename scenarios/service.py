import asyncio
import random


class OutOfStock(Exception):
    """Raised when an order asks for more than the warehouse has."""

    def __init__(self, item, wanted, left):
        super().__init__(f"{item}: wanted {wanted}, only {left} left")
        self.item = item


class Order:
    next_id = 1

    def __init__(self, item, qty):
        self.id = Order.next_id
        Order.next_id += 1
        self.item = item
        self.qty = qty

    def __repr__(self):
        return f"Order#{self.id}({self.item} x{self.qty})"


class Warehouse:
    def __init__(self, stock):
        self.stock = dict(stock)

    def take(self, item, qty):
        left = self.stock.get(item, 0)
        if qty > left:
            raise OutOfStock(item, qty, left)
        self.stock[item] = left - qty


class Worker:
    def __init__(self, name, service):
        self.name = name
        self.service = service
        self.shipped = 0

    async def run(self):
        while True:
            order = await self.service.queue.get()
            try:
                await asyncio.sleep(random.uniform(0.1, 0.5))
                self.service.warehouse.take(order.item, order.qty)
                self.shipped += 1
                print(f"{self.name} shipped {order}")
            except OutOfStock as e:
                self.service.failed.append(order)
                print(f"{self.name} could not ship {order}: {e}")
            finally:
                self.service.queue.task_done()


class OrderService:
    def __init__(self, warehouse, workers=2):
        self.warehouse = warehouse
        self.queue = asyncio.Queue(maxsize=3)
        self.failed = []
        self.workers = [Worker(f"worker-{i}", self) for i in range(workers)]

    @property
    def shipped(self):
        return sum(w.shipped for w in self.workers)

    async def submit(self, order):
        await self.queue.put(order)
        print(f"submitted {order} (queue {self.queue.qsize()})")

    async def serve(self, orders):
        tasks = [asyncio.create_task(w.run(), name=w.name) for w in self.workers]
        for order in orders:
            await asyncio.sleep(random.uniform(0, 0.2))
            await self.submit(order)
        await self.queue.join()
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


async def main():
    service = OrderService(Warehouse({"apple": 5, "pear": 2, "fig": 1}))
    orders = [Order(random.choice(["apple", "pear", "fig"]), random.randint(1, 2)) for _ in range(7)]
    await service.serve(orders)
    print(f"shipped {service.shipped}, failed {service.failed}, left {service.warehouse.stock}")


asyncio.run(main())
