import asyncio

class Waiter:
    def __await__(self):
        print("yielding")
        yield
        print("resumed")
        return 5

async def worker():
    try:
        print("worker start")
        v = await Waiter()
        print("got", v)
    except GeneratorExit:
        print("GeneratorExit at await")
        raise
    finally:
        print("finally runs")

c = worker()
c.send(None)
c.close()
print("closed")
c2 = worker()
c2.send(None)
try:
    c2.send(None)
except StopIteration as e:
    print("StopIteration value", e.value)
