class Username(str):
    def is_admin(self):
        return self.lower() in ("root", "admin")

    def initials(self):
        return "".join(part[0].upper() for part in self.split("_") if part)


users = [Username("grace_hopper"), Username("ADMIN"), Username("alan_m_turing")]
for u in users:
    print(u, len(u), u.is_admin(), u.initials(), u.startswith("a"), u.title())
print(sorted(users), "|".join(users), users[0] + "!", users[0] == "grace_hopper")
index = {u: i for i, u in enumerate(users)}
print(index["ADMIN"], Username("x") in index, "{:*^16}".format(users[1]))
print(isinstance(users[0], str), type(users[0].upper()).__name__, repr(users[2]))
