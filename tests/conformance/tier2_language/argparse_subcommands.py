import argparse
import sys


def cmd_add(args):
    print("add", args.name, args.count, args.tags)


def cmd_list(args):
    print("list", args.all, args.format)


def build():
    parser = argparse.ArgumentParser(prog="tool", description="A tool with commands.")
    parser.add_argument("-v", "--verbose", action="store_true", help="say more")
    sub = parser.add_subparsers(dest="command", help="what to do")
    add = sub.add_parser("add", help="add an item")
    add.add_argument("name", help="item name")
    add.add_argument("--count", type=int, default=1)
    add.add_argument("--tags", nargs="*", default=[])
    add.set_defaults(func=cmd_add)
    lst = sub.add_parser("list", help="list items", aliases=["ls"])
    lst.add_argument("--all", action="store_true")
    lst.add_argument("--format", choices=["json", "text"], default="text")
    lst.set_defaults(func=cmd_list)
    return parser


def run(argv):
    parser = build()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:
        print("exit", e.code)
        return
    print(args.command, args.verbose)
    if hasattr(args, "func"):
        args.func(args)
    else:
        print("no command")


run(["add", "apple", "--count", "3"])
run(["-v", "add", "pear", "--tags", "x", "y"])
run(["list", "--all", "--format", "json"])
run(["ls"])
run([])
run(["remove"])
run(["add"])
run(["list", "--format", "xml"])
build().print_help()
run(["add", "--help"])
run(["list", "-h"])

p = argparse.ArgumentParser(prog="req")
s = p.add_subparsers(dest="cmd", required=True, title="commands", description="available commands", metavar="CMD")
s.add_parser("go", help="go somewhere")
s.add_parser("stop")
try:
    p.parse_args([])
except SystemExit as e:
    print("exit", e.code)
p.print_help()
print(p.parse_args(["go"]))
