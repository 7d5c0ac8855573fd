namespace FFRepro.Stats.Suite;

/// <summary>One validated curve of a run: values at ascending, distinct evaluation steps starting at 0.</summary>
internal sealed record EvalCurve(long[] Steps, double[] Values);
