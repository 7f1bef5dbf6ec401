# A log-analysis pipeline: generators feed lines through a compiled pattern with named groups.
import re

LOG = """\
2024-03-01 12:00:01 INFO  [web] GET /index.html 200 0.012s
2024-03-01 12:00:02 WARN  [web] GET /missing 404 0.003s
2024-03-01 12:00:02 INFO  [db] query users took 0.250s
2024-03-01 12:00:03 ERROR [web] POST /api/orders 500 1.204s
garbage line without structure
2024-03-01 12:00:04 INFO  [web] GET /api/orders 200 0.044s
2024-03-01 12:00:05 ERROR [db] deadlock detected on table orders
2024-03-01 12:00:06 INFO  [web] GET /index.html 304 0.001s
"""

LINE = re.compile(
    r'(?P<date>\d{4}-\d{2}-\d{2}) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+\[(?P<source>\w+)\] (?P<message>.*)')
REQUEST = re.compile(r'(?P<method>GET|POST|PUT|DELETE) (?P<path>/\S*) (?P<status>\d{3}) (?P<secs>[\d.]+)s$')


def lines(text):
    for line in text.splitlines():
        yield line


def parse(lines):
    for n, line in enumerate(lines, 1):
        m = LINE.match(line)
        if m is None:
            print(f'line {n}: cannot parse {line!r}')
            continue
        yield m.groupdict()


def requests(records):
    for rec in records:
        m = REQUEST.search(rec['message'])
        if m:
            rec.update(m.groupdict())
            rec['status'] = int(rec['status'])
            rec['secs'] = float(rec['secs'])
            yield rec


by_status = {}
slow = []
for rec in requests(parse(lines(LOG))):
    by_status[rec['status']] = by_status.get(rec['status'], 0) + 1
    if rec['secs'] > 0.04:
        slow.append((rec['time'], rec['method'], rec['path'], rec['secs']))

print('requests by status:', dict(sorted(by_status.items())))
for entry in slow:
    print('slow:', entry)

levels = re.findall(r'^\S+ \S+ (\w+)', LOG, re.MULTILINE)
print('levels:', levels)
errors = [m.group('message') for m in map(LINE.match, LOG.splitlines()) if m and m['level'] == 'ERROR']
print('errors:', errors)
print(LINE.groupindex['level'], LINE.groups, sorted(LINE.groupindex))
