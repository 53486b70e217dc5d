match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case a.b.c:
        pass
    case {"x": 1, "y": y, **rest}:
        pass
    case {1: _, None: _, a.b: _}:
        pass
    case 1 | 2.5 | -3 | 1+2j | 1-2j | -1-2j | "s" | b"b" | "a" "b":
        pass
    case None | True | False:
        pass
    case (1, 2):
        pass
    case (1,):
        pass
    case ():
        pass
    case []:
        pass
    case (x):
        pass
    case [1, [2, *_], (3, *rest)]:
        pass
    case str() | bytes():
        pass
    case x if x > 0:
        pass
    case (1 | 2) as y:
        pass
    case 1, 2:
        pass
    case *a, b:
        pass
    case {}:
        pass
    case int(x) as y:
        pass
    case _:
        pass
match x, y:
    case a, b: pass
match *x, y:
    case _: pass
match (x):
    case _: pass
match = 1
case = 2
_ = 3
match.x = 1
match[1] = 2
match(1)
print(match, case, _)
match: int = 1
def match(): pass
def case(match, case): pass
class match: pass
match -x:
    case _: pass
