namespace FFRepro.Stats;

/// <summary>
/// The runs or curves given to the statistics cannot be analysed as they are (no run finished, a metric has no rows,
/// a run id appears twice...). The message names what is missing or inconsistent. Faults of the program itself throw
/// <see cref="ArgumentException"/> instead, so that a front end can tell bad data from bugs.
/// </summary>
public sealed class StatsInputException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong with the data.</param>
    public StatsInputException(string message) : base(message) { }
}
