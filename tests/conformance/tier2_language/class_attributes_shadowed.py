class Base:
    limit = 3
    tag = "base"
    retries = 1

    def __init__(self, retries=None):
        self.items = []
        if retries is not None:
            self.retries = retries

    def show(self):
        return f"{self.tag} {self.limit} {type(self).limit} {self.retries}"


class Sub(Base):
    limit = 5


b = Base()
s = Sub(4)
print(b.show(), s.show())
s.limit = 9
print(s.show(), Sub.limit, b.limit)
setattr(b, "tag", "custom")
print(b.show(), Base.tag, getattr(b, "tag"))
print(b.__dict__, s.__dict__, vars(s))
print(Base.retries, b.retries, s.retries)
