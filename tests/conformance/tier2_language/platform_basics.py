import platform
import sys

print(platform.system())
print(platform.python_version() == "%d.%d.%d" % sys.version_info[:3])
print(platform.python_version_tuple()[:2])
print(platform.python_implementation())
print(platform.machine() in ("x86_64", "aarch64", "arm64", "AMD64"))
print(isinstance(platform.node(), str) and len(platform.node()) > 0)
print(platform.architecture()[0])
u = platform.uname()
print(u.system, u.machine == platform.machine(), u.release == platform.release(), u.node == platform.node())
print(platform.platform().startswith(platform.system() + "-" + platform.release()))
print(platform.platform(terse=True) == platform.system() + "-" + platform.release())
print(type(u).__name__, len(u))
