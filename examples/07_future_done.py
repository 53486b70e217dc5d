# Inspecting a Future without an event loop: done() before and after set_result().
import asyncio
future = asyncio.Future()
print(future.done())  # False (not yet done)

# Set a result or exception
future.set_result(42)
print(future.done())  # True (the future is now completed)
print(future.result())  # 42 (the result is ready)
