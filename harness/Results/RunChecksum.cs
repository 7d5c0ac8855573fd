using System.Security.Cryptography;
using System.Text;

namespace FFRepro.Harness.Results;

/// <summary>
/// SHA-256 over a run file's content (its run record JSON and every curve point, values by their bits), stored under
/// <see cref="ResultSchema.ChecksumKey"/>. Parquet's structure catches damage to magic, footer and page headers, but a
/// flipped byte inside a page of plain-encoded doubles reads back as a different, valid number; the checksum catches it.
/// </summary>
public static class RunChecksum
{
    /// <summary>Lower-case hex SHA-256 of <paramref name="runJson"/> and <paramref name="curves"/> in order.</summary>
    public static string Of(string runJson, IReadOnlyList<CurveRecord> curves)
    {
        using var buffer = new MemoryStream();
        using var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        w.Write(runJson);
        foreach (var c in curves)
        {
            w.Write(c.RunId); w.Write(c.Treatment); w.Write(c.Depth); w.Write(c.Width); w.Write(c.Epochs); w.Write(c.Seed);
            w.Write(c.Step); w.Write(BitConverter.DoubleToInt64Bits(c.Epoch)); w.Write(c.SamplesSeen); w.Write(c.Layer); w.Write(c.Metric); w.Write(c.Split); w.Write(BitConverter.DoubleToInt64Bits(c.Value));
        }
        w.Flush();
        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }
}
