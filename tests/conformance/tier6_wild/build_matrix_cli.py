#!/usr/bin/env python3
"""buildmx -- run a matrix of builds concurrently (simulated). Parses several command lines the
way the CI wrapper calls it, then one that is wrong, which ends the run with argparse's exit 2."""
import argparse
import asyncio


def jobs_arg(text):
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number")
    if not 1 <= n <= 8:
        raise argparse.ArgumentTypeError(f"jobs must be between 1 and 8, got {n}")
    return n


def make_parser():
    p = argparse.ArgumentParser(
        prog="buildmx",
        description="Build every target for every platform, a few at a time.",
    )
    p.add_argument("targets", nargs="+", metavar="TARGET", help="what to build")
    p.add_argument("-p", "--platform", action="append", choices=["linux", "mac", "win"],
                   help="platform to build for (repeatable; default: all)")
    p.add_argument("-j", "--jobs", type=jobs_arg, default=2, help="parallel builds (default: %(default)s)")
    p.add_argument("-q", "--quiet", action="store_true", help="only print the summary")
    p.add_argument("--verbose", "-v", action="count", default=0)
    p.add_argument("--opt", type=int, choices=range(4), default=2, help="optimisation level")
    p.add_argument("--version", action="version", version="%(prog)s 1.4")
    return p


async def build(target, platform, opt, slot, log):
    await asyncio.sleep(0.01 * (len(target) % 3 + 1))
    log.append(f"{target}@{platform} -O{opt}")
    return len(target) * (3 if platform == "win" else 2)


async def run(args):
    platforms = args.platform or ["linux", "mac", "win"]
    sem = asyncio.Semaphore(args.jobs)
    log = []

    async def limited(t, pl):
        async with sem:
            return await build(t, pl, args.opt, None, log)

    sizes = await asyncio.gather(*(limited(t, pl) for t in args.targets for pl in platforms))
    if not args.quiet:
        for line in sorted(log):
            print("  built", line)
    print(f"{len(sizes)} builds, {sum(sizes)} MB, jobs={args.jobs}, verbosity={args.verbose}")


parser = make_parser()
print(parser.format_usage(), end="")
for argv in (
    ["core", "ui", "-p", "linux", "--platform=win", "-j", "3", "-vv"],
    ["core", "--quiet", "--opt", "0"],
    ["api", "-qv", "-p", "mac"],
):
    args = parser.parse_args(argv)
    print(args)
    asyncio.run(run(args))

parser.print_help()
for argv in (["core", "-j", "9"], ["core", "-p", "bsd"], ["core", "--opt", "7"], ["-j", "2"], ["core", "--jobs"], ["core", "--colour"]):
    try:
        parser.parse_args(argv)
    except SystemExit as exc:
        print("rejected", argv, "status", exc.code)
parser.parse_args(["core", "--jobs", "many"])
print("not reached")
