"""make crosscheck: FFRepro's training step against the PyTorch peer, per step, on fixed cases.

For each case: `ffrepro trace export` (start and draws), the peer's replay in float32 and float64, `ffrepro trace run`
(FFRepro's own trace), then compare.compare. Writes SUMMARY.json and SUMMARY.md into --out and exits 1 when a case
fails its tolerance, 2 when a step cannot run.

    python3 -m ffpeer.crosscheck --ffrepro "dotnet harness/bin/Release/net10.0/linux-x64/ffrepro.dll" --out results/crosscheck
"""
import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
import tempfile
import time

import numpy as np
import torch

from . import compare as cmp
from . import npzio
from .replay import REPLAY_FORMAT, check_recipe, replay

# name, shape, epochs of the run, steps traced (0 = all), seed
CASES = [
    ("2x100", "2x100", 1, 0, 1),
    ("3x64", "3x64", 1, 0, 1),
    ("3x1000-step", "3x1000", 1, 1, 1),
    ("2x100-cooldown", "2x100", 3, 0, 1),   # 3 epochs: loeweX's cool-down scales epoch 3's rate by 4/3
]


def run_ffrepro(ffrepro, args):
    cmd = shlex.split(ffrepro) + args
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.strip() or p.stdout.strip()}")
    return p.stdout.strip()


def run_case(ffrepro, work, name, shape, epochs, steps, seed):
    paths = {k: os.path.join(work, f"{name}-{k}.npz") for k in ("replay", "ffrepro", "peer32", "peer64")}
    case = ["--shape", shape, "--epochs", str(epochs), "--steps", str(steps), "--seed", str(seed)]
    times = {}
    t = time.perf_counter()
    run_ffrepro(ffrepro, ["trace", "export", *case, "--out", paths["replay"]])
    times["ffrepro_export_s"] = time.perf_counter() - t
    arrays, meta = npzio.load(paths["replay"])
    if meta.get("format") != REPLAY_FORMAT or check_recipe(meta["recipe"]):
        raise RuntimeError(f"{paths['replay']}: not a loeweX replay: {check_recipe(meta['recipe'])}")
    for dtype, key in ((torch.float32, "peer32"), (torch.float64, "peer64")):
        t = time.perf_counter()
        trace, trace_meta = replay(arrays, meta, meta["data_folder"], dtype)
        npzio.save(paths[key], trace, trace_meta)
        times[f"{key}_s"] = time.perf_counter() - t
    t = time.perf_counter()
    run_ffrepro(ffrepro, ["trace", "run", *case, "--out", paths["ffrepro"]])
    times["ffrepro_run_s"] = time.perf_counter() - t
    result = cmp.compare(paths["replay"], paths["ffrepro"], paths["peer32"], paths["peer64"])
    result.update({"case": name, "shape": shape, "epochs": epochs, "seed": seed,
                   "wall_s": {k: round(v, 2) for k, v in times.items()}})
    return result


def fmt(x):
    return f"{x:.1e}"


def markdown(results, meta):
    lines = [
        "# FFRepro vs the PyTorch peer, step by step",
        "",
        f"Written by `make crosscheck` ({meta['finished_utc']}). FFRepro: libtorch {meta['ffrepro']['libtorch']}, "
        f"TorchSharp {meta['ffrepro']['torchsharp']}, {meta['ffrepro']['threads']} thread(s), ATEN_CPU_CAPABILITY="
        f"{meta['ffrepro']['aten_cpu_capability'] or 'unset'}; peer: PyTorch {meta['peer']['torch']}, {meta['peer']['threads']} thread(s); "
        f"CPU {meta['ffrepro']['cpu']}. Relative errors |a - b| / max(|a|, |b|), largest over every traced value "
        "(per layer: FF loss, peer-normalization loss, mean goodness of positives and negatives, weight, bias and "
        "running-mean norms; classifier loss and norm). Tolerance: max(1e-5, 10 x the float32 envelope), the envelope "
        "being the largest difference so far between the peer's float32 and float64 replays (tools/pytorch/ffpeer/compare.py).",
        "",
        "| case | steps | step 1 | steps 1-10 | last 10% of steps | max (step, value) | float32 envelope at end | tolerance at end | max error / tolerance | result |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in results:
        s = r["steps"]
        lines.append(f"| {r['case']} | {s['steps']} | {fmt(s['max_error_step1'])} | {fmt(s['max_error_first10'])} | "
                     f"{fmt(s['max_error_last10pct'])} | {fmt(s['max_error'])} ({s['max_error_at']['step']}, "
                     f"{s['max_error_at']['quantity']}) | {fmt(s['float32_envelope_end'])} | {fmt(s['tolerance_end'])} | "
                     f"{s['max_error_over_tolerance']:.2f} | {'pass' if s['passed'] else 'FAIL'} |")
    lines += ["", "Epoch-end test metrics (2,000 images; FF accuracy counts 4,000 decisions). *difference*: FFRepro's "
              "correct decisions minus the peer's; *near*: the peer's decisions within the end tolerance of their "
              "boundary (the most that may differ); *flipped*: decisions that differ when the peer evaluates both "
              "parameter sets; *definition*: FFRepro's evaluator minus the peer's evaluation of FFRepro's parameters.", "",
              "| case | metric | FFRepro | peer | difference | near | flipped | definition | result |",
              "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for r in results:
        for m in r.get("epoch_end", {}).get("metrics", []):
            if "decisions" in m:
                lines.append(f"| {r['case']} | {m['metric']} | {m['ffrepro']:.4f} | {m['peer']:.4f} | {m['difference']} | "
                             f"{m['near_boundary']} | {m['flipped']} | {m['definition_difference']} | {'pass' if m['passed'] else 'FAIL'} |")
            else:
                lines.append(f"| {r['case']} | {m['metric']} | {m['ffrepro']:.6g} | {m['peer']:.6g} | rel {fmt(m['relative_difference'])} | "
                             f" |  | rel {fmt(m['definition_relative_difference'])} | {'pass' if m['passed'] else 'FAIL'} |")
    failed = [r["case"] for r in results if not r["passed"]]
    lines += ["", f"**{'All cases pass.' if not failed else 'FAILED: ' + ', '.join(failed)}**", ""]
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ffrepro", required=True, help="command line that runs ffrepro")
    ap.add_argument("--out", required=True, help="folder for SUMMARY.json and SUMMARY.md")
    ap.add_argument("--work", help="folder for the replay and trace files (default: a temporary folder, deleted after)")
    ap.add_argument("--cases", help="comma-separated case names (default: all)")
    a = ap.parse_args(argv)
    torch.set_num_threads(1)
    cases = [c for c in CASES if not a.cases or c[0] in a.cases.split(",")]
    if not cases:
        print(f"error: --cases: none of {a.cases!r} is a case ({', '.join(c[0] for c in CASES)})", file=sys.stderr)
        return 2
    os.makedirs(a.out, exist_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        work = a.work or tmp
        os.makedirs(work, exist_ok=True)
        results = []
        for case in cases:
            try:
                r = run_case(a.ffrepro, work, *case)
            except (RuntimeError, OSError, ValueError) as e:
                print(f"error: case {case[0]}: {e}", file=sys.stderr)
                return 2
            s = r["steps"]
            print(f"{r['case']:15s} {s['steps']:4d} steps  step 1 {fmt(s['max_error_step1'])}  max {fmt(s['max_error'])} "
                  f"(tolerance at end {fmt(s['tolerance_end'])}, max error/tolerance {s['max_error_over_tolerance']:.2f})  "
                  f"epoch-end {'-' if 'epoch_end' not in r else ('pass' if r['epoch_end']['passed'] else 'FAIL')}  "
                  f"{'pass' if r['passed'] else 'FAIL'}", flush=True)
            results.append(r)
    meta = {"ffrepro": results[0]["ffrepro"], "peer": results[0]["peer"], "python": platform.python_version(),
            "finished_utc": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "wall_s": round(time.perf_counter() - started, 1),
            "tolerance": {"floor": cmp.FLOOR, "factor": cmp.FACTOR, "eval_floor": cmp.EVAL_FLOOR}}
    summary = {"meta": meta, "passed": all(r["passed"] for r in results), "cases": results}
    for name, text in (("SUMMARY.json", json.dumps(summary, indent=1, default=float)), ("SUMMARY.md", markdown(results, meta))):
        tmp_path = os.path.join(a.out, "." + name + ".tmp")
        with open(tmp_path, "w") as f:
            f.write(text)
        os.replace(tmp_path, os.path.join(a.out, name))
    print(f"{'PASS' if summary['passed'] else 'FAIL'}: {sum(r['passed'] for r in results)} of {len(results)} cases "
          f"within tolerance ({meta['wall_s']} s); {os.path.join(a.out, 'SUMMARY.md')}")
    return 0 if summary["passed"] else 1


if __name__ == "__main__":
    sys.exit(main())
