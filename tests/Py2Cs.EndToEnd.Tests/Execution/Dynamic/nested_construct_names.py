# asyncore.close_all: an except clause names its exception as the loop variable it sits in, which C#
# refuses for a catch variable (CS0136); Python rebinds the one variable.
class Closer:
    def __init__(self, name, fails):
        self.name = name
        self.fails = fails

    def close(self):
        if self.fails:
            raise OSError(9, "Bad file descriptor")
        print("closed", self.name)


def close_all(items):
    for x in list(items):
        try:
            x.close()
        except OSError as x:
            print("error", x.errno, x)


def first_error(values):
    for v in values:
        try:
            return 10 // v
        except ZeroDivisionError as v:
            print("caught", type(v).__name__)
    return None


close_all([Closer("a", False), Closer("b", True), Closer("c", False)])
print(first_error([0, 5]))
