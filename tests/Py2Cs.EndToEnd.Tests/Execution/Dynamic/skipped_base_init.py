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


a = Attributes({"b": 1, "a": 2})
n = NSAttributes({"y": 1, "x": 2}, {"x": "ns:x", "y": "ns:y"})
d = Deeper(5)
print(a.names(), n.names(), n.qnames(), d.qnames(), d.extra)
