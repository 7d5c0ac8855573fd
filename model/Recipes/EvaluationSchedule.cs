using System.Globalization;

namespace FFRepro.Model.Recipes;

/// <summary>
/// The optimizer steps at which a run is evaluated, parsed from the recipe's <c>eval_schedule</c> text. A step is one
/// mini-batch update round (all layers the schedule trains on that batch); step 0 is before any training and step
/// <c>epochs x steps_per_epoch</c> is the end of training. The text is a comma-separated list of terms whose points are
/// united, always together with step 0 and the last step:
/// <list type="bullet">
/// <item><c>epochs</c>: the end of every <c>eval_every</c>-th epoch (FFRepro's behaviour before schedules existed).</item>
/// <item><c>epochs:N</c>: at most N epoch ends spread over the run: the end of every k-th epoch, k = ceil(epochs / N)
/// (every epoch when the run has at most N), so long runs cost no more evaluations than short ones (N &gt;= 1).</item>
/// <item><c>every_steps:N</c>: every N steps (N &gt;= 1).</item>
/// <item><c>log:K@S</c>: K points per decade from step 1 up to step S, i.e. round(10^(i/K)) for i = 0, 1, ... while
/// &lt;= S (steps that round to the same integer count once); 1 &lt;= K &lt;= 1000, S &gt;= 1.</item>
/// </list>
/// Example: <c>log:10@2000,epochs:20</c> evaluates densely (10 points per decade) through the first 2,000 steps, where
/// layers rise, and at 20 epoch ends over the run (every epoch of a 10-epoch run, every 5th of a 100-epoch run).
/// </summary>
public sealed record EvaluationSchedule
{
    /// <summary>The schedule that evaluates at epoch ends only (the behaviour of runs recorded before schedules existed).</summary>
    public const string EpochsText = "epochs";

    /// <summary>Whether every <c>eval_every</c>-th epoch end is a point.</summary>
    public bool EpochEnds { get; private init; }

    /// <summary>Most epoch ends of the <c>epochs:N</c> term; null when absent.</summary>
    public int? MaxEpochEnds { get; private init; }

    /// <summary>Interval of the <c>every_steps</c> term; null when absent.</summary>
    public int? EverySteps { get; private init; }

    /// <summary>Points per decade of the <c>log</c> term; null when absent.</summary>
    public int? LogPerDecade { get; private init; }

    /// <summary>Last step of the <c>log</c> term; null when absent.</summary>
    public long? LogUntil { get; private init; }

    /// <summary>The canonical text: terms in the order log, every_steps, epochs:N, epochs.</summary>
    public override string ToString()
    {
        var terms = new List<string>();
        if (LogPerDecade is { } k) terms.Add(string.Create(CultureInfo.InvariantCulture, $"log:{k}@{LogUntil}"));
        if (EverySteps is { } n) terms.Add(string.Create(CultureInfo.InvariantCulture, $"every_steps:{n}"));
        if (MaxEpochEnds is { } m) terms.Add(string.Create(CultureInfo.InvariantCulture, $"epochs:{m}"));
        if (EpochEnds) terms.Add(EpochsText);
        return string.Join(",", terms);
    }

    /// <summary>Parses <paramref name="text"/>; on failure returns false and a message saying what is wrong (without the field name).</summary>
    public static bool TryParse(string? text, out EvaluationSchedule schedule, out string error)
    {
        schedule = new EvaluationSchedule();
        error = "";
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "must list at least one term: epochs, epochs:N, every_steps:N or log:K@S (e.g. \"log:10@2000,epochs:20\").";
            return false;
        }
        foreach (var raw in text.Split(','))
        {
            var term = raw.Trim();
            if (term == EpochsText)
            {
                if (schedule.EpochEnds) return Fail(out error, $"term '{term}' is given twice.");
                schedule = schedule with { EpochEnds = true };
            }
            else if (term.StartsWith(EpochsText + ":", StringComparison.Ordinal))
            {
                if (schedule.MaxEpochEnds is not null) return Fail(out error, "term 'epochs:N' is given twice.");
                if (!TryInt(term[(EpochsText.Length + 1)..], out var n) || n < 1)
                    return Fail(out error, $"'{term}': epochs:N needs an integer N >= 1 (the most epoch ends to evaluate).");
                schedule = schedule with { MaxEpochEnds = n };
            }
            else if (term.StartsWith("every_steps:", StringComparison.Ordinal))
            {
                if (schedule.EverySteps is not null) return Fail(out error, "term 'every_steps' is given twice.");
                if (!TryInt(term["every_steps:".Length..], out var n) || n < 1)
                    return Fail(out error, $"'{term}': every_steps:N needs an integer N >= 1.");
                schedule = schedule with { EverySteps = n };
            }
            else if (term.StartsWith("log:", StringComparison.Ordinal))
            {
                if (schedule.LogPerDecade is not null) return Fail(out error, "term 'log' is given twice.");
                var parts = term["log:".Length..].Split('@');
                if (parts.Length != 2 || !TryInt(parts[0], out var k) || k is < 1 or > 1000
                    || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var until) || until < 1)
                    return Fail(out error, $"'{term}': log:K@S needs K points per decade (1..1000) and a last step S >= 1, e.g. log:10@2000.");
                schedule = schedule with { LogPerDecade = k, LogUntil = until };
            }
            else
            {
                return Fail(out error, $"unknown term '{term}'; terms are epochs, epochs:N, every_steps:N and log:K@S, separated by commas.");
            }
        }
        return true;
    }

    /// <summary>Parses <paramref name="text"/>; throws <see cref="RecipeException"/> naming <c>eval_schedule</c> when it is malformed.</summary>
    public static EvaluationSchedule Parse(string? text) =>
        TryParse(text, out var s, out var error) ? s : throw new RecipeException("eval_schedule", error);

    /// <summary>
    /// The evaluation points of a run, ascending and distinct: step 0, the last step <c>epochs x stepsPerEpoch</c>, and
    /// every point of the terms up to the last step.
    /// </summary>
    /// <param name="stepsPerEpoch">Mini-batches per epoch (&gt;= 1).</param>
    /// <param name="epochs">Epochs of the run (&gt;= 1).</param>
    /// <param name="evalEvery">Interval of the <c>epochs</c> term, in epochs (&gt;= 1).</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is below 1.</exception>
    public long[] Points(int stepsPerEpoch, int epochs, int evalEvery)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stepsPerEpoch, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(evalEvery, 1);
        var last = (long)epochs * stepsPerEpoch;
        var points = new SortedSet<long> { 0, last };
        if (EpochEnds)
            for (var e = evalEvery; e <= epochs; e += evalEvery) points.Add((long)e * stepsPerEpoch);
        if (MaxEpochEnds is { } most)
            for (long every = (epochs + most - 1) / most, e = every; e <= epochs; e += every) points.Add(e * stepsPerEpoch);
        if (EverySteps is { } n)
            for (var s = (long)n; s <= last; s += n) points.Add(s);
        if (LogPerDecade is { } k)
        {
            var until = Math.Min(LogUntil!.Value, last);
            for (var i = 0; ; i++)
            {
                var s = (long)Math.Round(Math.Pow(10, i / (double)k));
                if (s > until) break;
                points.Add(s);
            }
        }
        return [.. points];
    }

    private static bool TryInt(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);

    private static bool Fail(out string error, string message)
    {
        error = message;
        return false;
    }
}
