"""The hyper-parameters of loeweX/Forward-Forward's config.yaml (commit da516f0), held here rather than read from
FFRepro's export, so that the peer does not inherit a changed FFRepro preset: an export whose recipe disagrees with
these values is refused (see replay.check_recipe)."""

LOEWEX = {
    "batch_size": 100,            # input.batch_size
    "peer_normalization": 0.03,   # model.peer_normalization
    "peer_momentum": 0.9,         # model.momentum (running mean of the peer-normalization loss)
    "learning_rate": 1e-3,        # training.learning_rate
    "weight_decay": 3e-4,         # training.weight_decay
    "momentum": 0.9,              # training.momentum (SGD, both parameter groups)
    "downstream_learning_rate": 1e-2,   # training.downstream_learning_rate
    "downstream_weight_decay": 3e-3,    # training.downstream_weight_decay
    "num_classes": 10,
}

# Fields of FFRepro's recipe JSON and the loeweX value (or rule) each must have for a replay to mean anything.
RECIPE_MUST_MATCH = {
    "batch_size": LOEWEX["batch_size"],
    "peer_norm_weight": LOEWEX["peer_normalization"],
    "peer_norm_momentum": LOEWEX["peer_momentum"],
    "lr": LOEWEX["learning_rate"],
    "weight_decay": LOEWEX["weight_decay"],
    "momentum": LOEWEX["momentum"],
    "classifier_lr": LOEWEX["downstream_learning_rate"],
    "classifier_weight_decay": LOEWEX["downstream_weight_decay"],
    "norm": "rms",
    "goodness": "sum_squares",
    "threshold": None,            # None = the layer's width, as loeweX's `logits = sum_of_squares - z.shape[1]`
    "full_gradient_relu": True,
    "init": "normal",
    "optimizer": "sgd",
    "lr_cooldown": True,
    "classifier": True,
    "schedule": "simultaneous",
    "negatives": "uniform_wrong",
    "resample_negatives": True,
    "standardize_pixels": False,
    "overlay_value": "one",
}


def cooldown_lr(epochs, epoch, lr):
    """loeweX utils.get_linear_cooldown_lr: `epoch` counts from 0."""
    if epoch > (epochs // 2):
        return lr * 2 * (1 + epochs - epoch) / epochs
    return lr
