using System.Text.RegularExpressions;

namespace FFRepro.Harness.Cli;

/// <summary>The command-line parser's messages in the user's words: an option value of the wrong kind is named by what
/// the option takes ("a whole number"), not by its .NET type ("System.Int32").</summary>
internal static partial class ParseMessages
{
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.Ordinal)
    {
        ["System.Int32"] = "a whole number",
        ["System.Int64"] = "a whole number",
        ["System.Double"] = "a number",
        ["System.Boolean"] = "true or false",
    };

    /// <summary><paramref name="message"/>, with a conversion failure said as "<c>--opt: 'x' is not a whole number.</c>".</summary>
    public static string Plain(string message)
    {
        var m = CannotParse().Match(message);
        if (!m.Success) return message;
        var kind = Kinds.GetValueOrDefault(m.Groups["type"].Value.TrimEnd('?'), "valid here");
        return $"{m.Groups["option"].Value}: '{m.Groups["value"].Value}' is not {kind}.";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.$")]
    private static partial Regex CannotParse();
}
