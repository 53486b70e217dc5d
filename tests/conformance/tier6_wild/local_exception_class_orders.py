class Inventory:
    def __init__(self):
        self.stock = {}

    def add(self, sku, n):
        self.stock[sku] = self.stock.get(sku, 0) + n

    def remove(self, sku, n):
        have = self.stock.get(sku, 0)
        if have < n:
            raise ValueError(f"only {have} of {sku}")
        self.stock[sku] = have - n


def simulate(orders):
    class OrderError(Exception):
        def __init__(self, order_id, reason):
            super().__init__(f"order {order_id}: {reason}")
            self.order_id = order_id

    inv = Inventory()
    inv.add("widget", 5)
    inv.add("gadget", 2)
    failed = []
    for oid, sku, n in orders:
        try:
            try:
                inv.remove(sku, n)
            except ValueError as e:
                raise OrderError(oid, str(e))
        except OrderError as oe:
            failed.append(oe.order_id)
            print("failed:", oe)
        else:
            print("ok:", oid)
    print("stock", inv.stock, "failed", failed)


simulate([(1, "widget", 2), (2, "gadget", 3), (3, "widget", 3), (4, "widget", 1)])
