# run_forever / stop / run_until_complete on a loop made by hand.
import asyncio

loop = asyncio.new_event_loop()
log = []
def stopper():
    log.append("stop requested")
    loop.stop()
loop.call_soon(log.append, "first")
loop.call_soon(stopper)
loop.call_soon(log.append, "same batch still runs")
loop.call_later(0.01, log.append, "timer (next run_forever)")
loop.run_forever()
print(log, loop.is_running())
log.clear()
loop.call_later(0.02, loop.stop)
loop.run_forever()
print(log)
async def compute():
    await asyncio.sleep(0.01)
    return 7
print("run_until_complete ->", loop.run_until_complete(compute()))
fut = loop.create_future()
loop.call_later(0.01, fut.set_result, "from timer")
print("future ->", loop.run_until_complete(fut))
loop.close()
print("closed:", loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("call_soon on closed loop ->", e)
try:
    loop.run_forever()
except RuntimeError as e:
    print("run_forever on closed loop ->", e)
