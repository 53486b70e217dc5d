# Exception classes whose __init__ calls the base class's __init__ by name after computing its arguments:
# the constructors run in Python's order, the library exception's __init__ sets args.


class Error(Exception):
    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)


class InterpolationError(Error):
    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section


class MissingOption(InterpolationError):
    def __init__(self, option, section, rawval, reference):
        msg = ("Bad value substitution: option {!r} in section {!r} contains "
               "an interpolation key {!r} which is not a valid option name. "
               "Raw value: {!r}".format(option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, msg)
        self.reference = reference


class Duplicate(Error):
    def __init__(self, section, source=None):
        msg = [repr(section), " already exists"]
        if source is not None:
            msg.insert(0, "While reading from %r: " % source)
        Error.__init__(self, "".join(msg))
        self.section = section


try:
    raise MissingOption("a", "sec", "%(b)s", "b")
except Error as e:
    print(e.message)
    print(e.args, e.reference, e.option)
try:
    raise Duplicate("sec", "f.ini")
except Error as e:
    print(e.message, e.args, e.section)
print(Error("plain").message, Error("plain").args)
