import asyncio


class Session:
    def __init__(self, user):
        self.user = user
        self.token = "t-" + user
        self.cache = {}

    def logout(self):
        del self.token
        self.cache.clear()

    def has_token(self):
        return hasattr(self, "token")


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

    def __repr__(self):
        return f"Node({self.value})"


def to_list(head):
    out = []
    while head is not None:
        out.append(head.value)
        head = head.next
    return out


async def main():
    s = Session("ann")
    print(s.has_token(), s.token)
    s.logout()
    print(s.has_token(), vars(s))
    try:
        print(s.token)
    except AttributeError as e:
        print("AttributeError:", e)
    head = None
    for v in [3, 2, 1]:
        head = Node(v, head)
    print(to_list(head))
    await asyncio.sleep(0.01)
    setattr(s, "token", "new")
    print(getattr(s, "token"), s.has_token())
    delattr(s, "token")
    print(s.has_token())
    nums = list(range(10))
    del nums[::2]
    del nums[0]
    print(nums)
    d = {"a": 1, "b": 2}
    del d["a"]
    print(d)


asyncio.run(main())
