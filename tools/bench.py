#!/usr/bin/env python3
"""Benchmark runner: schedviz (release build) side by side with CPython.

  python3 tools/bench.py [--runs N] [--only NAME,...] [--quick] [--markdown]

Builds `schedviz` in release mode, then times each workload as whole
processes (wall time with time.perf_counter around the child, peak resident
memory from os.wait4's rusage), N runs each (default 5), schedviz and CPython
interleaved so both see the same machine load. Reports medians, the ratio
CPython/schedviz (> 1: schedviz is faster) and each workload's target.

Workloads: swarm, swarm-10k, pipeline, loop, objects, startup, export, render.
--quick: one run each and no CPython side for swarm-10k (for development).
--markdown: print the results as Markdown on stdout (for the README), the
plain table on stderr.
Progress goes to stderr; the machine and the table go to stdout.
Not a test: CI does not run it. Standard library only.
"""
import argparse
import builtins
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEDVIZ = os.path.join(ROOT, '.build', 'release', 'schedviz')
WORKLOADS = ('swarm', 'swarm-10k', 'pipeline', 'loop', 'objects', 'startup', 'export', 'render')
TIMEOUT = 900          # seconds: a child running longer than this is killed
SLOW_REFERENCE = 60    # seconds: a CPython run slower than this is not repeated


def log(msg=''):
    print(msg, file=sys.stderr, flush=True)


# ---- running and measuring one process --------------------------------------

class Run:
    """One finished process: wall seconds, peak RSS in KB, exit code, output."""

    def __init__(self, wall, rss_kb, code, stdout, stderr):
        self.wall, self.rss_kb, self.code = wall, rss_kb, code
        self.stdout, self.stderr = stdout, stderr


def measure(cmd, tmpdir):
    """Run cmd (cwd = the repository) with stdout and stderr to files; time
    the whole process and take its own peak RSS from os.wait4."""
    out_path = os.path.join(tmpdir, 'stdout')
    err_path = os.path.join(tmpdir, 'stderr')
    with open(out_path, 'wb') as out, open(err_path, 'wb') as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        killer = threading.Timer(TIMEOUT, lambda: os.kill(p.pid, signal.SIGKILL))
        killer.start()
        try:
            _, status, ru = os.wait4(p.pid, 0)
        finally:
            killer.cancel()
        wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    p.returncode = code          # reaped here: keep Popen from waiting again
    with open(out_path, 'rb') as f:
        stdout = f.read()
    with open(err_path, 'rb') as f:
        stderr = f.read()
    return Run(wall, ru.ru_maxrss, code, stdout, stderr)


class Failed(Exception):
    pass


def check(run, cmd):
    if run.code != 0:
        tail = run.stderr.decode('utf-8', 'replace').strip().splitlines()[-5:]
        raise Failed('`%s` exited with %d%s' % (' '.join(cmd), run.code,
                                                ''.join('\n    ' + l for l in tail)))
    return run


def series(cmds, runs, tmpdir, slow_once=()):
    """Run each command `runs` times, interleaved (a, b, a, b, ...). A command
    whose index is in slow_once runs only once if its first run is slower
    than SLOW_REFERENCE seconds. Returns a list of runs per command."""
    results = [[] for _ in cmds]
    skip = set()
    for i in range(runs):
        for k, cmd in enumerate(cmds):
            if k in skip:
                continue
            r = check(measure(cmd, tmpdir), cmd)
            results[k].append(r)
            log('    %-62s %9.1f ms %8.1f MB' % (short(cmd), r.wall * 1e3, r.rss_kb / 1024))
            if i == 0 and k in slow_once and r.wall > SLOW_REFERENCE and runs > 1:
                log('    (over %d s: run once only)' % SLOW_REFERENCE)
                skip.add(k)
    return results


def short(cmd):
    parts = [os.path.basename(cmd[0])] + [
        os.path.relpath(c, ROOT) if c.startswith(ROOT + os.sep) else c for c in cmd[1:]]
    text = ' '.join(parts)
    return text if len(text) <= 62 else text[:59] + '...'


def med_ms(runs):
    return statistics.median(r.wall for r in runs) * 1e3


def med_mb(runs):
    return statistics.median(r.rss_kb for r in runs) / 1024


# ---- results -----------------------------------------------------------------

class Row:
    def __init__(self, name, sv=None, py=None, target='', result='', ok=None, note=''):
        self.name = name
        self.sv = sv            # (ms, MB) or None
        self.py = py            # (ms, MB) or None
        self.target, self.result, self.ok, self.note = target, result, ok, note
        self.ratio = py[0] / sv[0] if sv and py and sv[0] > 0 else None

    def status(self):
        if self.ok is None:
            return 'ERROR'
        if isinstance(self.ok, str):
            return self.ok
        return 'PASS' if self.ok else 'MISS'


MISMATCHES = []


def compare_output(name, sv_run, py_run):
    if sv_run.stdout == py_run.stdout:
        return ''
    MISMATCHES.append(name)
    log('')
    log('!' * 78)
    log('!! OUTPUT MISMATCH in %s: schedviz and CPython printed different things' % name)
    log('!!   schedviz: %r' % sv_run.stdout[:300])
    log('!!   CPython:  %r' % py_run.stdout[:300])
    log('!' * 78)
    log('')
    return 'OUTPUT MISMATCH'


def versus(name, sv_cmd, py_cmd, runs, tmpdir, target_ratio, compare=True):
    log('%s:' % name)
    sv, py = series([sv_cmd, py_cmd], runs, tmpdir)
    note = compare_output(name, sv[0], py[0]) if compare else ''
    row = Row(name, (med_ms(sv), med_mb(sv)), (med_ms(py), med_mb(py)),
              target='≥ %g×' % target_ratio)
    row.result = '%.1f×' % row.ratio
    row.ok = row.ratio >= target_ratio and not note
    row.note = note
    return row


def w_swarm(a, py, tmpdir):
    return [versus('swarm', [SCHEDVIZ, 'run', '--record', 'bench/swarm.py'],
                   [py, 'tools/harness.py', 'bench/swarm.py', '--fast'], a.runs, tmpdir, 30)]


def w_swarm10k(a, py, tmpdir):
    log('swarm-10k:')
    sv_cmd = [SCHEDVIZ, 'run', '--record', 'bench/swarm10k.py']
    py_cmd = [py, 'tools/harness.py', 'bench/swarm10k.py', '--fast']
    if a.quick:
        sv, = series([sv_cmd], a.runs, tmpdir)
        pyr, note = None, ''
    else:
        sv, pyr = series([sv_cmd, py_cmd], a.runs, tmpdir, slow_once=(1,))
        note = compare_output('swarm-10k', sv[0], pyr[0])
    ms, mb = med_ms(sv), med_mb(sv)
    row = Row('swarm-10k', (ms, mb), (med_ms(pyr), med_mb(pyr)) if pyr else None,
              target='< 1000 ms, < 300 MB', result='%.0f ms, %.0f MB' % (ms, mb),
              ok=ms < 1000 and mb < 300 and not note, note=note)
    m = re.search(rb'recorded (\d+) events', sv[0].stderr)
    if m:
        row.note = (row.note + '; ' if row.note else '') + '%s events' % fmt_count(int(m.group(1)))
    if pyr and len(pyr) == 1 and a.runs > 1:
        row.note = (row.note + '; ' if row.note else '') + 'CPython run once'
    return [row]


def w_pipeline(a, py, tmpdir):
    return [versus('pipeline', [SCHEDVIZ, 'run', 'bench/pipeline.py'],
                   [py, 'bench/pipeline.py'], a.runs, tmpdir, 2)]


def w_loop(a, py, tmpdir):
    return [versus('loop', [SCHEDVIZ, 'run', 'bench/loop.py'],
                   [py, 'bench/loop.py'], a.runs, tmpdir, 2)]


def w_objects(a, py, tmpdir):
    return [versus('objects', [SCHEDVIZ, 'run', 'bench/objects.py'],
                   [py, 'bench/objects.py'], a.runs, tmpdir, 1.5)]


def w_startup(a, py, tmpdir):
    log('startup:')
    sv, pyr = series([[SCHEDVIZ, 'run', 'scenarios/gen.json'], [py, 'scenarios/gen.py']],
                     a.runs, tmpdir)
    note = compare_output('startup', sv[0], pyr[0])
    ms = med_ms(sv)
    return [Row('startup', (ms, med_mb(sv)), (med_ms(pyr), med_mb(pyr)),
                target='< 15 ms', result='%.1f ms' % ms, ok=ms < 15 and not note, note=note)]


def w_export(a, py, tmpdir):
    log('export:')
    out = os.path.join(tmpdir, 'trace.txt')
    cmd = [SCHEDVIZ, 'trace', 'bench/swarm10k.py', '--format', 'text', '-o', out]
    sv, = series([cmd], a.runs, tmpdir)
    with open(out, 'rb') as f:
        f.readline()
        header = f.readline()
        size = os.fstat(f.fileno()).st_size
    m = re.search(rb'^# seed .*\bevents (\d+)', header)
    if not m:
        raise Failed('no "# seed ... events N" line in the trace header: %r' % header)
    os.unlink(out)
    events = int(m.group(1))
    ms = med_ms(sv)
    rate = events / (ms / 1e3)
    return [Row('export', (ms, med_mb(sv)), None, target='≥ 2.0M events/s',
                result='%sevents/s' % fmt_count(rate, ' '), ok=rate >= 2e6,
                note='%s events, %.0f MB of text' % (fmt_count(events), size / 1e6))]


def w_render(a, py, tmpdir):
    """One viewer frame (200x50): timed inside schedviz with the hidden --frames option,
    so building the trace and the model is not counted."""
    rows = []
    per_frame = {}
    for label, prog in (('10k', 'bench/gen10k.py'), ('1M', 'bench/gen1m.py')):
        name = 'render-' + label
        log('%s:' % name)
        cmd = [SCHEDVIZ, 'timeline', prog, '--screen', '200x50', '--frames', '50']
        meds, models, events, runs = [], [], 0, []
        for _ in range(max(1, a.runs)):
            r = check(measure(cmd, tmpdir), cmd)
            runs.append(r)
            m = re.search(rb'events (\d+); model built in ([\d.]+) ms; \d+ frames, median ([\d.]+) ms', r.stderr)
            if not m:
                raise Failed('render: no timing line from %s' % ' '.join(cmd))
            events, models = int(m.group(1)), models + [float(m.group(2))]
            meds.append(float(m.group(3)))
        est = statistics.median(meds)
        per_frame[label] = est
        row = Row(name, (est, med_mb(runs)), None, target='< 5 ms/frame', result='%.2f ms/frame' % est, ok=est < 5,
                  note='%s events; model built once in %.0f ms (not counted)' % (fmt_count(events), statistics.median(models)))
        rows.append(row)
    small, big = per_frame['10k'], per_frame['1M']
    rows[1].target += ', ≤ 2× 10k'
    rows[1].result += ' (%.1f× 10k)' % (big / max(small, 1e-3))
    if rows[1].ok is True:
        rows[1].ok = big <= 2 * max(small, 0.5)   # under 0.5 ms it is noise
    return rows


def fmt_count(n, sep=''):
    if n >= 1e6:
        return '%.2fM%s' % (n / 1e6, sep)
    if n >= 1e3:
        return '%.1fk%s' % (n / 1e3, sep)
    return '%d%s' % (n, sep)


RUNNERS = {'swarm': w_swarm, 'swarm-10k': w_swarm10k, 'pipeline': w_pipeline,
           'loop': w_loop, 'objects': w_objects, 'startup': w_startup, 'export': w_export, 'render': w_render}


# ---- the machine, the build, the table --------------------------------------

def machine(py):
    cpu = '?'
    try:
        with open('/proc/cpuinfo') as f:
            for line in f:
                if line.startswith('model name'):
                    cpu = line.split(':', 1)[1].strip()
                    break
    except OSError:
        pass
    pyver = subprocess.run([py, '-c', 'import sys; print(sys.version.split()[0])'],
                           capture_output=True, text=True).stdout.strip()
    try:
        swift = subprocess.run(['swift', '--version'], capture_output=True, text=True)
        swiftver = (swift.stdout + swift.stderr).strip().splitlines()[0]
    except (OSError, IndexError):
        swiftver = '?'
    return [('nproc', str(os.cpu_count())), ('CPU', cpu),
            ('python3', '%s (%s)' % (pyver, py)), ('swift', swiftver)]


def build():
    log('building: swift build -c release --product schedviz')
    t0 = time.perf_counter()
    for attempt in range(3):
        try:
            b = subprocess.run(['swift', 'build', '-c', 'release', '--product', 'schedviz'],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                               text=True)
        except OSError as e:
            log('bench.py: error: cannot run swift build: %s' % e)
            sys.exit(1)
        # Someone editing the sources meanwhile is not a failure: build again.
        if b.returncode == 0 or 'was modified during the build' not in b.stdout:
            break
        log('a source file changed during the build: building again')
    if b.returncode != 0 or not os.access(SCHEDVIZ, os.X_OK):
        lines = b.stdout.strip().splitlines()
        errors = [l for l in lines if 'error:' in l] or lines[-20:]
        log('\n'.join(errors[:20]))
        log('bench.py: error: the release build failed (swift build -c release '
            '--product schedviz exited with %d); nothing was measured' % b.returncode)
        sys.exit(1)
    log('built %s in %.0f s' % (os.path.relpath(SCHEDVIZ, ROOT), time.perf_counter() - t0))


HEAD = ('workload', 'schedviz ms', 'MB', 'CPython ms', 'MB', 'ratio', 'target', 'result', 'status')


def cells(row):
    def ms(x):
        return '%.1f' % x if x < 100 else '%.0f' % x
    sv = (ms(row.sv[0]), '%.1f' % row.sv[1]) if row.sv else ('—', '—')
    py = (ms(row.py[0]), '%.1f' % row.py[1]) if row.py else ('—', '—')
    ratio = '%.1f×' % row.ratio if row.ratio is not None else '—'
    return (row.name,) + sv + py + (ratio, row.target, row.result, row.status())


def print_table(rows, info, markdown, runs, out=sys.stdout):
    def print(*args):
        builtins.print(*args, file=out)
    body = [cells(r) for r in rows]
    notes = [(r.name, r.note) for r in rows if r.note]
    if markdown:
        for k, v in info:
            print('- %s: %s' % (k, v))
        print('- runs: %d each, medians of wall time and peak RSS' % runs)
        print()
        print('| ' + ' | '.join(HEAD) + ' |')
        print('|' + '|'.join(['---'] + ['---:'] * 5 + ['---', '---', '---']) + '|')
        for c in body:
            print('| ' + ' | '.join(c) + ' |')
        if notes:
            print()
            for name, note in notes:
                print('- %s: %s' % (name, note))
        return
    for k, v in info:
        print('%-8s %s' % (k + ':', v))
    print('runs:    %d each, medians of wall time and peak RSS; ratio = CPython/schedviz' % runs)
    print()
    widths = [max(len(x) for x in col) for col in zip(HEAD, *body)]
    right = {1, 2, 3, 4, 5}
    for c in (HEAD,) + tuple(body):
        print('  '.join(x.rjust(w) if i in right else x.ljust(w)
                        for i, (x, w) in enumerate(zip(c, widths))).rstrip())
        if c is HEAD:
            print('  '.join('-' * w for w in widths))
    if notes:
        print()
        for name, note in notes:
            print('%s: %s' % (name, note))


def main():
    p = argparse.ArgumentParser(prog='bench.py', description=__doc__.split('\n')[0])
    p.add_argument('--runs', type=int, default=5, help='runs of each command (default 5)')
    p.add_argument('--only', help='comma-separated workloads: ' + ', '.join(WORKLOADS))
    p.add_argument('--quick', action='store_true',
                   help="one run each, no CPython side for swarm-10k")
    p.add_argument('--markdown', action='store_true', help='print the table as Markdown')
    a = p.parse_args()
    if a.runs < 1:
        p.error('--runs must be at least 1')
    if a.quick:
        a.runs = 1
    names = list(WORKLOADS)
    if a.only:
        names = [n.strip() for n in a.only.split(',') if n.strip()]
        unknown = [n for n in names if n not in WORKLOADS]
        if unknown:
            p.error('unknown workload %s (choose from %s)' % (', '.join(unknown), ', '.join(WORKLOADS)))

    py = subprocess.run(['python3', '-c', 'import sys; print(sys.executable)'],
                        capture_output=True, text=True).stdout.strip() or sys.executable
    info = machine(py)
    for k, v in info:
        log('%-8s %s' % (k + ':', v))
    build()

    rows = []
    failed = []
    tmpdir = tempfile.mkdtemp(prefix='schedviz-bench-')
    try:
        for n in names:
            try:
                rows += RUNNERS[n](a, py, tmpdir)
            except Failed as e:
                log('bench.py: %s: %s' % (n, e))
                failed.append(n)
                rows.append(Row(n, note=str(e).splitlines()[0]))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)

    log('')
    if a.markdown:      # the plain table for the terminal, Markdown on stdout
        print_table(rows, info, False, a.runs, out=sys.stderr)
        log('')
    print_table(rows, info, a.markdown, a.runs)
    if MISMATCHES:
        print()
        print('!! OUTPUT MISMATCH (schedviz stdout != python3 stdout): %s' % ', '.join(MISMATCHES))
    if failed:
        print()
        print('!! FAILED: %s' % ', '.join(failed))
    return 1 if (MISMATCHES or failed) else 0


if __name__ == '__main__':
    sys.exit(main())
