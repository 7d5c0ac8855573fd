namespace FFRepro.Model.Metrics;

/// <summary>The data an evaluation ran on.</summary>
public enum EvalSplit
{
    /// <summary>The test split.</summary>
    Test,

    /// <summary>A fixed subset of the training split, the size of the test split.</summary>
    Train,
}
