#!/usr/bin/env python3
"""Checks a Chrome Trace Event export as a trace processor reads it (the schema
ChromeExportTests checks, for exports too big for the test suite):

  python3 tools/chrome_check.py TRACE.json

Every event has ph, pid, tid, name; every timed one a numeric ts >= 0; X spans a
dur >= 0, in order on each track (a `waiting` span, written when it ends, may
start before the last running span's start); instant events are thread-scoped;
flows are paired by id, each start at or before its end. Prints counts and the
virtual time the spans cover; exit status 1 on any violation. Standard library only.
"""
import json
import sys


def main(path):
    with open(path) as f:
        events = json.load(f)["traceEvents"]
    bad = 0
    last = {}
    starts, ends = {}, {}
    spans = {"running": 0.0, "waiting": 0.0}
    for e in events:
        ph = e.get("ph")
        if ph is None or "pid" not in e or "tid" not in e or "name" not in e:
            bad += 1
            continue
        if ph == "M":
            continue
        ts = e.get("ts")
        if not isinstance(ts, (int, float)) or ts < 0:
            bad += 1
            continue
        if ph == "X":
            dur = e.get("dur")
            if not isinstance(dur, (int, float)) or dur < 0:
                bad += 1
            tid = e["tid"]
            if tid in last and ts < last[tid] and e["name"] != "waiting":
                bad += 1
            last[tid] = max(last.get(tid, 0), ts)
            spans[e["name"]] = spans.get(e["name"], 0.0) + (dur or 0)
        elif ph == "i":
            bad += e.get("s") != "t"
        elif ph in ("s", "f"):
            (starts if ph == "s" else ends)[e["id"]] = ts
            if ph == "f":
                bad += e.get("bp") != "e"
        else:
            bad += 1
    unpaired = set(starts) ^ set(ends)
    backwards = sum(1 for k in starts if k in ends and starts[k] > ends[k])
    print(f"{len(events)} events, {len(starts)} flows ({len(unpaired)} unpaired, {backwards} backwards), "
          f"{bad} bad; span time (virtual s): " + ", ".join(f"{k} {v / 1e6:.3f}" for k, v in sorted(spans.items())))
    return 1 if bad or unpaired or backwards else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
