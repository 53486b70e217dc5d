try:
    from _py2cs_absent_speedups import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None


def py_make_scanner(text):
    return text.split()


make_scanner = c_make_scanner or py_make_scanner
print(make_scanner("a b c"))

try:
    import _py2cs_absent_accelerator
    print("accelerated")
except ModuleNotFoundError as e:
    print("fallback:", e)


def load():
    try:
        import _py2cs_absent_native as native
    except (OSError, ImportError):
        return "pure"
    return native.name


print(load())
