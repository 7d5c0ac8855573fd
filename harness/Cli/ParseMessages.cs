using System.Text.RegularExpressions;
using FFRepro.Model.Recipes;

namespace FFRepro.Harness.Cli;

/// <summary>The command-line parser's messages in the user's words: an option value of the wrong kind is named by what
/// the option takes ("a whole number"), not by its .NET type ("System.Int32").</summary>
internal static partial class ParseMessages
{
    /// <summary><paramref name="message"/>, with a conversion failure said as "<c>--opt: 'x' is not a whole number.</c>".</summary>
    public static string Plain(string message)
    {
        var m = CannotParse().Match(message);
        if (!m.Success) return message;
        // The same words a grid spec's errors use for its fields' values.
        var kind = Type.GetType(m.Groups["type"].Value.TrimEnd('?')) is { } type ? RecipeFieldTypes.Kind(type) ?? "valid here" : "valid here";
        return $"{m.Groups["option"].Value}: '{m.Groups["value"].Value}' is not {kind}.";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for option '(?<option>[^']+)' as expected type '(?<type>[^']+)'\.$")]
    private static partial Regex CannotParse();
}
