using System.Text;
using System.Text.Json;
using FFRepro.Harness.Results;

namespace FFRepro.Harness.Bench;

/// <summary>How every bench writes its JSON file: indented, snake_case names, through <see cref="AtomicFile"/> (a
/// reader sees the old file or the whole new one).</summary>
public static class BenchJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Writes <paramref name="value"/> to <paramref name="path"/> as JSON (UTF-8, no byte order mark).</summary>
    public static void Write(string path, object value)
    {
        var bytes = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(value, Options));
        AtomicFile.Write(path, s => s.Write(bytes));
    }
}
