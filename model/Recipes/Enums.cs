namespace FFRepro.Model.Recipes;

/// <summary>Layer input normalization.</summary>
public enum NormKind
{
    /// <summary>z / (sqrt(mean(z^2)) + 1e-8) (loeweX).</summary>
    Rms,

    /// <summary>z / (||z||_2 + 1e-4) (pezeshki).</summary>
    L2,
}

/// <summary>Goodness of an activity vector h of n units.</summary>
public enum GoodnessKind
{
    /// <summary>sum_j h_j^2.</summary>
    SumSquares,

    /// <summary>(1/n) sum_j h_j^2.</summary>
    MeanSquares,
}

/// <summary>FF layer weight initialization (biases: see each member).</summary>
public enum InitKind
{
    /// <summary>W ~ N(0, 1/sqrt(out_features)) as standard deviation, bias 0 (loeweX).</summary>
    Normal,

    /// <summary>W, b ~ U(-1/sqrt(in), 1/sqrt(in)), torch.nn.Linear's default (pezeshki).</summary>
    TorchDefault,
}

/// <summary>Optimizer.</summary>
public enum OptimizerKind
{
    /// <summary>SGD with momentum, dampening 0, no Nesterov, L2 decay added to the gradient (torch.optim.SGD).</summary>
    Sgd,

    /// <summary>Adam, betas 0.9/0.999, eps 1e-8, L2 decay added to the gradient (torch.optim.Adam).</summary>
    Adam,
}

/// <summary>Which layers learn when.</summary>
public enum Schedule
{
    /// <summary>All layers updated on every batch from one forward pass (loeweX).</summary>
    Simultaneous,

    /// <summary>Each layer trained to the end (Epochs / Depth epochs) before the next one starts.</summary>
    Greedy,

    /// <summary>Every epoch, one step per layer in order, layer l+1 seeing layer l's updated output.</summary>
    Interleaved,
}

/// <summary>How a negative sample's label is chosen.</summary>
public enum NegativeSampler
{
    /// <summary>Uniformly among the 9 labels that are not the true one.</summary>
    UniformWrong,

    /// <summary>The label of a randomly permuted sample (pezeshki's original; equals the true label about 10% of the time).</summary>
    Permuted,
}

/// <summary>Value of the "on" pixel of the label overlay.</summary>
public enum OverlayValue
{
    /// <summary>1.0.</summary>
    One,

    /// <summary>The largest pixel value of the (possibly standardized) data.</summary>
    Max,
}
