# Methods and constructors called with arguments left out or named, where the receiver's type is not
# known statically: every default the def wrote, constant or shared mutable, is seen by the call.


class Counter:
    def __init__(self, start=0, step=1, label="c"):
        self.value = start
        self.step = step
        self.label = label

    def bump(self, times=1, scale=-1.5, loud=False, note=None):
        self.value += self.step * times * scale
        text = f"{self.label}={self.value}"
        return text.upper() if loud else text + ("" if note is None else " " + note)

    def remember(self, item, seen=[]):
        seen.append(item)
        return list(seen)


def pick(flag):
    return Counter(10, label="ten") if flag else Counter()


for flag in (True, False):
    c = pick(flag)
    print(c.bump(), c.bump(2), c.bump(loud=True), c.bump(note="n", times=3))
    print(c.remember(flag), c.remember("x", []), c.remember(c.label))
