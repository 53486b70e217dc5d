import asyncio
import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")

def handler(loop, context):
    logging.getLogger("app").warning("handled: %s", context["message"])

async def main():
    loop = asyncio.get_running_loop()
    loop.call_exception_handler({"message": "custom problem"})
    loop.set_exception_handler(handler)
    loop.call_exception_handler({"message": "second problem"})
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "third problem", "detail": 42})
    print("end of main")

asyncio.run(main())
print("after run")
