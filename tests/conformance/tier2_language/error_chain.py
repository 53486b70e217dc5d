import asyncio

class ConfigError(Exception):
    pass

class ValidationError(ValueError):
    def __init__(self, field, msg):
        super().__init__(f"{field}: {msg}")
        self.field = field

def parse_port(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad port {s!r}") from e

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise ValidationError(k, "missing")

async def load(cfg):
    await asyncio.sleep(0)
    return parse_port(cfg["port"]), lookup(cfg, "host")

async def main():
    for cfg in [{"port": "80", "host": "a"}, {"port": "http"}, {"port": "22"}]:
        try:
            print(await load(cfg))
        except ConfigError as e:
            print("config:", e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
        except ValidationError as e:
            print("validation:", e, e.field, "| context:", repr(e.__context__), e.__cause__)
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("wrapped") from None
    except RuntimeError as e:
        print(e, e.__cause__, e.__suppress_context__, type(e.__context__).__name__)
    errs = []
    for f in (lambda: [][1], lambda: {}["k"], lambda: int("x"), lambda: None.foo, lambda: 1 + "a", lambda: [1, 2].index(5)):
        try:
            f()
        except Exception as e:
            errs.append(f"{type(e).__name__}: {e}")
    print(*errs, sep="\n")
    try:
        raise ExceptionGroup("many", [ValueError("v"), TypeError("t")])
    except* ValueError as eg:
        print("got values", [str(x) for x in eg.exceptions])
    except* TypeError as eg:
        print("got types", len(eg.exceptions))
    e = KeyError("abc")
    print(str(e), repr(e), e.args, repr(ValueError()), str(OSError(2, "nope")))
    try:
        assert 1 > 2, "math broke"
    except AssertionError as a:
        print("assert:", a)
    finally:
        print("finally ran")
    cfg = {"port": "x"}
    await load(cfg)

asyncio.run(main())
