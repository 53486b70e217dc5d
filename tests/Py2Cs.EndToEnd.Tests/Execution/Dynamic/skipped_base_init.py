# A subclass whose __init__ never calls its base's (which takes arguments) constructs without running it, as in
# Python: its C# constructor chains to the base's SkipInit constructor, down two levels.
class Attributes:
    def __init__(self, attrs):
        print("Attributes.__init__")
        self._attrs = attrs

    def names(self):
        return sorted(self._attrs)


class NSAttributes(Attributes):
    def __init__(self, attrs, qnames):
        self._attrs = attrs
        self._qnames = qnames

    def qnames(self):
        return [self._qnames[k] for k in self.names()]


class Deeper(NSAttributes):
    def __init__(self, extra):
        self._attrs = {"z": 1}
        self._qnames = {"z": "ns:z"}
        self.extra = extra


# Every parameter has a Python default, but () and {} are not C# constants: the C# constructor still takes
# arguments, so a subclass that skips it chains to SkipInit too (multiprocessing's BaseProcess/_ParentProcess).
class Process:
    def __init__(self, name=None, args=(), kwargs={}, *, daemon=None):
        print("Process.__init__")
        self.name = name


class ParentProcess(Process):
    def __init__(self, name):
        self.name = "parent-" + name


class Worker(Process):
    def __init__(self, *args, **kwargs):
        self.name = "worker"


print(ParentProcess("p").name, Worker(1, x=2).name, Process("q", (1,)).name)


a = Attributes({"b": 1, "a": 2})
n = NSAttributes({"y": 1, "x": 2}, {"x": "ns:x", "y": "ns:y"})
d = Deeper(5)
print(a.names(), n.names(), n.qnames(), d.qnames(), d.extra)
