import asyncio
import re
from collections import Counter, defaultdict
from datetime import datetime

LOG = """\
2024-03-01 10:00:01 INFO  [web] GET /index.html 200 0.012
2024-03-01 10:00:02 WARN  [web] GET /missing 404 0.003
2024-03-01 10:00:05 INFO  [api] POST /v1/users 201 0.145
2024-03-01 10:01:00 ERROR [api] POST /v1/orders 500 1.502
2024-03-01 10:01:30 INFO  [web] GET /index.html 200 0.010
2024-03-01 10:02:00 INFO  [api] GET /v1/users 200 0.044
garbage line here
2024-03-01 10:03:10 ERROR [db] QUERY users 500 3.250
"""

LINE = re.compile(r"(?P<ts>\S+ \S+) (?P<lvl>\w+)\s+\[(?P<svc>\w+)\] (?P<verb>\w+) (?P<path>\S+) (?P<code>\d{3}) (?P<dur>[\d.]+)")

async def parse_lines(text):
    out = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        m = LINE.match(raw)
        if not m:
            print(f"line {lineno}: skipped {raw!r}")
            continue
        d = m.groupdict()
        d["ts"] = datetime.strptime(d["ts"], "%Y-%m-%d %H:%M:%S")
        d["code"], d["dur"] = int(d["code"]), float(d["dur"])
        out.append(d)
        await asyncio.sleep(0)
    return out

async def main():
    recs = await parse_lines(LOG)
    print(len(recs), "records")
    by_lvl = Counter(r["lvl"] for r in recs)
    print(by_lvl.most_common())
    per_svc = defaultdict(list)
    for r in recs:
        per_svc[r["svc"]].append(r["dur"])
    print("%-5s %5s %8s %8s" % ("svc", "n", "avg", "max"))
    for svc, durs in sorted(per_svc.items()):
        print("%-5s %5d %8.3f %8.3f" % (svc, len(durs), sum(durs) / len(durs), max(durs)))
    span = recs[-1]["ts"] - recs[0]["ts"]
    print("span:", span, span.total_seconds(), "errors:", [r["path"] for r in recs if r["code"] >= 500])
    slow = sorted(recs, key=lambda r: r["dur"], reverse=True)[:2]
    for r in slow:
        print(f"{r['ts']:%H:%M:%S} {r['path']:<12} {r['dur'] * 1000:>8.1f}ms")
    buckets = Counter(r["ts"].replace(second=0) for r in recs)
    for minute, n in sorted(buckets.items()):
        print(minute.strftime("%H:%M"), "#" * n)
    status = {code // 100: [] for code in (200, 404, 500)}
    for r in recs:
        status[r["code"] // 100].append(r["code"])
    print(status)
    print("%(svc)s had %(n)d hits" % {"svc": "web", "n": len(per_svc["web"])}, "%5.1f%%" % (100 * by_lvl["ERROR"] / len(recs)))
    print("%s %r %a %c %e %E %G" % ("s", "r", "é", 65, 12345.678, 0.00012, 1e-10))
    print("%+d % d %05.1f %-5d| %#x %#o %.3s" % (5, 5, 3.14159, 42, 255, 8, "abcdef"))

asyncio.run(main())
