using System.Text.Json;
using System.Text.RegularExpressions;
using FFRepro.Harness.Planning;

namespace FFRepro.Harness.Design;

/// <summary>
/// Reads a grid spec JSON file and validates it once: syntax (with line and column), unknown fields, types, empty or
/// duplicate treatment values, and, given a catalog, unknown data sets and recipes, bad recipe values and missing
/// data files. Every problem is collected and reported together in a <see cref="GridSpecException"/>.
/// </summary>
public static partial class GridSpecLoader
{
    private static readonly HashSet<string> KnownFields =
        ["$schema", "name", "description", "dataset", "recipe", "overrides", "treatments", "seeds", "device", "seed_batch_size", "nested"];

    /// <summary>The devices a spec or <c>--device</c> may name.</summary>
    public static readonly IReadOnlyList<string> Devices = ["cpu", "cuda", "auto"];

    /// <summary>Loads and validates the spec at <paramref name="path"/>; with a catalog, also checks it against the model,
    /// and with <paramref name="checkData"/> that the data set's files are present.</summary>
    public static GridSpec Load(string path, IModelCatalog? catalog = null, bool checkData = false)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new GridSpecException(path, [$"cannot read the spec file: {e.Message}"]);
        }
        return Parse(text, path, catalog, checkData);
    }

    /// <summary>Parses and validates spec text; <paramref name="source"/> names it in messages.</summary>
    public static GridSpec Parse(string text, string source, IModelCatalog? catalog = null, bool checkData = false)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            // JsonException positions are 0-based; editors count from 1.
            var line = (e.LineNumber ?? 0) + 1;
            var col = (e.BytePositionInLine ?? 0) + 1;
            throw new GridSpecException(source, [$"malformed JSON at line {line}, column {col}: {JsonSyntax.Explain(e.Message)}"]);
        }
        using (doc)
        {
            var errors = new List<string>();
            var spec = Read(doc.RootElement, errors);
            if (errors.Count == 0 && catalog is not null)
                errors.AddRange(GridSpecChecks.AgainstCatalog(spec!, catalog, checkData));
            if (errors.Count > 0) throw new GridSpecException(source, errors);
            return spec!;
        }
    }

    private static GridSpec? Read(JsonElement root, List<string> errors)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("the spec must be a JSON object");
            return null;
        }
        var seen = new HashSet<string>();
        foreach (var p in root.EnumerateObject())
        {
            if (!seen.Add(p.Name)) errors.Add($"{p.Name}: given more than once");
            else if (!KnownFields.Contains(p.Name))
                errors.Add($"{p.Name}: unknown field (known: {string.Join(", ", KnownFields.Where(f => f != "$schema"))})");
        }

        var name = RequiredString(root, "name", errors);
        if (name is not null && !NamePattern().IsMatch(name))
            errors.Add($"name: '{name}' must match [a-z0-9][a-z0-9._-]* (it names the results folder)");
        var description = OptionalString(root, "description", errors) ?? "";
        var dataset = RequiredString(root, "dataset", errors);
        var recipe = RequiredString(root, "recipe", errors);
        var device = OptionalString(root, "device", errors) ?? "auto";
        if (!Devices.Contains(device)) errors.Add($"device: '{device}' is unknown; use cpu, cuda or auto");
        var overrides = ReadOverrides(root, errors);
        var treatments = ReadTreatments(root, errors);
        var seeds = ReadSeeds(root, errors);
        var batch = seeds.Count;
        if (root.TryGetProperty("seed_batch_size", out var b))
        {
            if (b.ValueKind != JsonValueKind.Number || !b.TryGetInt32(out batch) || batch < 1)
            {
                errors.Add("seed_batch_size: must be an integer >= 1");
                batch = 1;
            }
        }
        bool? nested = null;
        if (root.TryGetProperty("nested", out var n))
        {
            if (n.ValueKind is JsonValueKind.True or JsonValueKind.False) nested = n.GetBoolean();
            else errors.Add("nested: must be true or false");
        }
        foreach (var axis in treatments)
            if (overrides.ContainsKey(axis.Field))
                errors.Add($"treatments.{axis.Field}: also set in overrides; set it in one place");

        if (errors.Count > 0) return null;
        return new GridSpec(name!, description, dataset!, recipe!, overrides, treatments, seeds, device, Math.Max(1, batch), nested);
    }

    private static Dictionary<string, JsonElement> ReadOverrides(JsonElement root, List<string> errors)
    {
        var result = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (!root.TryGetProperty("overrides", out var o)) return result;
        if (o.ValueKind != JsonValueKind.Object)
        {
            errors.Add("overrides: must be an object of recipe field -> value");
            return result;
        }
        foreach (var p in o.EnumerateObject())
            if (!result.TryAdd(p.Name, p.Value.Clone())) errors.Add($"overrides.{p.Name}: given more than once");
        return result;
    }

    private static List<TreatmentAxis> ReadTreatments(JsonElement root, List<string> errors)
    {
        var axes = new List<TreatmentAxis>();
        if (!root.TryGetProperty("treatments", out var t)) return axes;
        if (t.ValueKind != JsonValueKind.Object)
        {
            errors.Add("treatments: must be an object of recipe field -> list of values");
            return axes;
        }
        foreach (var p in t.EnumerateObject())
        {
            if (axes.Any(a => a.Field == p.Name))
            {
                errors.Add($"treatments.{p.Name}: given more than once");
                continue;
            }
            if (p.Value.ValueKind != JsonValueKind.Array)
            {
                errors.Add($"treatments.{p.Name}: must be a list of values");
                continue;
            }
            var values = p.Value.EnumerateArray().Select(v => v.Clone()).ToList();
            if (values.Count == 0) errors.Add($"treatments.{p.Name}: is empty; give at least one value");
            var keys = new HashSet<string>();
            for (var i = 0; i < values.Count; i++)
            {
                if (values[i].ValueKind is JsonValueKind.Object or JsonValueKind.Array or JsonValueKind.Null)
                    errors.Add($"treatments.{p.Name}[{i}]: must be a number, string or boolean");
                else if (!keys.Add(JsonValues.Key(values[i])))
                    errors.Add($"treatments.{p.Name}[{i}]: duplicate value {values[i].GetRawText()}");
            }
            axes.Add(new TreatmentAxis(p.Name, values));
        }
        return axes;
    }

    private static List<long> ReadSeeds(JsonElement root, List<string> errors)
    {
        if (!root.TryGetProperty("seeds", out var s))
            return Enumerable.Range(1, GridSpec.DefaultSeedCount).Select(i => (long)i).ToList();
        if (s.ValueKind == JsonValueKind.Number)
        {
            if (s.TryGetInt32(out var n) && n >= 1) return Enumerable.Range(1, n).Select(i => (long)i).ToList();
            errors.Add("seeds: a count must be an integer >= 1");
            return [1];
        }
        if (s.ValueKind != JsonValueKind.Array)
        {
            errors.Add("seeds: must be a count or a list of integer seeds");
            return [1];
        }
        var seeds = new List<long>();
        var i = 0;
        foreach (var v in s.EnumerateArray())
        {
            if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt64(out var seed) || seed < 0)
                errors.Add($"seeds[{i}]: must be an integer >= 0");
            else if (seeds.Contains(seed)) errors.Add($"seeds[{i}]: duplicate seed {seed}");
            else seeds.Add(seed);
            i++;
        }
        if (i == 0) errors.Add("seeds: is empty");
        return seeds.Count == 0 ? [1] : seeds;
    }

    private static string? RequiredString(JsonElement root, string field, List<string> errors)
    {
        if (!root.TryGetProperty(field, out _))
        {
            errors.Add($"{field}: is required");
            return null;
        }
        return OptionalString(root, field, errors);
    }

    private static string? OptionalString(JsonElement root, string field, List<string> errors)
    {
        if (!root.TryGetProperty(field, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())) return v.GetString();
        errors.Add($"{field}: must be a non-empty string");
        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]*$")]
    private static partial Regex NamePattern();
}
