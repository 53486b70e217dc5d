class Registry(dict):
    def __missing__(self, key):
        return f"<no {key}>"

    def __setitem__(self, key, value):
        print(f"register {key}")
        super().__setitem__(key.lower(), value)

r = Registry()
r["Alpha"] = 1
r["BETA"] = 2
r.update({"Gamma": 3})
print(r)
print(r["alpha"], r["zeta"], r.get("zeta"), r.get("beta"))
print(len(r), sorted(r.keys()))
print(isinstance(r, dict), type(r).__name__)
