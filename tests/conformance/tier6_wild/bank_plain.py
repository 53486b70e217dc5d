class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__(f"need {needed}, have {available}")
        self.needed = needed
        self.available = available

class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []
        self.id = Account._next_id
        Account._next_id += 1

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("dep", amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(("wd", amount))
        return self

    def __repr__(self):
        return f"Account(#{self.id} {self.owner!r}, {self.balance})"

    def __lt__(self, other):
        return self.balance < other.balance

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as exc:
        print(f"transfer failed: {exc} (short by {exc.needed - exc.available})")
        return False
    else:
        dst.deposit(amount)
        return True
    finally:
        print("audit:", src, dst)

a = Account("alice", 100)
b = Account("bob")
a.deposit(50).withdraw(30)
print(transfer(a, b, 500))
print(transfer(a, b, 70))
try:
    b.deposit(-5)
except ValueError as e:
    print("error:", e)
accounts = sorted([a, b, Account("carol", 60)])
print(accounts)
print(max(accounts).owner, [h for h in a.history])
print(Account._next_id)
b.withdraw(1000)
