"""The printed report: the goal table, per-variant details, GC figures and answer checks."""
import statistics

from .workloads import MAX_RATIO_VS_HANDWRITTEN


def median(values):
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def median_wall(runs, measure="wall_s"):
    """Median wall (or CPU) time over the runs that finished normally (None if none did)."""
    return median([r[measure] for r in runs if r["rc"] == 0])


def fmt(value, spec=".3f", missing="n/a"):
    return missing if value is None else format(value, spec)


def ratio(value):
    return "-" if value is None else f"{value:.2f}x"


def goal_rows(workloads, results, translations):
    """One dict per workload with the medians, the two ratios and whether each goal is met."""
    rows = []
    for w in workloads:
        runs = results.get(w.key, {})
        python, py2cs, hand = (median_wall(runs.get(v, [])) for v in ("python", "py2cs", "handwritten"))
        speedup = python / py2cs if python and py2cs else None
        vs_hand = py2cs / hand if py2cs and hand else None
        rows.append({
            "workload": w.key,
            "python_s": python, "py2cs_s": py2cs, "handwritten_s": hand,
            "handwritten_st_s": median_wall(runs.get("handwritten-st", [])),
            "cpython_over_py2cs": speedup, "goal_cpython": w.min_speedup_vs_cpython,
            "cpython_goal_met": speedup is not None and speedup >= w.min_speedup_vs_cpython,
            "py2cs_over_handwritten": vs_hand, "goal_handwritten": MAX_RATIO_VS_HANDWRITTEN,
            "handwritten_goal_met": vs_hand is not None and vs_hand <= MAX_RATIO_VS_HANDWRITTEN,
            "answer": answer_status(runs, translations[w.key]),
        })
    return rows


def answer_status(runs, translation):
    if not translation.ok:
        return f"FAIL ({translation.stage})"
    expected = {r["stdout"] for r in runs.get("python", []) if r["rc"] == 0}
    if not expected:
        return "CPython itself failed"
    got = runs.get("py2cs", [])
    if any(r["rc"] != 0 for r in got):
        return "FAIL (run: exit " + ", ".join(sorted({str(r["rc"]) for r in got if r["rc"] != 0})) + ")"
    if len(expected) != 1:
        return "CPython not deterministic?"
    return "same as CPython" if all(r["stdout"] in expected for r in got) else "DIFFERS from CPython"


def print_goal_table(rows):
    print("Median wall seconds (whole process: start-up + work); ratios from the medians.")
    header = (f"{'wl':3} {'python':>7} {'py2cs':>7} {'hand':>7} {'hand-st':>7} | "
              f"{'CPy/py2cs':>9} {'goal':>6} {'':4} | {'py2cs/hand':>10} {'goal':>6} {'':4} | answer")
    print(header)
    print("-" * len(header))
    for r in rows:
        cpy_goal = "PASS" if r["cpython_goal_met"] else "MISS"
        hand_goal = "PASS" if r["handwritten_goal_met"] else "MISS"
        if r["py2cs_s"] is None:
            cpy_goal = hand_goal = "-"
        print(f"{r['workload']:3} {fmt(r['python_s']):>7} {fmt(r['py2cs_s']):>7} {fmt(r['handwritten_s']):>7} "
              f"{fmt(r['handwritten_st_s']):>7} | "
              f"{ratio(r['cpython_over_py2cs']):>9} {'>=' + format(r['goal_cpython'], 'g') + 'x':>6} "
              f"{cpy_goal:4} | {ratio(r['py2cs_over_handwritten']):>10} "
              f"{'<=' + format(r['goal_handwritten'], 'g') + 'x':>6} {hand_goal:4} | {r['answer']}")


def print_cpu_table(workloads, results):
    """The same comparison in CPU seconds (user+sys, all threads): steadier than wall time when
    other processes share the machine, but it also counts the work of extra threads."""
    print()
    print("Median CPU seconds (user+sys of the process, all threads); for reference, the goals are on wall time.")
    print(f"{'wl':3} {'python':>7} {'py2cs':>7} {'hand':>7} {'hand-st':>7} | {'CPy/py2cs':>9} | {'py2cs/hand':>10}")
    for w in workloads:
        runs = results.get(w.key, {})
        python, py2cs, hand, hand_st = (median_wall(runs.get(v, []), "cpu_s")
                                        for v in ("python", "py2cs", "handwritten", "handwritten-st"))
        print(f"{w.key:3} {fmt(python):>7} {fmt(py2cs):>7} {fmt(hand):>7} {fmt(hand_st):>7} | "
              f"{ratio(python / py2cs if python and py2cs else None):>9} | "
              f"{ratio(py2cs / hand if py2cs and hand else None):>10}")


def print_details(results):
    print()
    print("All variants: median/min/max wall s, median CPU s, median work_ms (timed inside the program), "
          "distinct stdouts.")
    for key, variants in results.items():
        for name, runs in variants.items():
            walls = [r["wall_s"] for r in runs]
            outs = sorted({r["stdout"].strip() if r["rc"] == 0 else f"<exit {r['rc']}>" for r in runs})
            extras = sorted({r["extra"] for r in runs if r["extra"]})
            cpu = statistics.median([r["cpu_s"] for r in runs])
            print(f"  {key} {name:25} {statistics.median(walls):7.3f} {min(walls):7.3f} {max(walls):7.3f} {cpu:7.3f} "
                  f"{fmt(median([r['work_ms'] for r in runs]), '9.1f'):>9} ms  {outs}"
                  + (f"  {'; '.join(extras)}" if extras else ""))


def print_gc(results):
    lines = []
    for key, variants in results.items():
        runs = [r for r in variants.get("py2cs", []) if r["gc"]]
        if not runs:
            continue
        m = {k: median([r["gc"].get(k) for r in runs]) for k in
             ("gen0", "gen1", "gen2", "pause_ms", "alloc_mb", "cpu_ms", "jit_ms")}
        wall_ms = median([r["wall_s"] for r in runs]) * 1000
        lines.append(f"  {key} gen0/1/2={m['gen0']:.0f}/{m['gen1']:.0f}/{m['gen2']:.0f} "
                     f"pause={m['pause_ms']:.0f} ms ({100 * m['pause_ms'] / wall_ms:.0f}% of wall) "
                     f"allocated={m['alloc_mb']:.0f} MB cpu={m['cpu_ms']:.0f} ms jit={m['jit_ms']:.0f} ms")
    if lines:
        print()
        print("py2cs translation, GC and JIT at exit (medians; gen0/1/2 are GC.CollectionCount(n), "
              "which count a gen2 collection in all three):")
        print("\n".join(lines))


def print_answer_notes(workloads, results, translations):
    print()
    print("Answers:")
    for w in workloads:
        runs = results.get(w.key, {})
        expected = sorted({r["stdout"].strip() for r in runs.get("python", []) if r["rc"] == 0})
        print(f"  {w.key} CPython: {expected}")
        t = translations[w.key]
        if not t.ok:
            print(f"     py2cs: not run, the {t.stage} step failed:")
            print("       " + t.message.replace("\n", "\n       "))
        for name, variant_runs in runs.items():
            if name == "python":
                for r in [r for r in variant_runs if r["rc"] != 0][:1]:
                    print(f"     python: exit {r['rc']}: {r['stderr_tail'].strip()[-600:]}")
                continue
            differing = sorted({r["stdout"].strip() for r in variant_runs
                                if r["rc"] == 0 and r["stdout"].strip() not in expected})
            failed = [r for r in variant_runs if r["rc"] != 0]
            if differing:
                note = "(information: hand-written C# is not held to CPython's answer)" \
                    if name != "py2cs" else "(py2cs must print what CPython prints)"
                print(f"     {name}: differs in {len(differing)} distinct output(s) {differing} {note}")
            for r in failed[:1]:
                print(f"     {name}: exit {r['rc']}: {r['stderr_tail'].strip()[-600:]}")
