def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def reset():
        nonlocal count
        count = start
    inc.reset = reset
    return inc

c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())

funcs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in funcs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])

TOTAL = 0
def add_total(n):
    global TOTAL
    TOTAL += n
    return TOTAL
for n in range(5):
    add_total(n)
print(TOTAL)

def memo(fn):
    cache = {}
    def wrapper(*args):
        if args not in cache:
            cache[args] = fn(*args)
        else:
            print("hit", args)
        return cache[args]
    wrapper.cache = cache
    return wrapper

@memo
def slow_add(a, b):
    return a + b

print(slow_add(1, 2), slow_add(1, 2), slow_add(2, 1), len(slow_add.cache))

def compose(*fs):
    def run(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return run

inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5), compose()(7), compose(str, abs)(-3))
def accumulate_calls():
    calls = []
    def record(*args, **kwargs):
        calls.append((args, tuple(sorted(kwargs.items()))))
        return len(calls)
    return record, calls
rec, log = accumulate_calls()
rec(1, 2); rec(a=1); rec(3, b=4, a=0)
print(log)
