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
            if (!IsInteger(r)) return;
            var value = r.GetValueOrDefault<int>();
            if (value < min) r.AddError($"{option.Name} must be at least {min} (got {value}).");
        });
        return option;
    }

    /// <summary>Requires the value to be at most <paramref name="max"/>; <paramref name="why"/> says what bounds it.</summary>
    public static Option<int> AtMost(this Option<int> option, int max, string why)
    {
        option.Validators.Add(r =>
        {
            if (!IsInteger(r)) return;
            var value = r.GetValueOrDefault<int>();
            if (value > max) r.AddError($"{option.Name} must be at most {max} (got {value}): {why}.");
        });
        return option;
    }

    /// <summary>Requires the file the option names to be in an existing folder, so that a long measurement does not end
    /// in a file that cannot be written.</summary>
    public static Option<string?> InExistingFolder(this Option<string?> option)
    {
        option.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is not { } path) return;
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (!Directory.Exists(folder)) r.AddError($"{option.Name}: folder {folder} does not exist.");
        });
        return option;
    }

    // A value that is not an integer at all is the parser's own error (reading it in a validator would throw).
    private static bool IsInteger(System.CommandLine.Parsing.OptionResult r) =>
        r.Tokens.Count == 0 || int.TryParse(r.Tokens[^1].Value, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out _);

    /// <summary>Requires <paramref name="parse"/> to accept the value; its <see cref="FormatException"/> becomes the
    /// parse error, prefixed by the option's name.</summary>
    public static Option<string> Parsed<T>(this Option<string> option, Func<string, T> parse)
    {
        option.Validators.Add(r =>
        {
            try
            {
                parse(r.GetValueOrDefault<string>() ?? "");
            }
            catch (FormatException e)
            {
                r.AddError($"{option.Name}: {e.Message}");
            }
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
