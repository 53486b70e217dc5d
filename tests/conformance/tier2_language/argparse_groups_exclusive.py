import argparse

parser = argparse.ArgumentParser(prog="grp", epilog="That is all.")
parser.add_argument("source")
io = parser.add_argument_group("input/output", "Where data goes.")
io.add_argument("-o", "--output", metavar="FILE", help="write here")
io.add_argument("--append", action="store_true", help="append instead")
mode = parser.add_mutually_exclusive_group()
mode.add_argument("-q", "--quiet", action="store_true", help="less output")
mode.add_argument("--loud", action="store_true", help="more output")
fmt = parser.add_mutually_exclusive_group(required=True)
fmt.add_argument("--json", action="store_true")
fmt.add_argument("--csv", action="store_true")
print(parser.format_usage(), end="")
parser.print_help()


def attempt(argv):
    try:
        print(parser.parse_args(argv))
    except SystemExit as e:
        print("exit", e.code)


attempt(["in.txt", "--json", "-o", "out.txt"])
attempt(["in.txt", "--csv", "-q"])
attempt(["in.txt", "--csv", "-q", "--loud"])
attempt(["in.txt", "--json", "--csv"])
attempt(["in.txt"])
attempt(["in.txt", "--loud", "--json", "--append"])
