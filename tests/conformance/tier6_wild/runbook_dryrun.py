# dry-run of an ops runbook -- my quick tool, parses the steps like a shell would
import asyncio, shlex, fnmatch, calendar, warnings, pprint

RUNBOOK = """
# restart the web tier, one host at a time
restart --hosts 'web-0[1-3]*' --grace 2 "nginx php-fpm"
migrate --db orders --dry-run --old-flag
notify '#ops channel' "Deploy of v2.4 \\"hotfix\\" done"
drain --hosts "db-*" --grace=5
"""
HOSTS = ["web-01.dc1", "web-02.dc1", "web-04.dc1", "db-main", "db-replica", "cache-01"]

class OldFlagWarning(DeprecationWarning):
    pass

def parse(line):
    argv = shlex.split(line, comments=True)
    if not argv:
        return None
    cmd, opts, args = argv[0], {}, []
    it = iter(argv[1:])
    for tok in it:
        if tok.startswith("--"):
            key, eq, val = tok[2:].partition("=")
            if key == "old-flag":
                warnings.warn(f"--{key} is deprecated, ignoring", OldFlagWarning)
                continue
            if eq:
                opts[key] = val
            elif key in ("hosts", "grace", "db"):
                opts[key] = next(it)
            else:
                opts[key] = True
        else:
            args.append(tok)
    return cmd, opts, args

async def run_step(n, cmd, opts, args):
    hosts = fnmatch.filter(HOSTS, opts.get("hosts", "*")) if "hosts" in opts else []
    grace = int(opts.get("grace", 0))
    await asyncio.sleep(0.01 * n)
    line = shlex.join([cmd, *args])
    return f"step {n}: {line} on {hosts or 'nowhere'} (grace {grace}s)"

def window(year, month):
    # maintenance is the last Sunday of the month
    weeks = calendar.monthcalendar(year, month)
    day = weeks[-1][calendar.SUNDAY] or weeks[-2][calendar.SUNDAY]
    return f"{calendar.day_name[calendar.weekday(year, month, day)]} {day} {calendar.month_name[month]} {year}"

async def main():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        steps = [s for s in map(parse, RUNBOOK.splitlines()) if s]
    for w in caught:
        print("warning:", w.category.__name__, "-", w.message)
    plan = {"window": window(2026, 12), "leap": calendar.isleap(2028), "steps": [
        {"cmd": c, "opts": o, "args": a} for c, o, a in steps]}
    pprint.pprint(plan, width=72)
    results = await asyncio.gather(*(run_step(i, *s) for i, s in enumerate(steps, 1)))
    print("\n".join(results))
    try:
        shlex.split("notify 'unterminated")
    except ValueError as e:
        print("bad step:", e)
    print(calendar.month(2026, 12))

asyncio.run(main())
