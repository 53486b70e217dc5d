import asyncio


def handler(loop, context):
    msg = context.get("exception", context["message"])
    print(f"custom handler: {type(msg).__name__}: {msg}")


def bad_callback():
    raise ZeroDivisionError("in callback")


async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback)
    await asyncio.sleep(0.01)
    loop.call_exception_handler({"message": "manual report"})
    print(loop.get_exception_handler() is handler)
    loop.set_exception_handler(None)
    print(loop.get_exception_handler())
    print(loop.get_debug())

asyncio.run(main(), debug=False)
print("finished")
