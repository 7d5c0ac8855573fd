using System.Globalization;
using System.Text.Json;

namespace FFRepro.Harness.Design;

/// <summary>The resolved spec as JSON, every default filled in; echoed to the console and stored with the results.</summary>
public static class GridSpecJson
{
    /// <summary>Indented JSON of <paramref name="spec"/> with seeds listed, device and batch size explicit; <c>nested</c>
    /// only when the spec gives it (it changes how runs are computed, never their results).</summary>
    public static string Write(GridSpec spec)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("name", spec.Name);
            w.WriteString("description", spec.Description);
            w.WriteString("dataset", spec.Dataset);
            w.WriteString("recipe", spec.Recipe);
            w.WriteStartObject("overrides");
            foreach (var (k, v) in spec.Overrides.OrderBy(o => o.Key, StringComparer.Ordinal)) { w.WritePropertyName(k); v.WriteTo(w); }
            w.WriteEndObject();
            w.WriteStartObject("treatments");
            foreach (var axis in spec.Treatments)
            {
                w.WritePropertyName(axis.Field);
                w.WriteRawValue("[" + string.Join(", ", axis.Values.Select(v => v.GetRawText())) + "]");
            }
            w.WriteEndObject();
            // Seeds on one line: a 30-seed list would otherwise fill the screen.
            w.WritePropertyName("seeds");
            w.WriteRawValue("[" + string.Join(", ", spec.Seeds.Select(s => s.ToString(CultureInfo.InvariantCulture))) + "]");
            w.WriteString("device", spec.Device);
            w.WriteNumber("seed_batch_size", spec.SeedBatchSize);
            if (spec.Nested is { } nested) w.WriteBoolean("nested", nested);
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
