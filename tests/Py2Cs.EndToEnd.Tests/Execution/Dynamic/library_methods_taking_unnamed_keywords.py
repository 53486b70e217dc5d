# Library methods whose signature ends in **kwargs, called with keywords it does not name.
import argparse
from collections import ChainMap, namedtuple
from string import Template
from types import SimpleNamespace


def greet(who, what):
    return Template("$who likes ${what}.").substitute(who=who, what=what)


print(greet("Ann", "tea"))
print(Template("$a-$b").safe_substitute(a=1))
print(Template("$a-$b").safe_substitute({"a": 1}, b=2))
t = Template("$x+$x")
print(t.substitute(x="y"))

base = ChainMap({"colour": "red"})
child = base.new_child(size=3, colour="blue")
print(child["colour"], child["size"], base["colour"])
child.update(size=4, weight=1.5)
print(sorted(child.items()))

parser = argparse.ArgumentParser(prog="demo")
parser.add_argument("--level", type=int)
parser.set_defaults(level=2, verbose=False)
args = parser.parse_args([])
print(args.level, args.verbose)

ns = SimpleNamespace(a=1, b="two")
print(ns, ns.a + 1)
print(argparse.Namespace(x=1, y=[2]))

P = namedtuple("P", "x y")
print(P(1, 2)._replace(y=5))
