"""Compares FFRepro's per-step trace of a run with the PyTorch peer's replay of it.

Tolerance (relative error |a - b| / max(|a|, |b|) of every traced value):

    tol(t) = max(FLOOR, FACTOR * D(t))

D(t) is the float32 rounding envelope of the run up to step t: the largest relative difference, over every traced
value and every step s <= t, between the peer's float32 replay and its float64 replay from the same start and draws
(the float64 run stands in for exact arithmetic). It measures how far float32 arithmetic alone has carried this
trajectory, including the growth of rounding differences as training amplifies them. Two correct float32
implementations can each be that far from the exact trajectory in different directions (factor 2), sum in a different
order (blocked vs. sequential sums of up to 784 terms differ in error by about sqrt(784) / log2(784) = 3), and D is a
single realisation of that noise (about 2): FACTOR = 10. FLOOR = 1e-5 covers the first steps, where D is a few 1e-7:
it is the probabilistic float32 bound of one step's longest chain, sqrt(784) * 2^-24 = 1.7e-6 for the 784-term input
norm and first-layer products, times 6 for the logit goodness - width, whose cancellation (goodness near the
threshold) magnifies the goodness's relative error.

Epoch-end metrics (when the run is complete): every accuracy counts decisions (2M for the binary FF accuracy, M for
the others). The peer evaluates both its own final parameters and FFRepro's. Two checks per accuracy:
  * definitions: FFRepro's evaluator and the peer's evaluation of FFRepro's parameters agree up to the decisions whose
    relative margin is below EVAL_FLOOR (float32 evaluation rounding);
  * training: FFRepro's and the peer's accuracies differ by at most the decisions whose relative margin, in the peer's
    evaluation, is below tol(T) at the last step (a decision further from its boundary than the two runs are apart
    cannot flip); the decisions that actually flip are counted and reported.
Continuous epoch-end metrics (mean goodness, losses) must agree within EVAL_FLOOR (definitions) and tol(T) (training).
"""
import json
import math

import numpy as np
import torch

from . import idx, npzio
from .evaluate import evaluate
from .replay import load_model

FLOOR = 1e-5
FACTOR = 10.0
EVAL_FLOOR = 1e-5
QUANTITIES = ["ff_loss", "peer_loss", "goodness_pos", "goodness_neg", "classifier_loss",
              "weight_norm", "bias_norm", "running_mean_norm", "classifier_norm"]


def relative(a, b):
    a, b = np.asarray(a, dtype=np.float64), np.asarray(b, dtype=np.float64)
    scale = np.maximum(np.abs(a), np.abs(b))
    return np.where(scale > 0, np.abs(a - b) / np.where(scale > 0, scale, 1), 0.0)


def per_step(x, y, steps):
    """Largest relative difference per step over every traced quantity, and the quantity (and layer) that has it."""
    worst, where = np.zeros(steps), [""] * steps
    for q in QUANTITIES:
        r = relative(x[q], y[q]).reshape(steps, -1)
        r = np.nan_to_num(r, nan=np.inf)
        for t in range(steps):
            j = int(np.argmax(r[t]))
            if r[t, j] > worst[t]:
                worst[t] = r[t, j]
                where[t] = q if r.shape[1] == 1 else f"{q}[layer {j + 1}]"
    return worst, where


def compare_steps(cs, py32, py64):
    steps = cs["ff_loss"].shape[0]
    err, where = per_step(cs, py32, steps)
    rounding, _ = per_step(py32, py64, steps)
    envelope = np.maximum.accumulate(rounding)
    tol = np.maximum(FLOOR, FACTOR * envelope)
    failed = np.nonzero(err > tol)[0]
    first = min(10, steps)
    tail = slice(max(0, steps - max(1, steps // 10)), steps)
    worst = int(np.argmax(err / tol))
    return {
        "steps": steps,
        "passed": failed.size == 0,
        "first_failure": None if failed.size == 0 else {
            "step": int(failed[0]) + 1, "quantity": where[failed[0]],
            "relative_error": float(err[failed[0]]), "tolerance": float(tol[failed[0]])},
        "max_error_step1": float(err[0]),
        "max_error_first10": float(err[:first].max()),
        "max_error_last10pct": float(err[tail].max()),
        "max_error": float(err.max()),
        "max_error_at": {"step": int(np.argmax(err)) + 1, "quantity": where[int(np.argmax(err))]},
        "float32_envelope_first10": float(envelope[first - 1]),
        "float32_envelope_end": float(envelope[-1]),
        "tolerance_end": float(tol[-1]),
        "max_error_over_tolerance": float((err / tol).max()),
        "max_error_over_tolerance_at": int(worst) + 1,
        "per_quantity_max": {q: float(np.nanmax(relative(cs[q], py32[q]))) for q in QUANTITIES},
    }


def _final_model(trace, depth, width):
    arrays = {k[len("final."):]: v for k, v in trace.items() if k.startswith("final.")}
    return load_model(arrays, depth, width, torch.float32)


def compare_eval(replay_arrays, replay_meta, cs, cs_meta, py32, py_meta, tol_end):
    depth, width = replay_meta["recipe"]["depth"], replay_meta["recipe"]["width"]
    pixels, labels = idx.load_split(replay_meta["data_folder"], "test")
    negatives = torch.from_numpy(replay_arrays["eval_negatives"])
    m = negatives.shape[0]
    images, labels = torch.from_numpy(pixels[:m]), torch.from_numpy(labels[:m])
    own, own_margin, own_decisions = evaluate(_final_model(py32, depth, width), images, labels, negatives)
    theirs, their_margin, their_decisions = evaluate(_final_model(cs, depth, width), images, labels, negatives)
    ffrepro = cs_meta["eval"]
    rows, passed = [], True
    for name in sorted(ffrepro):
        row = {"metric": name, "ffrepro": ffrepro[name], "peer": own[name], "peer_on_ffrepro_parameters": theirs[name]}
        if name in own_margin:   # an accuracy: compare decision counts
            n = own_margin[name].shape[0]
            row["decisions"] = n
            count = lambda acc: int(round(acc * n))
            row["difference"] = count(ffrepro[name]) - count(own[name])
            row["near_boundary"] = int((own_margin[name] < tol_end).sum())
            row["flipped"] = int((own_decisions[name] != their_decisions[name]).sum())
            flipped_margins = own_margin[name][own_decisions[name] != their_decisions[name]]
            row["flipped_max_margin"] = float(flipped_margins.max()) if flipped_margins.size else 0.0
            row["definition_difference"] = count(ffrepro[name]) - count(theirs[name])
            row["definition_near_boundary"] = int((their_margin[name] < EVAL_FLOOR).sum())
            row["passed"] = (abs(row["difference"]) <= row["near_boundary"]
                             and abs(row["definition_difference"]) <= row["definition_near_boundary"])
        else:
            row["relative_difference"] = float(relative(ffrepro[name], own[name]))
            row["definition_relative_difference"] = float(relative(ffrepro[name], theirs[name]))
            row["passed"] = (row["relative_difference"] <= tol_end
                             and row["definition_relative_difference"] <= EVAL_FLOOR)
        passed &= row["passed"]
        rows.append(row)
    return {"passed": passed, "tolerance": tol_end, "metrics": rows}


def compare(replay_path, cs_path, py32_path, py64_path):
    replay_arrays, replay_meta = npzio.load(replay_path)
    cs, cs_meta = npzio.load(cs_path)
    py32, py_meta = npzio.load(py32_path)
    py64, _ = npzio.load(py64_path)
    for q in QUANTITIES:
        if cs[q].shape != py32[q].shape or py32[q].shape != py64[q].shape:
            raise ValueError(f"trace shapes differ for {q}: {cs[q].shape}, {py32[q].shape}, {py64[q].shape}")
    result = {"steps": compare_steps(cs, py32, py64)}
    result["passed"] = result["steps"]["passed"]
    if cs_meta.get("eval") is not None:
        result["epoch_end"] = compare_eval(replay_arrays, replay_meta, cs, cs_meta, py32, py_meta,
                                           result["steps"]["tolerance_end"])
        result["passed"] &= result["epoch_end"]["passed"]
    result["ffrepro"] = {k: cs_meta["environment"].get(k) for k in ("libtorch", "torchsharp", "cpu", "threads", "aten_cpu_capability")}
    result["peer"] = {k: py_meta.get(k) for k in ("torch", "numpy", "threads")}
    return result
