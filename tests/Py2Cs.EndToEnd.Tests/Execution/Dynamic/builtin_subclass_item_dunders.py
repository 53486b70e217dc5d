# A dict or list subclass's __getitem__/__setitem__/__delitem__/__contains__ run for the syntax
# (d[k], d[k] = v, del d[k], k in d); dict's own methods (update, get, setdefault) do not call them.
class LowerKeys(dict):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __delitem__(self, key):
        print("del", key)
        super().__delitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def __missing__(self, key):
        return "missing:" + key


d = LowerKeys()
d["Alpha"] = 1
d["BETA"] = 2
d.update({"Gamma": 3})
d.setdefault("Delta", 4)
print(d)
print(d["ALPHA"], d["beta"], d["zeta"], d.get("Gamma"), d.get("gamma"))
print("ALPHA" in d, "gamma" in d, "Gamma" in d)
del d["Alpha"]
print(sorted(d), len(d))


class Audited(list):
    def __setitem__(self, index, value):
        print("write", index, value)
        super().__setitem__(index, value * 10)

    def __getitem__(self, index):
        value = super().__getitem__(index)
        return -value if isinstance(index, int) else value


xs = Audited([1, 2, 3])
xs[0] = 5
xs.append(4)
print(xs, xs[0], xs[1:3], xs.index(4))


def store(target, key, value):
    target[key] = value
    return target[key]


print(store(LowerKeys(), "KEY", "v"), store(Audited([0]), 0, 7))
