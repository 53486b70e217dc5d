import asyncio
import os
import signal

received = []

def handler(signum, frame):
    received.append(signal.Signals(signum).name)

async def main():
    old = signal.signal(signal.SIGUSR2, handler)
    print(old == signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.sleep(0.05)
    print(received)
    signal.signal(signal.SIGUSR2, signal.SIG_IGN)
    os.kill(os.getpid(), signal.SIGUSR2)
    await asyncio.sleep(0.05)
    print(received, signal.getsignal(signal.SIGUSR2) == signal.SIG_IGN)

asyncio.run(main())
