"""make bench-peer: `ffrepro bench` and the PyTorch peer (bench.py) on the same shapes, interleaved.

Each repetition runs every shape and mode once in each implementation, each run in a fresh process (one warm-up
epoch, then one measured epoch), alternating which implementation goes first, so that a slow spell of a shared
machine falls on both. Reports per seed-epoch medians and minima over the repetitions and their ratios
(FFRepro / PyTorch; below 1 means FFRepro is faster), writes JSON (and a Markdown table beside it).

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
    return row["all_ms"][0] / row["seeds"], result["environment"]


def pytorch_epoch(python, shape, mode, seeds, batches):
    cmd = [python, "-m", "ffpeer.bench", "--shape", shape, "--mode", mode, "--seeds", str(seeds),
           "--batches", str(batches), "--measured", "1"]
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)}: exit {p.returncode}: {p.stderr.strip()}")
    row = json.loads(p.stdout.strip().splitlines()[-1])
    return row["per_seed_ms"][0], row


def markdown(rows, meta):
    lines = [f"Per seed-epoch ({meta['batches']} batches of 100), ms: median (fastest) of n interleaved repetitions; "
             f"{meta['cpu']}, 1 thread each, load average {meta['load_before']} before / {meta['load_after']} after. "
             f"Ratio = FFRepro / PyTorch {meta['torch']} (goal <= {GOAL}); n = repetitions of each.", "",
             "| shape | mode | n | FFRepro | PyTorch | ratio of medians | ratio of fastest | goal met |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in rows:
        lines.append(f"| {r['shape']} | {r['mode']}{' (' + str(r['seeds']) + ' seeds)' if r['mode'] == 'batched' else ''} | "
                     f"{r['ffrepro_median_ms']:.1f} ({r['ffrepro_min_ms']:.1f}) | {r['pytorch_median_ms']:.1f} ({r['pytorch_min_ms']:.1f}) | "
                     f"{r['ratio_median']:.2f} | {r['ratio_min']:.2f} | {'yes' if r['ratio_median'] <= GOAL else 'no'} |")
    return "\n".join(lines) + "\n"


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
    samples = {(s, m): {"ffrepro": [], "pytorch": []} for s in shapes for m in modes}
    reps_for = {}
    for item in filter(None, a.reps_for.split(",")):
        key, n = item.split("=")
        shape, mode = key.split(":")
        reps_for[(shape, mode)] = int(n)
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
                    if impl == "ffrepro":
                        ms, environment = ffrepro_epoch(a.ffrepro, shape, mode, a.seeds, a.batches)
                    else:
                        ms, _ = pytorch_epoch(a.python, shape, mode, a.seeds, a.batches)
                    samples[key][impl].append(ms)
                    print(f"rep {rep + 1}/{a.reps} {shape:7s} {mode:8s} {impl:8s} {ms:9.1f} ms per seed-epoch", flush=True)
                    write_json(a.json + ".partial", {"samples": {f"{k[0]}:{k[1]}": v for k, v in samples.items()}})
    except RuntimeError as e:
        print(f"error: {e}", file=sys.stderr)
        return 2
    rows = []
    for (shape, mode), s in samples.items():
        if not s["ffrepro"]:
            continue
        f_med, p_med = statistics.median(s["ffrepro"]), statistics.median(s["pytorch"])
        f_min, p_min = min(s["ffrepro"]), min(s["pytorch"])
        rows.append({"shape": shape, "mode": mode, "seeds": a.seeds if mode == "batched" else 1,
                     "ffrepro_median_ms": f_med, "ffrepro_min_ms": f_min, "pytorch_median_ms": p_med, "pytorch_min_ms": p_min,
                     "ratio_median": f_med / p_med, "ratio_min": f_min / p_min, "goal_met": f_med / p_med <= GOAL,
                     "ffrepro_ms": s["ffrepro"], "pytorch_ms": s["pytorch"]})
    meta = {"cpu": environment.get("cpu", platform.processor()), "ffrepro": environment, "torch": torch.__version__,
            "python": platform.python_version(), "reps": a.reps, "batches": a.batches, "batch": 100, "seeds": a.seeds,
            "load_before": " ".join(f"{x:.1f}" for x in load_before),
            "load_after": " ".join(f"{x:.1f}" for x in os.getloadavg()),
            "wall_s": round(time.time() - started, 1), "goal": GOAL,
            "statistic": "per seed-epoch ms of one measured epoch after a warm-up epoch, each in a fresh process"}
    text = markdown(rows, meta)
    write_json(a.json, {"meta": meta, "rows": rows})
    write_text(os.path.splitext(a.json)[0] + ".md", text)
    os.remove(a.json + ".partial")
    print(text)
    return 0


def write_text(path, text):
    tmp = path + ".tmp"
    with open(tmp, "w") as f:
        f.write(text)
    os.replace(tmp, path)


def write_json(path, value):
    write_text(path, json.dumps(value, indent=1))


if __name__ == "__main__":
    sys.exit(main())
