import asyncio
import json

async def fetch_user(uid):
    await asyncio.sleep(0.001 * uid)
    if uid == 4:
        raise LookupError(f"user {uid} not found")
    return {"id": uid, "name": f"user{uid}", "tags": ["a", "b"][: uid % 3]}

async def main():
    results = await asyncio.gather(*(fetch_user(u) for u in range(1, 6)), return_exceptions=True)
    ok = [r for r in results if not isinstance(r, Exception)]
    errors = [str(r) for r in results if isinstance(r, Exception)]
    print(json.dumps(ok, indent=2, sort_keys=True))
    print(json.dumps({"errors": errors, "count": len(ok)}))
    back = json.loads(json.dumps(ok))
    print(back[0]["name"], type(back).__name__)

asyncio.run(main())
