#!/usr/bin/env python3
"""Tiny todo manager, run as a script."""
import sys
import argparse
import logging

log = logging.getLogger("todo")

def build_parser():
    p = argparse.ArgumentParser(prog="todo", description="manage todos")
    p.add_argument("--verbose", "-v", action="store_true")
    p.add_argument("--limit", type=int, default=3)
    p.add_argument("items", nargs="*", default=["write code", "test it", "ship it", "rest"])
    return p

def main(argv=None):
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
    log.debug("args=%s", args)
    shown = args.items[: args.limit]
    for n, item in enumerate(shown, 1):
        print(f"[{n}] {item}")
    if len(args.items) > args.limit:
        log.warning("%d more not shown", len(args.items) - args.limit)
    print("done", file=sys.stderr)
    return 0 if shown else 1

if __name__ == "__main__":
    rc = main([])
    print("rc", rc)
    rc = main(["-v", "--limit", "1", "a", "b"])
    sys.exit(main(["--limit", "0"]))
