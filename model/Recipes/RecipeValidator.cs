namespace FFRepro.Model.Recipes;

/// <summary>The constraints a <see cref="Recipe"/> must satisfy before anything trains.</summary>
public static class RecipeValidator
{
    /// <summary>One message per violated constraint, each starting with the snake_case field name.</summary>
    public static IReadOnlyList<string> Errors(Recipe r)
    {
        var errors = new List<string>();
        void Check(bool ok, string field, string message)
        {
            if (!ok) errors.Add($"{field}: {message}");
        }

        Check(r.Depth >= 1, "depth", $"must be >= 1 (got {r.Depth}).");
        Check(r.Width >= 1, "width", $"must be >= 1 (got {r.Width}).");
        Check(r.Epochs >= 1, "epochs", $"must be >= 1 (got {r.Epochs}).");
        Check(r.BatchSize >= 0, "batch_size", $"must be >= 0, 0 meaning full batch (got {r.BatchSize}).");
        Check(r.Threshold is null || double.IsFinite(r.Threshold.Value), "threshold", "must be a finite number or null.");
        Check(r.PeerNormWeight >= 0 && double.IsFinite(r.PeerNormWeight), "peer_norm_weight", $"must be >= 0 (got {r.PeerNormWeight}).");
        Check(r.PeerNormMomentum is >= 0 and < 1, "peer_norm_momentum", $"must be in [0, 1) (got {r.PeerNormMomentum}).");
        Check(r.Lr > 0 && double.IsFinite(r.Lr), "lr", $"must be > 0 (got {r.Lr}).");
        Check(r.Momentum is >= 0 and < 1, "momentum", $"must be in [0, 1) (got {r.Momentum}).");
        Check(r.WeightDecay >= 0 && double.IsFinite(r.WeightDecay), "weight_decay", $"must be >= 0 (got {r.WeightDecay}).");
        Check(!r.Classifier || (r.ClassifierLr > 0 && double.IsFinite(r.ClassifierLr)), "classifier_lr", $"must be > 0 when classifier is on (got {r.ClassifierLr}).");
        Check(r.ClassifierWeightDecay >= 0, "classifier_weight_decay", $"must be >= 0 (got {r.ClassifierWeightDecay}).");
        Check(r.Schedule != Schedule.Greedy || r.Epochs % r.Depth == 0, "epochs", $"must be a multiple of depth ({r.Depth}) for the greedy schedule (got {r.Epochs}).");
        Check(r.EvalEvery >= 1, "eval_every", $"must be >= 1 (got {r.EvalEvery}).");
        Check(EvaluationSchedule.TryParse(r.EvalSchedule, out _, out var scheduleError), "eval_schedule", $"'{r.EvalSchedule}': {scheduleError}");
        Check(r.EvalSamples >= 0, "eval_samples", $"must be >= 0, 0 meaning the whole test split (got {r.EvalSamples}).");
        return errors;
    }

    /// <summary>Throws <see cref="RecipeException"/> for the first violation, listing all of them.</summary>
    public static void ThrowIfInvalid(Recipe r)
    {
        var errors = Errors(r);
        if (errors.Count > 0)
            throw new RecipeException(errors[0].Split(':')[0], string.Join(" ", errors.Select(e => e[(e.IndexOf(':') + 2)..])));
    }

    /// <summary>Checks the recipe against the data it will train on (batch larger than the data, too few samples).</summary>
    public static void ThrowIfIncompatible(Recipe r, int trainCount)
    {
        if (r.BatchSize > trainCount)
            throw new RecipeException("batch_size", $"{r.BatchSize} is larger than the {trainCount} training images.");
    }
}
