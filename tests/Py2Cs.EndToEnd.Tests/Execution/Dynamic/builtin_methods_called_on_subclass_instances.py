class Stack(list):
    def __repr__(self):
        return "Stack(" + list.__repr__(self) + ")"
    def __str__(self):
        return "S" + list.__str__(self)
    def __len__(self):
        return list.__len__(self) * 10
    def push(self, x):
        self.append(x)

class Reg(dict):
    def __repr__(self):
        return "Reg" + dict.__repr__(self)
    def __getitem__(self, k):
        return dict.__getitem__(self, k.lower())
    def __setitem__(self, k, v):
        dict.__setitem__(self, k.lower(), v)

s = Stack()
s.push(1); s.push(2)
print(s, repr(s), str(s), len(s))
r = Reg()
r["A"] = 1
print(r, r["a"], r["A"])
