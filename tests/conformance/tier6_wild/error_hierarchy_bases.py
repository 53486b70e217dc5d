class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(f"missing {key}")
        self.key = key


class Invalid(AppError, ValueError):
    pass


class MyKeyError(KeyError):
    pass


def lookup(d, k):
    if k not in d:
        raise NotFound(k)
    if d[k] < 0:
        raise Invalid(f"negative {k}")
    return d[k]


data = {"a": 1, "b": -1}
for k in ["a", "b", "c"]:
    try:
        print(lookup(data, k))
    except NotFound as e:
        print("not found:", e, e.key, e.args)
    except ValueError as e:
        print("value error:", e, isinstance(e, AppError))
try:
    raise MyKeyError("zz")
except KeyError as e:
    print(repr(e), str(e))
