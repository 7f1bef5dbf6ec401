# Generator pipelines, after David Beazley's "Generator Tricks for Systems Programmers"
log = """\
81.107.39.38 - - [24/Feb/2008:00:08:59 -0600] "GET /ply/ply.html HTTP/1.1" 200 97238
24.228.47.4 - - [24/Feb/2008:00:09:02 -0600] "GET /favicon.ico HTTP/1.1" 404 133
81.107.39.38 - - [24/Feb/2008:00:09:03 -0600] "GET /ply/bookplug.gif HTTP/1.1" 200 23903
81.107.39.38 - - [24/Feb/2008:00:09:04 -0600] "GET /ply/example.html HTTP/1.1" 200 2359
66.249.72.134 - - [24/Feb/2008:00:09:05 -0600] "GET /index.html HTTP/1.1" 200 4447
""".splitlines()

def field_map(dictseq, name, func):
    for d in dictseq:
        d[name] = func(d[name])
        yield d

def lines_from(seq):
    for line in seq:
        yield line

def apache_log(lines):
    colnames = ('host', 'referrer', 'user', 'datetime', 'method', 'request', 'proto', 'status', 'bytes')
    tuples = (line.replace('[', '').replace(']', '').replace('"', '').split() for line in lines)
    tuples = ((t[0], t[1], t[2], t[3] + ' ' + t[4], t[5], t[6], t[7], t[8], t[9]) for t in tuples)
    log = (dict(zip(colnames, t)) for t in tuples)
    log = field_map(log, "status", int)
    log = field_map(log, "bytes", lambda s: int(s) if s != '-' else 0)
    return log

records = apache_log(lines_from(log))
bytes_sent = sum(r['bytes'] for r in records)
print("Total", bytes_sent)
stat404 = {r['request'] for r in apache_log(log) if r['status'] == 404}
for r in sorted(stat404):
    print(r)
large = (r for r in apache_log(log) if r['bytes'] > 10000)
for r in large:
    print(r['request'], r['bytes'])
hosts = set(r['host'] for r in apache_log(log))
print(sorted(hosts))
print(max((r['bytes'], r['request']) for r in apache_log(log)))
