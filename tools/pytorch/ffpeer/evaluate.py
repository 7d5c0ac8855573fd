"""Epoch-end metrics of a trained model on a fixed image set, from FFRepro's documented definitions (README, "Recipes"),
with each decision's margin so that samples sitting on a decision boundary can be counted.

Per layer l (threshold theta = width, goodness g = sum of squared ReLU activities, inputs RMS-normalized, every image
overlaid with each of the 10 labels):
  layer_ff_accuracy        (#{g(true label) > theta} + #{g(negative label) <= theta}) / 2M
  layer_goodness_accuracy  #{argmax_c g(c) = y} / M
  goodness_pos, goodness_neg  mean g of the true / negative label
  layer_loss               mean over the 2M samples of BCE-with-logits (logit g - theta)
Model:
  model_classifier_accuracy, classifier_loss  linear classifier on the neutral-label activations of layers 2..L
  model_goodness_accuracy (_deep)  argmax of goodness summed over all layers (layers 2..L)
"""
import torch
import torch.nn.functional as F

from .model import neutral


def _labelled(images, label, dtype):
    x = images.clone()
    x[:, :10] = 0
    x[:, label] = 1
    return x.to(dtype)


def _relative_gap(values):
    """(best - second best) / |best| along the last axis: how far an argmax decision is from a tie."""
    top2 = values.topk(2, dim=-1).values
    return (top2[..., 0] - top2[..., 1]) / top2[..., 0].abs().clamp_min(torch.finfo(values.dtype).tiny)


@torch.no_grad()
def evaluate(model, images, labels, negatives):
    """Metrics (floats) and per-decision margins (numpy arrays) of `model` on images [M, 784], labels [M],
    fixed negative labels [M]."""
    dtype = model.model[0].weight.dtype
    m = images.shape[0]
    theta = float(model.width)
    goodness = []   # per layer [M, 10]
    per_label = [model._layer_norm(_labelled(images, c, dtype)) for c in range(10)]
    for layer in model.model:
        g_layer = []
        for c in range(10):
            a = torch.relu(layer(per_label[c]))
            g_layer.append((a ** 2).sum(-1))
            per_label[c] = model._layer_norm(a)
        goodness.append(torch.stack(g_layer, -1))
    metrics, margins = {}, {}
    rows = torch.arange(m)
    for l, g in enumerate(goodness):
        g_pos, g_neg = g[rows, labels], g[rows, negatives]
        correct = (g_pos > theta).sum() + (g_neg <= theta).sum()
        metrics[f"layer_ff_accuracy_{l + 1}"] = correct.item() / (2 * m)
        metrics[f"layer_goodness_accuracy_{l + 1}"] = (g.argmax(-1) == labels).sum().item() / m
        metrics[f"goodness_pos_{l + 1}"] = g_pos.double().mean().item()
        metrics[f"goodness_neg_{l + 1}"] = g_neg.double().mean().item()
        loss = F.binary_cross_entropy_with_logits(torch.cat([g_pos, g_neg]).double() - theta,
                                                  torch.cat([torch.ones(m), torch.zeros(m)]).double(), reduction="sum")
        metrics[f"layer_loss_{l + 1}"] = loss.item() / (2 * m)
        margins[f"layer_ff_accuracy_{l + 1}"] = (torch.cat([g_pos, g_neg]) - theta).abs() / theta
        margins[f"layer_goodness_accuracy_{l + 1}"] = _relative_gap(g)
    summed_all = sum(g.double() for g in goodness)
    summed_deep = sum(g.double() for g in goodness[1:])
    metrics["model_goodness_accuracy"] = (summed_all.argmax(-1) == labels).sum().item() / m
    metrics["model_goodness_accuracy_deep"] = (summed_deep.argmax(-1) == labels).sum().item() / m
    margins["model_goodness_accuracy"] = _relative_gap(summed_all)
    margins["model_goodness_accuracy_deep"] = _relative_gap(summed_deep)
    output = model.linear_classifier(model.classifier_features(neutral(images.to(dtype))))
    metrics["model_classifier_accuracy"] = (output.argmax(-1) == labels).sum().item() / m
    metrics["classifier_loss"] = F.cross_entropy(output.double(), labels, reduction="sum").item() / m
    margins["model_classifier_accuracy"] = _relative_gap(output)
    decisions = {
        "layer_ff_accuracy": lambda l: torch.cat([goodness[l][rows, labels] > theta, goodness[l][rows, negatives] <= theta]),
    }
    per_sample = {}
    for l in range(len(goodness)):
        per_sample[f"layer_ff_accuracy_{l + 1}"] = decisions["layer_ff_accuracy"](l)
        per_sample[f"layer_goodness_accuracy_{l + 1}"] = goodness[l].argmax(-1) == labels
    per_sample["model_goodness_accuracy"] = summed_all.argmax(-1) == labels
    per_sample["model_goodness_accuracy_deep"] = summed_deep.argmax(-1) == labels
    per_sample["model_classifier_accuracy"] = output.argmax(-1) == labels
    return metrics, {k: v.double().numpy() for k, v in margins.items()}, {k: v.numpy() for k, v in per_sample.items()}
