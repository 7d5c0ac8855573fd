"""make bench-peer: `ffrepro bench` and the PyTorch peer (bench.py) on the same shapes, interleaved.

Each repetition runs every shape and mode once in each implementation, each run in a fresh process (one warm-up
epoch, then one measured epoch), alternating which implementation goes first, so that a slow spell of a shared
machine falls on both. Both report wall time and process CPU time of the measured epoch; with one thread each the
CPU time is the work done whatever share of a busy machine the process got, so it is the statistic compared first.
Reports per seed-epoch medians over the repetitions and their ratios (FFRepro / PyTorch; below 1 means FFRepro is
faster), writes JSON and a Markdown table beside it. Every measurement is also kept in JSON.partial at once, and a
run with the same options resumes from it after an interruption.

    python3 -m ffpeer.benchpeer --ffrepro "dotnet harness/bin/Release/net10.0/linux-x64/ffrepro.dll" --json results/bench/cpu-peer.json
"""
import argparse
import json
import os
import platform
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

import torch

GOAL = 0.8   # FFRepro's time per seed-epoch at most this fraction of PyTorch's


def ffrepro_epoch(ffrepro, shape, mode, seeds, batches):
    """(wall ms, CPU ms) per seed of one measured epoch, and ffrepro's environment record."""
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "bench.json")
        cmd = shlex.split(ffrepro) + ["bench", "--workloads", shape, "--modes", mode, "--seeds", str(seeds),
                                      "--batches", str(batches), "--measured", "1", "--eval-images", "0",
                                      "--device", "cpu", "--json", out]
        p = subprocess.run(cmd, capture_output=True, text=True)
        if p.returncode != 0:
            raise RuntimeError(f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.strip()}")
        with open(out) as f:
            result = json.load(f)
    row = result["rows"][0]
    return row["all_ms"][0] / row["seeds"], row["all_cpu_ms"][0] / row["seeds"], result["environment"]


def pytorch_epoch(python, shape, mode, seeds, batches):
    """(wall ms, CPU ms) per seed of one measured epoch of the peer."""
    cmd = [python, "-m", "ffpeer.bench", "--shape", shape, "--mode", mode, "--seeds", str(seeds),
           "--batches", str(batches), "--measured", "1"]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.strip()}")
    row = json.loads(p.stdout.strip().splitlines()[-1])
    return row["per_seed_ms"][0], row["per_seed_cpu_ms"][0]


def markdown(rows, meta):
    lines = [f"Per seed-epoch ({meta['batches']} batches of 100), ms: median of n interleaved repetitions, each in a fresh "
             f"process after a warm-up epoch; CPU time of the process, then wall time. {meta['cpu']}, 1 thread each, load "
             f"average {meta['load_before']} before / {meta['load_after']} after. Ratio = FFRepro / PyTorch "
             f"{meta['torch']} (goal <= {GOAL}).", "",
             "| shape | mode | n | FFRepro CPU | PyTorch CPU | ratio CPU | FFRepro wall | PyTorch wall | ratio wall | goal met (CPU) |",
             "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        mode = r["mode"] + (f" ({r['seeds']} seeds)" if r["mode"] == "batched" else "")
        lines.append(f"| {r['shape']} | {mode} | {r['n']} | {r['ffrepro_cpu_ms']:.1f} | {r['pytorch_cpu_ms']:.1f} | "
                     f"{r['ratio_cpu']:.2f} | {r['ffrepro_wall_ms']:.1f} | {r['pytorch_wall_ms']:.1f} | {r['ratio_wall']:.2f} | "
                     f"{'yes' if r['goal_met'] else 'no'} |")
    return "\n".join(lines) + "\n"


def write_text(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def write_json(path, value):
    write_text(path, json.dumps(value, indent=1))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ffrepro", required=True)
    ap.add_argument("--python", default=sys.executable, help="Python that runs the peer (default: this one)")
    ap.add_argument("--shapes", default="2x32,2x64,3x32,3x64,2x100,3x1000")
    ap.add_argument("--modes", default="batched,single")
    ap.add_argument("--seeds", type=int, default=30)
    ap.add_argument("--batches", type=int, default=80)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--reps-for", default="3x1000:batched=1",
                    help="SHAPE:MODE=N,... fewer repetitions for costly workloads (3x1000 with 30 seeds is about 10 TFLOP an epoch)")
    ap.add_argument("--json", required=True)
    a = ap.parse_args(argv)
    shapes, modes = a.shapes.split(","), a.modes.split(",")
    samples = {(s, m): {"ffrepro": [], "pytorch": [], "ffrepro_cpu": [], "pytorch_cpu": []} for s in shapes for m in modes}
    reps_for = {}
    for item in filter(None, a.reps_for.split(",")):
        key, n = item.split("=")
        shape, mode = key.split(":")
        reps_for[(shape, mode)] = int(n)
    options = {k: getattr(a, k) for k in ("shapes", "modes", "seeds", "batches", "reps", "reps_for")}
    partial = a.json + ".partial"
    if os.path.exists(partial):
        # An interrupted bench resumes: measurements already taken with the same options are kept.
        with open(partial) as f:
            kept = json.load(f)
        if kept.get("options") == options:
            for key, values in kept["samples"].items():
                shape, mode = key.split(":")
                samples[(shape, mode)] = values
            print(f"resuming: {sum(len(v['ffrepro']) for v in samples.values())} measurements kept from {partial}", flush=True)
    load_before = os.getloadavg()
    started = time.time()
    environment = {}
    try:
        for rep in range(a.reps):
            for i, key in enumerate(samples):
                shape, mode = key
                if rep >= reps_for.get(key, a.reps):
                    continue
                order = ["ffrepro", "pytorch"] if (rep + i) % 2 == 0 else ["pytorch", "ffrepro"]
                for impl in order:
                    if len(samples[key][impl]) > rep:
                        continue   # kept from an interrupted run
                    if impl == "ffrepro":
                        wall, cpu, environment = ffrepro_epoch(a.ffrepro, shape, mode, a.seeds, a.batches)
                    else:
                        wall, cpu = pytorch_epoch(a.python, shape, mode, a.seeds, a.batches)
                    samples[key][impl].append(wall)
                    samples[key][impl + "_cpu"].append(cpu)
                    print(f"rep {rep + 1}/{a.reps} {shape:7s} {mode:8s} {impl:8s} cpu {cpu:9.1f} wall {wall:9.1f} ms per seed-epoch",
                          flush=True)
                    write_json(partial, {"options": options, "environment": environment,
                                         "samples": {f"{k[0]}:{k[1]}": v for k, v in samples.items()}})
    except RuntimeError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    rows = []
    for (shape, mode), s in samples.items():
        if not s["ffrepro"]:
            continue
        med = {k: statistics.median(v) for k, v in s.items()}
        rows.append({"shape": shape, "mode": mode, "seeds": a.seeds if mode == "batched" else 1, "n": len(s["ffrepro"]),
                     "ffrepro_cpu_ms": med["ffrepro_cpu"], "pytorch_cpu_ms": med["pytorch_cpu"],
                     "ratio_cpu": med["ffrepro_cpu"] / med["pytorch_cpu"],
                     "ffrepro_wall_ms": med["ffrepro"], "pytorch_wall_ms": med["pytorch"],
                     "ratio_wall": med["ffrepro"] / med["pytorch"],
                     "goal_met": med["ffrepro_cpu"] / med["pytorch_cpu"] <= GOAL,
                     "samples_ms": s})
    meta = {"cpu": environment.get("cpu", platform.processor()), "ffrepro": environment, "torch": torch.__version__,
            "python": platform.python_version(), "reps": a.reps, "reps_for": a.reps_for, "batches": a.batches,
            "batch": 100, "seeds": a.seeds,
            "load_before": " ".join(f"{x:.1f}" for x in load_before),
            "load_after": " ".join(f"{x:.1f}" for x in os.getloadavg()),
            "wall_s": round(time.time() - started, 1), "goal": GOAL,
            "statistic": "per seed-epoch ms of one measured epoch after a warm-up epoch, each in a fresh process; "
                         "process CPU time and wall time; medians over repetitions"}
    text = markdown(rows, meta)
    write_json(a.json, {"meta": meta, "rows": rows})
    write_text(os.path.splitext(a.json)[0] + ".md", text)
    os.remove(partial)
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
