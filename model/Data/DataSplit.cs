namespace FFRepro.Model.Data;

/// <summary>
/// One split of an image-classification data set, held as plain arrays (no tensors).
/// </summary>
/// <param name="Pixels">Row-major images, <c>Count * Rows * Cols</c> bytes, 0..255.</param>
/// <param name="Labels">Class labels 0..9, one per image.</param>
/// <param name="Rows">Image height in pixels.</param>
/// <param name="Cols">Image width in pixels.</param>
public sealed record DataSplit(byte[] Pixels, byte[] Labels, int Rows, int Cols)
{
    /// <summary>Number of images.</summary>
    public int Count => Labels.Length;

    /// <summary>Pixels per image.</summary>
    public int Features => Rows * Cols;

    /// <summary>The images <paramref name="start"/>..<paramref name="start"/>+<paramref name="count"/>-1 as a new split.</summary>
    public DataSplit Slice(int start, int count)
    {
        if (start < 0 || count < 0 || start + count > Count)
            throw new ArgumentOutOfRangeException(nameof(count), $"slice {start}+{count} is outside 0..{Count}.");
        return new DataSplit(
            Pixels.AsSpan(start * Features, count * Features).ToArray(),
            Labels.AsSpan(start, count).ToArray(),
            Rows, Cols);
    }
}
