import csv
import io
import statistics

DATA = """city,temp,rain
Oslo,12.5,3
Rome,24.0,0
Lima,18.25,1
Oslo,9.0,7
Rome,27.5,0
"""

reader = csv.DictReader(io.StringIO(DATA))
rows = list(reader)
print(rows[0])
temps = {}
for row in rows:
    temps.setdefault(row["city"], []).append(float(row["temp"]))
for city, ts in sorted(temps.items()):
    print(f"{city}: mean={statistics.mean(ts):.2f} max={max(ts)} n={len(ts)}")
all_t = [float(r["temp"]) for r in rows]
print(statistics.median(all_t), round(statistics.stdev(all_t), 3), statistics.mode([r["city"] for r in rows]))
out = io.StringIO()
w = csv.writer(out)
w.writerow(["city", "avg"])
for city, ts in temps.items():
    w.writerow([city, round(sum(ts) / len(ts), 1)])
print(out.getvalue(), end="")
w2 = csv.DictWriter(out2 := io.StringIO(), fieldnames=["a", "b"])
w2.writeheader()
w2.writerow({"a": 1, "b": "x,y"})
print(repr(out2.getvalue()))
for rec in csv.reader(["1,\"two, three\",4"]):
    print(rec)
