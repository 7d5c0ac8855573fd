"""Times the PyTorch peer's training epoch of the paper recipe, the workload `ffrepro bench` times: batch 100, a fixed
number of batches of uniform random pixels (the cost does not depend on the values), one warm-up epoch first.

  single   one run: the loeweX model of model.py (nn.Linear layers, torch.optim.SGD), as loeweX's train loop runs it
  batched  S seeds in one model: every layer's weights [S, in, out] multiplied with torch.baddbmm, each seed its own
           data order and negative labels, the same losses summed over seeds (so each seed's gradient is its own)

    python3 -m ffpeer.bench --shape 2x100 --mode batched --seeds 30 --batches 80 --measured 1
Prints one JSON line: every measured epoch in wall and process CPU ms (all seeds) and per seed.
"""
import argparse
import json
import math
import time

import torch
import torch.nn.functional as F

from .config import LOEWEX
from .model import FFModel, ReLUFullGrad, make_optimizer, neutral, overlay


def layer_norm(z, eps=1e-8):
    return z / (torch.sqrt(torch.mean(z ** 2, dim=-1, keepdim=True)) + eps)


class BatchedFF:
    """The paper recipe for S independent networks at once (loeweX's losses, vectorized over a leading seed axis)."""

    def __init__(self, seeds, depth, width):
        self.S, self.depth, self.width = seeds, depth, width
        self.weights, self.biases, d_in = [], [], 784
        for _ in range(depth):
            self.weights.append(torch.empty(seeds, width, d_in).normal_(0, 1 / math.sqrt(width)).transpose(1, 2).contiguous().requires_grad_())
            self.biases.append(torch.zeros(seeds, 1, width, requires_grad=True))
            d_in = width
        self.classifier = torch.zeros(seeds, width * (depth - 1), 10, requires_grad=True)
        self.running_means = [torch.zeros(seeds, 1, width) + 0.5 for _ in range(depth)]
        self.optimizer = torch.optim.SGD([
            {"params": self.weights + self.biases, "lr": LOEWEX["learning_rate"], "weight_decay": LOEWEX["weight_decay"],
             "momentum": LOEWEX["momentum"]},
            {"params": [self.classifier], "lr": LOEWEX["downstream_learning_rate"],
             "weight_decay": LOEWEX["downstream_weight_decay"], "momentum": LOEWEX["momentum"]},
        ])

    def step(self, x, y, neg):
        """x [S, B, 784], y and neg [S, B]."""
        S, B = y.shape
        def labelled(labels):
            z = x.clone()
            z[..., :10] = F.one_hot(labels, 10).to(x.dtype)
            return z
        z = layer_norm(torch.cat([labelled(y), labelled(neg)], 1))
        posneg = torch.cat([torch.ones(S, B), torch.zeros(S, B)], 1)
        loss = 0
        for l in range(self.depth):
            z = ReLUFullGrad.apply(torch.baddbmm(self.biases[l], z, self.weights[l]))
            self.running_means[l] = self.running_means[l].detach() * LOEWEX["peer_momentum"] + z[:, :B].mean(1, keepdim=True) * (1 - LOEWEX["peer_momentum"])
            peer = ((self.running_means[l].mean(-1, keepdim=True) - self.running_means[l]) ** 2).mean((1, 2))
            ff = F.binary_cross_entropy_with_logits(z.pow(2).sum(-1) - self.width, posneg, reduction="none").mean(1)
            loss = loss + (LOEWEX["peer_normalization"] * peer + ff).sum()
            z = layer_norm(z.detach())
        with torch.no_grad():
            h, features = layer_norm(torch.cat([torch.full_like(x[..., :10], 0.1), x[..., 10:]], -1)), []
            for l in range(self.depth):
                h = layer_norm(torch.baddbmm(self.biases[l], h, self.weights[l]).clamp(min=0))
                if l >= 1:
                    features.append(h)
        out = torch.bmm(torch.cat(features, -1), self.classifier)
        out = out - out.max(-1, keepdim=True)[0]
        loss = loss + F.cross_entropy(out.reshape(-1, 10), y.reshape(-1), reduction="sum") / B
        self.optimizer.zero_grad(set_to_none=True)
        loss.backward()
        self.optimizer.step()


def epoch_batched(model, data, targets, batches, batch):
    S = model.S
    perms = torch.stack([torch.randperm(data.shape[0]) for _ in range(S)])
    for i in range(batches):
        idx = perms[:, i * batch:(i + 1) * batch]
        y = targets[idx]
        model.step(data[idx], y, (y + torch.randint(1, 10, y.shape)) % 10)


def epoch_single(model, optimizer, data, targets, batches, batch):
    perm = torch.randperm(data.shape[0])
    for i in range(batches):
        idx = perm[i * batch:(i + 1) * batch]
        x, y = data[idx], targets[idx]
        neg = (y + torch.randint(1, 10, y.shape)) % 10
        optimizer.zero_grad()
        out = model(overlay(x, y), overlay(x, neg), neutral(x), y)
        out["Loss"].backward()
        optimizer.step()


def measure(mode, depth, width, seeds, batches, measured, batch=LOEWEX["batch_size"]):
    torch.manual_seed(1)
    n = batch * batches
    data, targets = torch.rand(n, 784), torch.randint(0, 10, (n,))
    if mode == "batched":
        model = BatchedFF(seeds, depth, width)
        run = lambda: epoch_batched(model, data, targets, batches, batch)
    else:
        seeds = 1
        model = FFModel(depth, width)
        optimizer = make_optimizer(model)
        run = lambda: epoch_single(model, optimizer, data, targets, batches, batch)
    times, cpu = [], []
    for e in range(measured + 1):   # the first epoch is a warm-up
        t, c = time.perf_counter(), time.process_time()
        run()
        if e > 0:
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
    return seeds, times, cpu


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shape", default="2x100")
    ap.add_argument("--mode", choices=["batched", "single"], default="batched")
    ap.add_argument("--seeds", type=int, default=30)
    ap.add_argument("--batches", type=int, default=80)
    ap.add_argument("--measured", type=int, default=1)
    a = ap.parse_args(argv)
    depth, width = (int(v) for v in a.shape.split("x"))
    torch.set_num_threads(1)
    seeds, times, cpu = measure(a.mode, depth, width, a.seeds, a.batches, a.measured)
    print(json.dumps({"impl": "pytorch", "torch": torch.__version__, "threads": torch.get_num_threads(),
                      "shape": a.shape, "mode": a.mode, "seeds": seeds, "batches": a.batches,
                      "all_ms": [round(t, 3) for t in times], "per_seed_ms": [round(t / seeds, 3) for t in times],
                      "all_cpu_ms": [round(t, 3) for t in cpu], "per_seed_cpu_ms": [round(t / seeds, 3) for t in cpu]}))


if __name__ == "__main__":
    main()
