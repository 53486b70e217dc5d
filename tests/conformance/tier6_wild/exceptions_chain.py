class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(key, reason)
        self.key = key

    def __str__(self):
        return f"config key {self.key!r} is {self.args[1]}"

def load(cfg, key):
    try:
        return cfg[key]
    except KeyError as e:
        raise ConfigError(key) from e

def parse_port(cfg):
    raw = load(cfg, "port")
    try:
        return int(raw)
    except ValueError:
        raise ConfigError("port", "not a number")

for cfg in [{"port": "80"}, {}, {"port": "eighty"}]:
    try:
        print("port", parse_port(cfg))
    except AppError as err:
        print(type(err).__name__, err, repr(err.__cause__), type(err.__context__).__name__, err.args)

def cleanup_order():
    log = []
    try:
        try:
            log.append("body")
            raise RuntimeError("inner")
        finally:
            log.append("inner finally")
    except RuntimeError as e:
        log.append(f"caught {e}")
    else:
        log.append("no error")
    finally:
        log.append("outer finally")
    return log
print(cleanup_order())

def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")
print(returns_in_finally())
errors = []
for v in ["1", "x", None, "3"]:
    try:
        errors.append(int(v))
    except (ValueError, TypeError) as e:
        errors.append(type(e).__name__)
print(errors)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("assert:", e)
e = ExceptionGroup("many", [ValueError("a"), KeyError("b")])
print(repr(e), len(e.exceptions))
raise ConfigError("db.host")
