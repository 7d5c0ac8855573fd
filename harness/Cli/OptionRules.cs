using System.CommandLine;

namespace FFRepro.Harness.Cli;

/// <summary>
/// Validation of option values while the command line is parsed, so that an out-of-range or unknown value is a
/// parse error (one <c>error:</c> line, exit 2) instead of a failure deep inside the command.
/// </summary>
internal static class OptionRules
{
    /// <summary>Requires the value to be at least <paramref name="min"/>.</summary>
    public static Option<int> AtLeast(this Option<int> option, int min)
    {
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<int>();
            if (value < min) r.AddError($"{option.Name} must be at least {min} (got {value}).");
        });
        return option;
    }

    /// <summary>Requires a comma-separated list of at least one entry, each one of <paramref name="allowed"/>.</summary>
    public static Option<string> ListOf(this Option<string> option, params string[] allowed)
    {
        option.Validators.Add(r =>
        {
            var entries = (r.GetValueOrDefault<string>() ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var unknown = entries.Where(e => !allowed.Contains(e, StringComparer.Ordinal)).ToList();
            if (entries.Length == 0 || unknown.Count > 0)
                r.AddError($"{option.Name} takes {string.Join(" and/or ", allowed)}, comma-separated" +
                    (unknown.Count > 0 ? $" (got '{string.Join(",", unknown)}')." : " (got nothing)."));
        });
        return option;
    }
}
