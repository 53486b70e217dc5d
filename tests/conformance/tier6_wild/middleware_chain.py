# Web-ish middleware chain: handlers wrapped by a list of middleware factories, built with reduce.
import asyncio
from functools import reduce, wraps
from typing import Awaitable, Callable, Dict

Request = Dict[str, str]
Handler = Callable[[Request], Awaitable[str]]


def logging_mw(tag: str):
    def mw(handler: Handler) -> Handler:
        @wraps(handler)
        async def inner(req: Request) -> str:
            print(f"[{tag}] -> {req['path']}")
            resp = await handler(req)
            print(f"[{tag}] <- {resp}")
            return resp
        return inner
    return mw


def auth_mw(handler):
    async def inner(req):
        if req.get("user") is None:
            return "401"
        return await handler(req)
    return inner


def timing_mw(handler):
    async def inner(req):
        await asyncio.sleep(0.001)
        return (await handler(req)) + "+t"
    return inner


ROUTES = {}


def route(path):
    def reg(fn):
        ROUTES[path] = fn
        return fn
    return reg


@route("/")
async def index(req):
    return "200 index"


@route("/me")
async def me(req):
    await asyncio.sleep(0.005)
    return f"200 hello {req['user']}"


async def not_found(req):
    return "404"


def build(handler, middlewares):
    return reduce(lambda h, m: m(h), reversed(middlewares), handler)


async def main():
    stack = [logging_mw("outer"), auth_mw, timing_mw]
    apps = {path: build(h, stack) for path, h in ROUTES.items()}
    fallback = build(not_found, stack[1:])
    reqs = [{"path": "/", "user": "ann"}, {"path": "/me", "user": "bob"}, {"path": "/me"}, {"path": "/x", "user": "cy"}]
    for req in reqs:
        app = apps.get(req["path"], fallback)
        print("=>", await app(req))
    print(sorted(ROUTES), apps["/me"].__name__)
    results = await asyncio.gather(*(apps["/me"](r) for r in reqs[:2]))
    print(results)

asyncio.run(main())
