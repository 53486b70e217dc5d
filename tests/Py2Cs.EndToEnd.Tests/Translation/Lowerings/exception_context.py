# Implicit exception chaining (__context__), `from None`, exception aliases, and except clauses
# whose classes are values held in variables.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise KeyError(text)


def quiet(text):
    try:
        return int(text)
    except ValueError:
        raise LookupError(text) from None


try:
    parse("x")
except KeyError as e:
    print(type(e).__name__, repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    quiet("y")
except LookupError as e:
    print(type(e).__name__, repr(e.__context__), e.__cause__, e.__suppress_context__)

print(IOError is OSError, EnvironmentError is OSError)
try:
    raise IOError("disk")
except OSError as e:
    print("caught", type(e).__name__, e)


def act(kind):
    if kind == "value":
        raise ValueError("v")
    if kind == "key":
        raise KeyError("k")


def attempt(retry_on, kind):
    try:
        act(kind)
    except retry_on as e:
        return f"retry after {type(e).__name__}"
    return "ok"


print(attempt(ValueError, "value"))
print(attempt((KeyError, ValueError), "key"))
try:
    attempt(KeyError, "value")
except ValueError as e:
    print("escaped", e)
print(attempt(ValueError, "none"))
