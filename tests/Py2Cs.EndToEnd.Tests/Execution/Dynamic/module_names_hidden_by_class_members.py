# A module function or variable named like a member of some class: a method total() calling the module's total(),
# a class attribute `describe = describe` and `limit = limit * 2` read before the class binds them (Python's
# class-body lookup goes on to the module).


def describe(x):
    return f"<{x}>"


def total(xs):
    return sum(xs)


limit = 3
scale = 10


class Report:
    describe = describe
    limit = limit * 2
    scale = 100

    def __init__(self, xs):
        self.xs = xs

    def total(self):
        return total(self.xs) * scale

    def show(self):
        return describe(self.total()) + " " + Report.describe("k")


class Child(Report):
    def total(self):
        return total(self.xs) + limit


def make():
    class Local:
        scale = scale * 2

        def total(self):
            return total([1, 2]) * self.scale

    return Local()


r = Report([1, 2])
print(r.show(), Report.limit, limit, Report.scale, scale)
print(Child([5]).show(), make().total())
