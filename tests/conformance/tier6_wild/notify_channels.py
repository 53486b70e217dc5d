# Notification pipeline: channel classes built from mixins, cooperative super() through the MRO.
# features: mixins + cooperative super() chains through two mixins (method calls), mixin class attribute read through self and through a class, __mro__, isinstance/issubclass against mixins, f-string format spec inside a class with a method named format, asyncio.gather
import asyncio


class Channel:
    def __init__(self, name):
        self.name = name
        self.sent = []

    def format(self, msg):
        return msg

    def tags(self):
        return ["channel"]

    async def send(self, msg):
        await asyncio.sleep(0)
        text = self.format(msg)
        self.sent.append(text)
        return text


class UpperMixin:
    def format(self, msg):
        return super().format(msg).upper()

    def tags(self):
        return super().tags() + ["upper"]


class PrefixMixin:
    prefix = ">>"

    def format(self, msg):
        return f"{self.prefix} {super().format(msg)}"

    def tags(self):
        return super().tags() + ["prefix"]


class Loud(UpperMixin, PrefixMixin, Channel):
    prefix = "!!"


class Quiet(PrefixMixin, Channel):
    def tags(self):
        return ["quiet"] + super().tags()


class Shouty(UpperMixin, Channel):
    pass


async def main():
    chans = [Loud("sms"), Quiet("mail"), Shouty("push")]
    results = await asyncio.gather(*(c.send("hello there") for c in chans))
    for c, r in zip(chans, results):
        print(f"{c.name:5} {r!r} tags={c.tags()}")
    print([k.__name__ for k in Loud.__mro__])
    print([k.__name__ for k in Quiet.__mro__])
    print(isinstance(chans[0], PrefixMixin), isinstance(chans[2], PrefixMixin))
    print(issubclass(Loud, UpperMixin), Loud.prefix, Quiet.prefix)


asyncio.run(main())
