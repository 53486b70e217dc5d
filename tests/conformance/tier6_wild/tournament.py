import asyncio, random, itertools, operator
from collections import defaultdict

TEAMS = ["Ants", "Bees", "Cats", "Dogs"]

async def play(a, b, rng):
    await asyncio.sleep(0)
    return a, b, rng.randint(0, 4), rng.randint(0, 4)

async def main():
    rng = random.Random(42)
    fixtures = list(itertools.combinations(TEAMS, 2))
    results = [await play(a, b, rng) for a, b in fixtures]
    table = defaultdict(lambda: {"P": 0, "W": 0, "D": 0, "L": 0, "GF": 0, "GA": 0, "Pts": 0})
    for a, b, ga, gb in results:
        print(f"{a:>5} {ga} - {gb} {b:<5}")
        for team, f, ag in ((a, ga, gb), (b, gb, ga)):
            row = table[team]
            row["P"] += 1; row["GF"] += f; row["GA"] += ag
            if f > ag: row["W"] += 1; row["Pts"] += 3
            elif f == ag: row["D"] += 1; row["Pts"] += 1
            else: row["L"] += 1
    ranking = sorted(table.items(), key=lambda kv: (-kv[1]["Pts"], -(kv[1]["GF"] - kv[1]["GA"]), kv[0]))
    header = f"{'#':>2} {'Team':<6}" + "".join(f"{k:>4}" for k in ("P", "W", "D", "L", "GF", "GA", "Pts"))
    print(header); print("-" * len(header))
    for pos, (team, row) in enumerate(ranking, 1):
        print(f"{pos:>2} {team:<6}" + "".join(f"{v:>4}" for v in row.values()))
    print(rng.choice(TEAMS), rng.sample(range(100), 3), round(rng.random(), 6), rng.uniform(1, 2) < 2)
    deck = list(range(10)); rng.shuffle(deck); print(deck)
    goals = list(map(operator.add, (r[2] for r in results), (r[3] for r in results)))
    print(goals, sum(goals), max(enumerate(goals), key=operator.itemgetter(1)))
    print(list(itertools.accumulate(goals)), dict(itertools.zip_longest(TEAMS, goals[:2])))

asyncio.run(main())
