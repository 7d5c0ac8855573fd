namespace FFRepro.Harness.Design;

/// <summary>Syntax errors of a JSON file the user wrote, said in plain words instead of the parser's (which speaks of
/// reader options, payload depth and byte positions).</summary>
public static class JsonSyntax
{
    private static readonly (string Parser, string Plain)[] Known =
    [
        ("trailing comma", "a comma after the last entry of an object or list (JSON allows none; remove it)"),
        ("does not contain any JSON tokens", "the file holds no JSON"),
        ("Expected depth to be zero at the end of the JSON payload", "the file ends before every { and [ is closed"),
        ("is an invalid start of a property name", "expected a field name in double quotes"),
        ("is invalid after a value", "expected a comma or a closing } or ] after the value"),
        ("is invalid after a property name", "expected a colon after the field name"),
        ("is an invalid start of a value", "expected a value (a number, \"text\", true, false, null, a {...} object or a [...] list)"),
    ];

    /// <summary>The problem a <see cref="System.Text.Json.JsonException"/> message describes, without the parser's
    /// position suffix (the caller gives line and column, counted from 1).</summary>
    public static string Explain(string parserMessage)
    {
        ArgumentNullException.ThrowIfNull(parserMessage);
        foreach (var (parser, plain) in Known)
            if (parserMessage.Contains(parser, StringComparison.Ordinal)) return plain;
        var text = parserMessage;
        foreach (var tail in new[] { " LineNumber:", " Path:" })
            if (text.IndexOf(tail, StringComparison.Ordinal) is > 0 and var cut) text = text[..cut];
        return text.Replace(" Change the reader options.", "", StringComparison.Ordinal).Trim();
    }
}
