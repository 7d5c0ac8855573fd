"""Replays one FFRepro run in the loeweX model from an FFRepro replay file (`ffrepro trace export`) and writes the
per-step trace (same layout as `ffrepro trace run`).

    python3 -m ffpeer.replay REPLAY.npz OUT.npz [--dtype float32|float64] [--data FOLDER]
"""
import argparse
import json
import platform
import sys

import numpy as np
import torch

from . import idx, npzio
from .config import LOEWEX, RECIPE_MUST_MATCH, cooldown_lr
from .evaluate import evaluate
from .model import FFModel, make_optimizer, neutral, overlay

TRACE_FORMAT = "ffrepro-trace/1"
REPLAY_FORMAT = "ffrepro-replay/1"


def check_recipe(recipe):
    """Every field the loeweX model fixes must have loeweX's value; returns the list of mismatches."""
    return [f"{k} = {recipe.get(k)!r}, loeweX: {v!r}" for k, v in RECIPE_MUST_MATCH.items() if recipe.get(k) != v]


def load_model(arrays, depth, width, dtype):
    """The loeweX model with the exported initial parameters and running means."""
    model = FFModel(depth, width, dtype=dtype)
    with torch.no_grad():
        for l, layer in enumerate(model.model):
            layer.weight.copy_(torch.from_numpy(arrays[f"layer{l}.weight"]))
            layer.bias.copy_(torch.from_numpy(arrays[f"layer{l}.bias"]))
            model.running_means[l] = torch.from_numpy(arrays[f"layer{l}.running_mean"]).to(dtype)
        model.linear_classifier[0].weight.copy_(torch.from_numpy(arrays["classifier.weight"]))
    return model


def parameter_norms(model):
    """Euclidean norms after a step, in float64: weights, biases and running means per layer, and the classifier."""
    norm = lambda t: torch.linalg.vector_norm(t.detach().double()).item()
    return ([norm(l.weight) for l in model.model], [norm(l.bias) for l in model.model],
            [norm(r) for r in model.running_means], norm(model.linear_classifier[0].weight))


def final_parameters(model):
    out = {}
    for l, layer in enumerate(model.model):
        out[f"final.layer{l}.weight"] = layer.weight.detach().numpy()
        out[f"final.layer{l}.bias"] = layer.bias.detach().numpy()
        out[f"final.layer{l}.running_mean"] = model.running_means[l].detach().numpy()
    out["final.classifier.weight"] = model.linear_classifier[0].weight.detach().numpy()
    return out


def replay(arrays, meta, data_folder, dtype):
    """Trains the exported run step by step; returns (trace arrays, trace meta)."""
    recipe = meta["recipe"]
    depth, width, epochs = recipe["depth"], recipe["width"], recipe["epochs"]
    model = load_model(arrays, depth, width, dtype)
    optimizer = make_optimizer(model)
    pixels, labels = idx.load_split(data_folder, "train")
    pixels = torch.from_numpy(pixels).to(dtype)   # float32 pixels, then widened: the float64 run starts from the same input
    labels = torch.from_numpy(labels)
    order, negatives, step_epoch = arrays["order"], arrays["negatives"], arrays["epoch"]
    steps = order.shape[0]
    rec = {k: np.zeros((steps, depth)) for k in
           ("ff_loss", "peer_loss", "goodness_pos", "goodness_neg", "weight_norm", "bias_norm", "running_mean_norm")}
    rec["classifier_loss"] = np.zeros(steps)
    rec["classifier_norm"] = np.zeros(steps)
    current_epoch = None
    for t in range(steps):
        epoch0 = int(step_epoch[t]) - 1   # loeweX counts epochs from 0
        if epoch0 != current_epoch:
            # utils.update_learning_rate, once per epoch before its first step
            optimizer.param_groups[0]["lr"] = cooldown_lr(epochs, epoch0, LOEWEX["learning_rate"])
            optimizer.param_groups[1]["lr"] = cooldown_lr(epochs, epoch0, LOEWEX["downstream_learning_rate"])
            current_epoch = epoch0
        index = torch.from_numpy(order[t])
        x, y = pixels[index], labels[index]
        neg = torch.from_numpy(negatives[t])
        optimizer.zero_grad()
        out = model(overlay(x, y), overlay(x, neg), neutral(x), y)
        out["Loss"].backward()
        optimizer.step()
        for l in range(depth):
            rec["ff_loss"][t, l] = out[f"loss_layer_{l}"].item()
            rec["peer_loss"][t, l] = out[f"peer_loss_layer_{l}"].item()
            rec["goodness_pos"][t, l] = out[f"goodness_pos_layer_{l}"].item()
            rec["goodness_neg"][t, l] = out[f"goodness_neg_layer_{l}"].item()
        rec["classifier_loss"][t] = out["classification_loss"].item()
        w, b, r, c = parameter_norms(model)
        rec["weight_norm"][t], rec["bias_norm"][t], rec["running_mean_norm"][t], rec["classifier_norm"][t] = w, b, r, c
    trace = dict(rec)
    trace.update(final_parameters(model))
    out_meta = {
        "format": TRACE_FORMAT, "implementation": "pytorch", "torch": torch.__version__, "numpy": np.__version__,
        "python": platform.python_version(), "threads": torch.get_num_threads(), "dtype": str(dtype).replace("torch.", ""),
        "steps": steps, "depth": depth, "width": width, "seed": meta["seed"],
    }
    if meta.get("evaluate", False):
        test_pixels, test_labels = idx.load_split(data_folder, "test")
        m = len(arrays["eval_negatives"])
        metrics, _, _ = evaluate(model, torch.from_numpy(test_pixels[:m]).to(dtype), torch.from_numpy(test_labels[:m]),
                                 torch.from_numpy(arrays["eval_negatives"]))
        out_meta["eval"] = metrics
    return trace, out_meta


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("replay")
    ap.add_argument("out")
    ap.add_argument("--dtype", choices=["float32", "float64"], default="float32")
    ap.add_argument("--data", help="folder of the data set's IDX files (default: the one named in the replay file)")
    a = ap.parse_args(argv)
    arrays, meta = npzio.load(a.replay)
    if meta.get("format") != REPLAY_FORMAT:
        print(f"error: {a.replay} is not an {REPLAY_FORMAT} file (format {meta.get('format')!r})", file=sys.stderr)
        return 2
    bad = check_recipe(meta["recipe"])
    if bad:
        print("error: the replay's recipe is not loeweX's: " + "; ".join(bad), file=sys.stderr)
        return 2
    torch.set_num_threads(1)
    trace, out_meta = replay(arrays, meta, a.data or meta["data_folder"], getattr(torch, a.dtype))
    npzio.save(a.out, trace, out_meta)
    print(json.dumps({k: out_meta[k] for k in ("implementation", "dtype", "steps", "depth", "width", "seed")}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
