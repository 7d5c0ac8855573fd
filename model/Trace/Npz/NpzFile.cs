using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace FFRepro.Model.Trace.Npz;

/// <summary>
/// numpy's .npz format: a zip archive with one <c>NAME.npy</c> entry per array, each in .npy format version 1.0
/// (magic <c>\x93NUMPY</c>, version 1 0, a little-endian uint16 header length, a Python-literal header dict
/// <c>{'descr': ..., 'fortran_order': False, 'shape': (...), }</c> padded with spaces to a multiple of 64 bytes and
/// ended by a newline, then the raw data). <c>numpy.load</c> reads it as written here.
/// </summary>
public static partial class NpzFile
{
    private static readonly byte[] Magic = [0x93, (byte)'N', (byte)'U', (byte)'M', (byte)'P', (byte)'Y'];

    /// <summary>A fixed entry time, so the same arrays give the same bytes.</summary>
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Writes <paramref name="arrays"/> to <paramref name="path"/> atomically (a hidden temporary file beside it,
    /// renamed when complete). Names must be unique.</summary>
    public static void Write(string path, IEnumerable<NpyArray> arrays)
    {
        var full = Path.GetFullPath(path);
        var tmp = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = File.Create(tmp))
            using (var zip = new ZipArchive(stream, ZipArchiveMode.Create))
            {
                var names = new HashSet<string>(StringComparer.Ordinal);
                foreach (var a in arrays)
                {
                    if (!names.Add(a.Name)) throw new ArgumentException($"npz: array '{a.Name}' is given twice.");
                    var entry = zip.CreateEntry(a.Name + ".npy", CompressionLevel.Fastest);
                    entry.LastWriteTime = EntryTime;
                    using var s = entry.Open();
                    WriteNpy(s, a);
                }
            }
            File.Move(tmp, full, overwrite: true);
        }
        catch
        {
            File.Delete(tmp);
            throw;
        }
    }

    /// <summary>Every array of an .npz file written by numpy or by <see cref="Write"/>, by name (without <c>.npy</c>).</summary>
    /// <exception cref="InvalidDataException">Not a zip of version-1 .npy entries in C order.</exception>
    public static IReadOnlyDictionary<string, NpyArray> Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var result = new Dictionary<string, NpyArray>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            if (!entry.FullName.EndsWith(".npy", StringComparison.Ordinal)) continue;
            using var s = entry.Open();
            var name = entry.FullName[..^4];
            result[name] = ReadNpy(s, name);
        }
        return result;
    }

    private static void WriteNpy(Stream s, NpyArray a)
    {
        var shape = a.Shape.Length switch
        {
            0 => "()",
            1 => $"({a.Shape[0]},)",
            _ => "(" + string.Join(", ", a.Shape.Select(d => d.ToString(CultureInfo.InvariantCulture))) + ")",
        };
        var dict = $"{{'descr': '{a.Descr}', 'fortran_order': False, 'shape': {shape}, }}";
        var unpadded = Magic.Length + 2 + 2 + dict.Length + 1;
        var header = dict + new string(' ', (64 - unpadded % 64) % 64) + "\n";
        s.Write(Magic);
        s.Write([1, 0]);
        s.Write(BitConverter.GetBytes((ushort)header.Length));
        s.Write(Encoding.ASCII.GetBytes(header));
        s.Write(a.Data);
    }

    private static NpyArray ReadNpy(Stream s, string name)
    {
        var prefix = new byte[10];
        s.ReadExactly(prefix);
        if (!prefix.AsSpan(0, 6).SequenceEqual(Magic) || prefix[6] != 1)
            throw new InvalidDataException($"npz entry '{name}': not a version-1 .npy array.");
        var header = new byte[BitConverter.ToUInt16(prefix, 8)];
        s.ReadExactly(header);
        var text = Encoding.ASCII.GetString(header);
        var m = HeaderPattern().Match(text);
        if (!m.Success) throw new InvalidDataException($"npz entry '{name}': unsupported header {text.Trim()}.");
        if (m.Groups["fortran"].Value != "False") throw new InvalidDataException($"npz entry '{name}': Fortran order is not supported.");
        var shape = m.Groups["shape"].Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => long.Parse(d, CultureInfo.InvariantCulture)).ToArray();
        var descr = m.Groups["descr"].Value;
        var size = descr switch
        {
            "<f4" => 4,
            "<f8" => 8,
            "<i8" => 8,
            "|u1" => 1,
            _ => throw new InvalidDataException($"npz entry '{name}': element type {descr} is not supported."),
        };
        var data = new byte[shape.Aggregate(1L, (x, y) => x * y) * size];
        s.ReadExactly(data);
        return new NpyArray(name, descr, shape, data);
    }

    [GeneratedRegex(@"^\{'descr': '(?<descr>[^']+)', 'fortran_order': (?<fortran>True|False), 'shape': \((?<shape>[^)]*)\), \}\s*$")]
    private static partial Regex HeaderPattern();
}
