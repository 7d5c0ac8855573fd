"""The Forward-Forward model of loeweX/Forward-Forward (src/ff_model.py, src/utils.py), restated for replaying one run
step by step: the same layers, losses and optimizer, with the data pipeline (ff_mnist.py) replaced by batches given
by the caller, so that every random draw can come from an export. Statements follow the original; where this file
differs it says why.
"""
import math

import torch
import torch.nn as nn

from .config import LOEWEX


class ReLUFullGrad(torch.autograd.Function):
    """ReLU whose backward pass lets the gradient through irrespective of the input (loeweX's ReLU_full_grad)."""

    @staticmethod
    def forward(ctx, x):
        return x.clamp(min=0)

    @staticmethod
    def backward(ctx, grad_output):
        return grad_output.clone()


class FFModel(nn.Module):
    """loeweX's FF_model for `depth` hidden layers of `width` units on 784 inputs."""

    def __init__(self, depth, width, dtype=torch.float32):
        super().__init__()
        if depth < 2:
            # loeweX's classifier reads layers 2..L; with one layer it would have no input.
            raise ValueError("the loeweX model needs at least 2 hidden layers")
        self.depth, self.width = depth, width
        self.num_channels = [width] * depth
        self.act_fn = ReLUFullGrad()
        self.model = nn.ModuleList([nn.Linear(784, width, dtype=dtype)])
        for i in range(1, depth):
            self.model.append(nn.Linear(width, width, dtype=dtype))
        self.ff_loss = nn.BCEWithLogitsLoss()
        self.running_means = [torch.zeros(width, dtype=dtype) + 0.5 for _ in range(depth)]
        channels_for_classification_loss = sum(self.num_channels[-i] for i in range(depth - 1))
        self.linear_classifier = nn.Sequential(nn.Linear(channels_for_classification_loss, 10, bias=False, dtype=dtype))
        self.classification_loss = nn.CrossEntropyLoss()
        self._init_weights()

    def _init_weights(self):
        for m in self.model.modules():
            if isinstance(m, nn.Linear):
                torch.nn.init.normal_(m.weight, mean=0, std=1 / math.sqrt(m.weight.shape[0]))
                torch.nn.init.zeros_(m.bias)
        for m in self.linear_classifier.modules():
            if isinstance(m, nn.Linear):
                nn.init.zeros_(m.weight)

    @staticmethod
    def _layer_norm(z, eps=1e-8):
        return z / (torch.sqrt(torch.mean(z ** 2, dim=-1, keepdim=True)) + eps)

    def _calc_peer_normalization_loss(self, idx, z, batch_size):
        mean_activity = torch.mean(z[:batch_size], dim=0)   # positive samples only
        self.running_means[idx] = self.running_means[idx].detach() * LOEWEX["peer_momentum"] + mean_activity * (
            1 - LOEWEX["peer_momentum"])
        peer_loss = (torch.mean(self.running_means[idx]) - self.running_means[idx]) ** 2
        return torch.mean(peer_loss)

    def _calc_ff_loss(self, z, labels):
        sum_of_squares = torch.sum(z ** 2, dim=-1)
        logits = sum_of_squares - z.shape[1]
        return self.ff_loss(logits, labels.float()), sum_of_squares

    def forward(self, pos_images, neg_images, neutral_sample, class_labels):
        """One training forward pass. Returns loeweX's scalar outputs ("Loss" is what is minimized) plus, per layer,
        the mean goodness (sum of squares) of the positive and of the negative half, which the trace records."""
        batch_size = pos_images.shape[0]
        dev, dtype = pos_images.device, pos_images.dtype
        scalar_outputs = {
            "Loss": torch.zeros(1, device=dev, dtype=dtype),
            "Peer Normalization": torch.zeros(1, device=dev, dtype=dtype),
        }
        z = torch.cat([pos_images, neg_images], dim=0)
        posneg_labels = torch.zeros(z.shape[0], device=dev, dtype=dtype)
        posneg_labels[:batch_size] = 1
        z = z.reshape(z.shape[0], -1)
        z = self._layer_norm(z)
        for idx, layer in enumerate(self.model):
            z = layer(z)
            z = self.act_fn.apply(z)
            if LOEWEX["peer_normalization"] > 0:
                peer_loss = self._calc_peer_normalization_loss(idx, z, batch_size)
                scalar_outputs[f"peer_loss_layer_{idx}"] = peer_loss
                scalar_outputs["Peer Normalization"] += peer_loss
                scalar_outputs["Loss"] += LOEWEX["peer_normalization"] * peer_loss
            ff_loss, goodness = self._calc_ff_loss(z, posneg_labels)
            scalar_outputs[f"loss_layer_{idx}"] = ff_loss
            scalar_outputs[f"goodness_pos_layer_{idx}"] = goodness[:batch_size].mean()
            scalar_outputs[f"goodness_neg_layer_{idx}"] = goodness[batch_size:].mean()
            scalar_outputs["Loss"] += ff_loss
            z = z.detach()
            z = self._layer_norm(z)
        return self.forward_downstream_classification_model(neutral_sample, class_labels, scalar_outputs)

    def classifier_features(self, neutral_sample):
        """Normalized activations of layers 2..L for neutral-label samples (no gradient)."""
        z = neutral_sample.reshape(neutral_sample.shape[0], -1)
        z = self._layer_norm(z)
        features = []
        with torch.no_grad():
            for idx, layer in enumerate(self.model):
                z = layer(z)
                z = self.act_fn.apply(z)
                z = self._layer_norm(z)
                if idx >= 1:
                    features.append(z)
        return torch.concat(features, dim=-1)

    def forward_downstream_classification_model(self, neutral_sample, class_labels, scalar_outputs):
        output = self.linear_classifier(self.classifier_features(neutral_sample).detach())
        output = output - torch.max(output, dim=-1, keepdim=True)[0]
        classification_loss = self.classification_loss(output, class_labels)
        scalar_outputs["Loss"] += classification_loss
        scalar_outputs["classification_loss"] = classification_loss
        return scalar_outputs


def make_optimizer(model):
    """loeweX utils.get_model_and_optimizer: SGD, one group for the FF layers, one for the classifier."""
    main_model_params = [p for p in model.parameters()
                         if all(p is not x for x in model.linear_classifier.parameters())]
    return torch.optim.SGD([
        {"params": main_model_params, "lr": LOEWEX["learning_rate"], "weight_decay": LOEWEX["weight_decay"],
         "momentum": LOEWEX["momentum"]},
        {"params": model.linear_classifier.parameters(), "lr": LOEWEX["downstream_learning_rate"],
         "weight_decay": LOEWEX["downstream_weight_decay"], "momentum": LOEWEX["momentum"]},
    ])


def overlay(images, labels, num_classes=10):
    """ff_mnist._get_pos_sample / _get_neg_sample: the first 10 pixels replaced by the one-hot label."""
    sample = images.clone()
    sample[:, :num_classes] = torch.nn.functional.one_hot(labels, num_classes=num_classes).to(images.dtype)
    return sample


def neutral(images, num_classes=10):
    """ff_mnist._get_neutral_sample: the first 10 pixels set to 1/10 (the uniform label)."""
    sample = images.clone()
    sample[:, :num_classes] = torch.ones(num_classes, dtype=images.dtype) / num_classes
    return sample
