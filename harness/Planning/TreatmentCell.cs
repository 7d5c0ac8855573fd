using System.Text.Json;
using FFRepro.Harness.Design;

namespace FFRepro.Harness.Planning;

/// <summary>One point of the treatment product: the value of every axis, and the overrides it implies.</summary>
/// <param name="Index">Position in the product (first axis varies slowest).</param>
/// <param name="Values">Axis field -> value, in axis order.</param>
/// <param name="Overrides">The spec's overrides plus <paramref name="Values"/>.</param>
public sealed record TreatmentCell(
    int Index,
    IReadOnlyList<KeyValuePair<string, JsonElement>> Values,
    IReadOnlyDictionary<string, JsonElement> Overrides)
{
    /// <summary>Compact label, e.g. <c>depth=2,width=100</c>; <c>base</c> for a grid without treatments.</summary>
    public string Label => Values.Count == 0 ? "base" : string.Join(",", Values.Select(v => $"{v.Key}={JsonValues.Label(v.Value)}"));

    /// <summary>The treatment as a JSON object, e.g. <c>{"depth":2,"width":100}</c>.</summary>
    public string Json
    {
        get
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer))
            {
                w.WriteStartObject();
                foreach (var (k, v) in Values) { w.WritePropertyName(k); v.WriteTo(w); }
                w.WriteEndObject();
            }
            return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        }
    }
}
