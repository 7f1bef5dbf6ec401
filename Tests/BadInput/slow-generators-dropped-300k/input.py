def worker(i):
    try:
        yield i
    finally:
        pass

workers = []
for i in range(300000):
    w = worker(i)
    next(w)
    workers.append(w)
raise RuntimeError(f'{len(workers)} workers started')
