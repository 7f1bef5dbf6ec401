#!/usr/bin/env python3
"""Checks tools/harness.py on small programs: python3 tools/test_harness.py
Last line: 'N passed, M failed'; exit status 1 if any failed."""
import os
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
import traceback

HARNESS = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'harness.py')
TMP = tempfile.mkdtemp(prefix='harness-test-')

# The article's program, as the scenario carries it.
DATES = open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'scenarios', 'dates.py')).read()


class Run:
    def __init__(self, proc, steps):
        self.rc, self.out, self.err = proc.returncode, proc.stdout, proc.stderr
        self.steps = steps

    @property
    def ending(self):
        return self.steps[-1]


def run(source, *args, name='prog.py', stdin=False, steps=True):
    """Run source under the harness; returns rc, stdout, stderr, step lines."""
    source = textwrap.dedent(source)
    steps_file = os.path.join(TMP, 'steps.txt')
    if os.path.exists(steps_file):
        os.remove(steps_file)
    argv = [sys.executable, HARNESS]
    if stdin:
        argv += ['-', '--name', name] if name else ['-']
    else:
        path = os.path.join(TMP, name)
        with open(path, 'w') as f:
            f.write(source)
        argv.append(path)
    argv += list(args)
    if steps:
        argv += ['--steps-out', steps_file]
    proc = subprocess.run(argv, input=source if stdin else None,
                          capture_output=True, text=True, timeout=60)
    lines = []
    if steps and os.path.exists(steps_file):
        with open(steps_file) as f:
            lines = f.read().splitlines()
    return Run(proc, lines)


def task_steps(r):
    """(time, name) pairs from the step lines."""
    return [(float(t), n) for t, n in (l.split(' ', 1) for l in r.steps
                                       if not l.startswith('#'))]


# ---- tests ----------------------------------------------------------------

def test_dates_article_program():
    t0 = time.monotonic()
    r = run(DATES, '--seed', '1', name='dates.py')
    elapsed = time.monotonic() - t0
    assert r.rc == 0 and r.err == '', (r.rc, r.err)
    assert elapsed < 1.0, f'took {elapsed:.2f}s of real time'
    lines = r.out.splitlines()
    pat = re.compile(r'Loop: ([12]) Time: 2015-11-13 10:00:(\d\d)$')
    secs = []
    for line in lines:
        m = pat.match(line)
        assert m, f'unexpected line {line!r}'
        secs.append(int(m.group(2)))
    assert lines[:2] == ['Loop: 1 Time: 2015-11-13 10:00:00',
                         'Loop: 2 Time: 2015-11-13 10:00:00'], lines[:2]
    assert secs == sorted(secs) and secs[-1] >= 49, secs
    assert r.ending == '# idle', r.ending
    assert all(t == int(t) for t, _ in task_steps(r))
    assert {n for _, n in task_steps(r)} == {'Task-1', 'Task-2'}
    fast = run(DATES, '--seed', '1', '--fast', name='dates.py', steps=False)
    assert fast.out == r.out, 'C tasks and Python tasks disagree'


def test_sleep0_alternates():
    r = run('''
        import asyncio
        async def w(n):
            for i in range(2):
                print(n + str(i))
                await asyncio.sleep(0)
        async def main():
            await asyncio.gather(w('A'), w('B'))
        asyncio.run(main())
    ''')
    assert r.out.split() == ['A0', 'B0', 'A1', 'B1'], r.out
    assert r.ending == '# done'


TIES = '''
    import asyncio
    async def w(i, out):
        for r in range(2):
            await asyncio.sleep(1)
            out[r].append(i)
    async def main():
        out = [[], []]
        await asyncio.gather(*(w(i, out) for i in range({n})))
        print(out)
    asyncio.run(main())
'''


def test_ties_heap():
    r4 = run(TIES.format(n=4), '--tiebreak', 'heap')
    assert eval(r4.out)[0] == [0, 2, 1, 3], r4.out
    r5 = run(TIES.format(n=5), '--tiebreak', 'heap')
    assert eval(r5.out) == [[0, 2, 4, 1, 3], [0, 4, 3, 2, 1]], r5.out


def test_ties_fifo():
    for n in (4, 5):
        for args in ((), ('--tiebreak', 'fifo')):
            r = run(TIES.format(n=n), *args)
            assert eval(r.out) == [list(range(n))] * 2, (n, args, r.out)


def test_float_deadlines():
    r = run('''
        import asyncio
        async def tenths():
            for _ in range(3):
                await asyncio.sleep(0.1)
            print('A', repr(asyncio.get_running_loop().time()))
        async def once():
            await asyncio.sleep(0.3)
            print('B', repr(asyncio.get_running_loop().time()))
        async def main():
            loop = asyncio.get_running_loop()
            print(repr(0.1 + 0.1 + 0.1), repr(loop.time() + 0.3))
            await asyncio.gather(tenths(), once())
        asyncio.run(main())
    ''')
    # Both deadlines fall in one 1e-9 window: the clock stops at 0.3 and
    # the earlier deadline (B's) runs first.
    assert r.out.splitlines() == ['0.30000000000000004 0.3', 'B 0.3',
                                  'A 0.3'], r.out
    assert ('0.2 Task-2' in r.steps and '0.3 Task-3' in r.steps
            and r.steps.index('0.3 Task-3') < r.steps.index('0.3 Task-2'))


def test_time_sleep_blocks_loop():
    r = run('''
        import asyncio, datetime, time
        async def blocker():
            time.sleep(2.5)
            print('blocker', time.monotonic())
        async def other():
            await asyncio.sleep(1)
            print('other', asyncio.get_running_loop().time(),
                  datetime.datetime.now(), time.time())
        async def main():
            await asyncio.gather(other(), blocker())
        asyncio.run(main())
    ''')
    # other's timer (due at 1.0) fires late, once the loop is unblocked.
    assert r.out.splitlines() == [
        'blocker 2.5', 'other 2.5 2015-11-13 10:00:02.500000 1447408802.5'], r.out
    assert r.steps[1:4] == ['0.0 Task-2', '0.0 Task-3', '2.5 Task-2'], r.steps


def test_deadlock_run_until_complete():
    r = run('''
        import asyncio
        async def waiter(fut):
            print('waiting')
            await fut
        loop = asyncio.new_event_loop()
        fut = loop.create_future()
        loop.run_until_complete(waiter(fut))
        print('never')
    ''')
    assert r.rc == 0 and r.out == 'waiting\n', (r.rc, r.out, r.err)
    assert r.steps == ['0.0 Task-1', '# deadlock Task-1'], r.steps
    # A bare future and no task at all: still stuck, not idle.
    r = run('''
        import asyncio
        loop = asyncio.new_event_loop()
        loop.run_until_complete(loop.create_future())
    ''')
    assert r.rc == 0 and r.steps == ['# deadlock'], r.steps


def test_deadlock_names_pending_tasks_in_order():
    r = run('''
        import asyncio
        async def main():
            ev = asyncio.Event()
            asyncio.create_task(ev.wait())
            asyncio.create_task(asyncio.sleep(1))
            await asyncio.Event().wait()
        asyncio.run(main())
    ''')
    assert r.rc == 0 and r.ending == '# deadlock Task-1 Task-2', r.steps


def test_idle_run_forever():
    r = run('''
        import asyncio
        loop = asyncio.get_event_loop()
        loop.call_later(2.5, lambda: print('late', loop.time()))
        loop.run_forever()
    ''')
    assert r.rc == 0 and r.out == 'late 2.5\n' and r.steps == ['# idle'], \
        (r.out, r.steps)


def test_library_code_generation_is_allowed():
    # namedtuple (eval) and dataclasses (exec) generate code; the program may not.
    r = run('''
        import asyncio
        from collections import namedtuple
        from dataclasses import dataclass, field
        P = namedtuple('P', 'x y')
        @dataclass(order=True)
        class Job:
            priority: int
            name: str = field(compare=False)
        async def main():
            await asyncio.sleep(1)
            print(P(1, 2), sorted([Job(2, 'b'), Job(1, 'a')]))
        asyncio.run(main())
    ''')
    assert r.rc == 0 and r.out == "P(x=1, y=2) [Job(priority=1, name='a'), Job(priority=2, name='b')]\n", (r.rc, r.out, r.err)
    r = run('''
        exec('print(1)')
    ''')
    assert r.rc == 1 and 'NameError' in r.err, (r.rc, r.err)


def test_uncaught_exception():
    src = '''
        import asyncio
        async def main():
            print('before')
            await asyncio.sleep(1)
            1 / 0
        asyncio.run(main())
    '''
    r = run(src)
    assert r.rc == 1 and r.out == 'before\n', (r.rc, r.out)
    assert r.err.startswith('Traceback (most recent call last):\n'), r.err
    assert r.err.endswith('ZeroDivisionError: division by zero\n'), r.err
    path = os.path.join(TMP, 'prog.py')
    assert f'File "{path}", line 6, in main\n    1 / 0\n' in r.err, r.err
    assert 'harness.py' not in r.err and '__step' not in r.err, r.err
    assert r.ending == '# exception'
    fast = run(src, '--fast', steps=False)
    assert fast.err == r.err, 'tracebacks differ between C and Python tasks'


def test_stdin_with_name():
    src = '''
        import asyncio
        async def main():
            await asyncio.sleep(1)
            raise KeyError('k')
        asyncio.run(main())
    '''
    r = run(src, stdin=True, name='demo.py')
    assert 'File "demo.py", line 5, in main\n    raise KeyError(\'k\')\n' \
        in r.err, r.err
    assert r.rc == 1 and r.err.endswith("KeyError: 'k'\n"), r.err
    r = run('print(__file__)\n', stdin=True, name=None)
    assert r.out == '<stdin>\n' and r.rc == 0, (r.out, r.err)


def test_asyncio_run_twice_numbering():
    r = run('''
        import asyncio
        async def child():
            await asyncio.sleep(1)
        async def main():
            print(asyncio.current_task().get_name())
            await asyncio.create_task(child())
        asyncio.run(main())
        asyncio.run(main())
    ''')
    assert r.out.split() == ['Task-1', 'Task-5'], r.out
    names = [n for _, n in task_steps(r)]
    # Task-3/Task-4 are the first asyncio.run's shutdown_asyncgens and
    # shutdown_default_executor tasks.
    assert names == ['Task-1', 'Task-2', 'Task-2', 'Task-1', 'Task-3',
                     'Task-4', 'Task-5', 'Task-6', 'Task-6', 'Task-5',
                     'Task-7', 'Task-8'], names
    assert r.ending == '# done'


def test_time_limit():
    r = run('''
        import asyncio
        async def tick():
            while True:
                await asyncio.sleep(3)
                print(asyncio.get_running_loop().time())
        asyncio.run(tick())
    ''', '--time-limit', '10')
    assert r.rc == 0 and r.out.split() == ['3.0', '6.0', '9.0'], r.out
    assert r.ending == '# limit time' and r.steps[-2] == '9.0 Task-1'


def test_python_and_c_tasks_agree():
    src = '''
        import asyncio, random
        async def worker(name, q, lock):
            while True:
                item = await q.get()
                async with lock:
                    await asyncio.sleep(random.choice([0, 0.5, 1]))
                    print(name, item, asyncio.get_running_loop().time())
                q.task_done()
        async def producer(q, n):
            for i in range(n):
                await q.put(i)
                await asyncio.sleep(random.randint(0, 2) / 2)
        async def main():
            q, lock = asyncio.Queue(maxsize=2), asyncio.Lock()
            ws = [asyncio.create_task(worker(f'w{i}', q, lock)) for i in range(3)]
            await asyncio.gather(producer(q, 8), producer(q, 5))
            await q.join()
            for w in ws:
                w.cancel()
            print(await asyncio.gather(*ws, return_exceptions=True))
            try:
                await asyncio.wait_for(asyncio.sleep(5), 1)
            except asyncio.TimeoutError:
                print('timeout')
        asyncio.run(main())
    '''
    for seed in ('0', '1', '7'):
        for tb in ('fifo', 'heap'):
            a = run(src, '--seed', seed, '--tiebreak', tb)
            b = run(src, '--seed', seed, '--tiebreak', tb, '--fast', steps=False)
            assert a.rc == b.rc == 0 and a.out == b.out and a.out, (seed, tb)


def test_datetime_and_time():
    r = run('''
        import datetime, time
        d = datetime.datetime.now()
        print(d, repr(d), isinstance(d, datetime.datetime), datetime.date.today())
        print(repr(datetime.datetime(2020, 1, 2)), datetime.datetime)
        time.sleep(0.25)
        print(datetime.datetime.now(), time.strftime('%H:%M:%S'), time.time())
    ''', '--start', '2000-02-03T04:05:06')
    assert r.out.splitlines() == [
        '2000-02-03 04:05:06 datetime.datetime(2000, 2, 3, 4, 5, 6) True 2000-02-03',
        "datetime.datetime(2020, 1, 2, 0, 0) <class 'datetime.datetime'>",
        '2000-02-03 04:05:06.250000 04:05:06 949550706.25'], r.out


def test_deterministic_and_usage():
    a = run(DATES, '--seed', '5', '--tiebreak', 'heap')
    b = run(DATES, '--seed', '5', '--tiebreak', 'heap')
    assert a.out == b.out and a.steps == b.steps
    bad = run('pass\n', '--fast')  # --fast with --steps-out
    assert bad.rc == 2 and 'usage' in bad.err, bad.err


def main():
    tests = [(k, v) for k, v in globals().items() if k.startswith('test_')]
    passed = failed = 0
    for name, fn in tests:
        try:
            fn()
        except Exception:
            failed += 1
            print(f'FAIL {name}')
            traceback.print_exc(limit=-1)
        else:
            passed += 1
            print(f'ok   {name}')
    shutil.rmtree(TMP, ignore_errors=True)
    print(f'{passed} passed, {failed} failed')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
