# Codec registry through __init_subclass__ with a keyword; lookup by name.
# features: __init_subclass__ with a class keyword and super().__init_subclass__(**kw), class registry, subclass calling super().encode, NotImplementedError in the base, asyncio.gather
import asyncio


class Codec:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.codec_name = name or cls.__name__.lower()
        Codec.registry[cls.codec_name] = cls

    def encode(self, text):
        raise NotImplementedError

    async def encode_async(self, text):
        await asyncio.sleep(0)
        return self.encode(text)


class Rot13(Codec, name="rot13"):
    def encode(self, text):
        out = []
        for ch in text:
            if "a" <= ch <= "z":
                out.append(chr((ord(ch) - 97 + 13) % 26 + 97))
            else:
                out.append(ch)
        return "".join(out)


class Reverse(Codec):
    def encode(self, text):
        return text[::-1]


class Shout(Reverse, name="shout"):
    def encode(self, text):
        return super().encode(text).upper()


async def main():
    print(sorted(Codec.registry))
    codecs = [Codec.registry[n]() for n in sorted(Codec.registry)]
    res = await asyncio.gather(*(c.encode_async("hello") for c in codecs))
    for c, r in zip(codecs, res):
        print(c.codec_name, type(c).__name__, r)
    try:
        Codec().encode("x")
    except NotImplementedError:
        print("base codec refuses")


asyncio.run(main())
