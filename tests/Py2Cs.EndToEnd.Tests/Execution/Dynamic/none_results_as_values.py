# Calls whose Python result is None (C# methods that return void) used as values.
class Executor:
    def submit(self, fn, *args):
        raise NotImplementedError()

    def map(self, fn, *iterables):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return fs

    def shutdown(self, wait=True):
        self.closed = wait


class Pool:
    def __init__(self, names):
        self.names = names
        self.closed = []

    def close(self, name):
        self.closed.append(name)

    def close_all(self):
        results = [self.close(n) for n in self.names]
        last = self.close("last")
        return results, last


log_lines = []


def log(msg):
    log_lines.append(msg)


def noop():
    pass


e = Executor()
try:
    e.map(print, [1, 2])
except NotImplementedError:
    print("base submit raises")
pool = Pool(["a", "b"])
print(pool.close_all(), pool.closed)
print([e.shutdown() for _ in range(2)])
print([log(x) for x in "ab"], log_lines)
print({k: log(k) for k in "xy"})
print(list(map(log, "cd")), log_lines)
r = e.shutdown(False)
print(r, e.closed)
print(noop() or "fallback")
print(log("z") is None, noop() == None)
value = noop() if log_lines else 0
print(value)
callbacks = [lambda: log("cb"), noop]
print([cb() for cb in callbacks], log_lines[-1])
print(str(noop()), repr(log("q")))
print(any(log(x) for x in "ef"), log_lines[-2:])
