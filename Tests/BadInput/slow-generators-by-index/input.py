def worker(i):
    try:
        yield i
    finally:
        pass

workers = [worker(i) for i in range(100000)]
for i in range(len(workers)):
    w = workers[i]
    next(w)
raise RuntimeError(f'{len(workers)} workers started')
