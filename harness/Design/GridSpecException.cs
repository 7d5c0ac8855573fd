namespace FFRepro.Harness.Design;

/// <summary>A grid spec that cannot be run; <see cref="Errors"/> lists every problem, each naming its field.</summary>
public sealed class GridSpecException : Exception
{
    /// <summary>Creates the exception from one or more problems.</summary>
    public GridSpecException(string source, IReadOnlyList<string> errors)
        : base($"{source}: " + string.Join(Environment.NewLine + "  ", errors))
    {
        Source = source;
        Errors = errors;
    }

    /// <summary>Every problem found, in the order found.</summary>
    public IReadOnlyList<string> Errors { get; }
}
