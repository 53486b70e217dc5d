# Shapes of the CPython standard library that once made partial mode's C# fail to compile.
import sys

# argparse: fallback defs of a guarded import, called from methods (a def inside try/except or if
# whose name is read outside its block is a module variable the def assigns).
try:
    from _py2cs_absent_gettext import gettext as _, ngettext
except ImportError:
    def _(message):
        return message

    def ngettext(singular, plural, n):
        return singular if n == 1 else plural

if sys.version_info >= (3, 0):
    def greet(name):
        return "hi " + name
else:
    def greet(name):
        return "old " + name


# argparse's _AttributeHolder: a local named as the runtime helper type(self).__name__ uses.
class Holder:
    def __init__(self):
        self.label = _("options")

    def __repr__(self):
        type_name = type(self).__name__
        return "%s(%s, %s)" % (type_name, self.label, ngettext("one", "many", 2))


# _collections_abc: a classmethod of two bases, one member in the subclass (the one the MRO finds).
class Iterable:
    @classmethod
    def hook(cls, other):
        return f"{cls.__name__} iterable {other}"


class Reversible(Iterable):
    @classmethod
    def hook(cls, other):
        return f"{cls.__name__} reversible {other}"


class Sized:
    def __init__(self):
        self.size = 0


class Collection(Sized, Iterable):
    @classmethod
    def hook(cls, other):
        return f"{cls.__name__} collection {other}"


class Sequence(Reversible, Collection):
    pass


# optparse: a class attribute the class body assigns twice (the last value is the class's).
class Option:
    KIND = None

    def kind(self):
        return self.KIND

    KIND = "store"


# minidom: a class attribute of the name a mixin's method assigns on the instance.
class Identified:
    def _identified_init(self, public_id):
        self.publicId = public_id


class Node:
    def __init__(self):
        self.children = []


class DocumentType(Identified, Node):
    publicId = None


# tomllib's Flags: a method named as a builtin the class's other methods call (set()).
class Flags:
    def __init__(self):
        self._pending = set()

    def set(self, key, flag):
        self._pending.add((key, flag))

    def flags(self):
        return sorted(self._pending)


# urllib.parse: a chained assignment of None.
def split_user(netloc):
    if "@" in netloc:
        username, _, host = netloc.partition("@")
        password = None
    else:
        username = password = None
        host = netloc
    return username, password, host


# asyncio.locks: a mixin without __init__ under a class whose __init__ never calls super().__init__.
class _ContextManagerMixin:
    def __enter__(self):
        self.acquire()
        return None

    def __exit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    def __init__(self):
        self._locked = False

    def acquire(self):
        self._locked = True

    def release(self):
        self._locked = False

    def locked(self):
        return self._locked


# multiprocessing.synchronize: a base __init__ needing a keyword-only argument, skipped by a subclass that
# calls its grandparent's __init__ by name.
class SemLock:
    def __init__(self, kind, value, maxvalue, *, ctx):
        self.kind = kind
        self.value = value
        self.maxvalue = maxvalue
        self.ctx = ctx


class Semaphore(SemLock):
    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, "semaphore", value, 10, ctx=ctx)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx):
        SemLock.__init__(self, "bounded", value, value, ctx=ctx)


def main():
    print(repr(Holder()))
    print(greet("bob"))
    print(Sequence.hook("x"))
    print(Collection.hook("y"))
    print([c.__name__ for c in Sequence.__mro__])
    print(Option().kind())
    doctype = DocumentType()
    print(doctype.publicId, doctype.children)
    doctype._identified_init("-//W3C//DTD")
    print(doctype.publicId)
    flags = Flags()
    flags.set("a", 1)
    flags.set("b", 2)
    print(flags.flags())
    print(split_user("bob@host"), split_user("host"))
    lock = Lock()
    with lock:
        print("inside", lock.locked())
    print("outside", lock.locked())
    for sem in (Semaphore(2, ctx="fork"), BoundedSemaphore(3, ctx="spawn")):
        print(type(sem).__name__, sem.kind, sem.value, sem.maxvalue, sem.ctx)


main()
