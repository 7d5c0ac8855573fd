using System.Buffers.Binary;
using System.IO.Compression;

namespace FFRepro.Model.Data.Idx;

/// <summary>
/// Writes IDX image and label files. A path ending in <c>.gz</c> is gzip-compressed with .NET's
/// <see cref="GZipStream"/> at <see cref="CompressionLevel.SmallestSize"/>; .NET writes no timestamp into the gzip
/// header, so the same bytes and the same runtime give byte-identical files. Other paths are written raw.
/// </summary>
public static class IdxWriter
{
    /// <summary>The fixed compression level, part of the reproducibility contract of shipped files.</summary>
    public const CompressionLevel Level = CompressionLevel.SmallestSize;

    /// <summary>Writes a split as an image file and a label file.</summary>
    public static void WriteSplit(DataSplit split, string imagesPath, string labelsPath)
    {
        WriteImages(imagesPath, new IdxImages(split.Pixels, split.Count, split.Rows, split.Cols));
        WriteLabels(labelsPath, split.Labels);
    }

    /// <summary>Writes an image file (magic <c>0x00000803</c>).</summary>
    /// <exception cref="ArgumentException">The pixel count is not <c>Count * Rows * Cols</c>, or a dimension is not positive.</exception>
    public static void WriteImages(string path, IdxImages images)
    {
        if (images.Count < 0 || images.Rows <= 0 || images.Cols <= 0
            || images.Pixels.LongLength != (long)images.Count * images.Rows * images.Cols)
            throw new ArgumentException(
                $"{images.Pixels.Length} pixels do not form {images.Count} images of {images.Rows} x {images.Cols}.", nameof(images));
        var header = new byte[IdxFormat.ImagesHeaderLength];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), IdxFormat.ImagesMagic);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), images.Count);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(8), images.Rows);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(12), images.Cols);
        Write(path, header, images.Pixels);
    }

    /// <summary>Writes a label file (magic <c>0x00000801</c>).</summary>
    public static void WriteLabels(string path, byte[] labels)
    {
        var header = new byte[IdxFormat.LabelsHeaderLength];
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(0), IdxFormat.LabelsMagic);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), labels.Length);
        Write(path, header, labels);
    }

    private static void Write(string path, byte[] header, byte[] payload)
    {
        using var file = File.Create(path);
        if (!path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase))
        {
            file.Write(header);
            file.Write(payload);
            return;
        }
        using var gzip = new GZipStream(file, Level);
        gzip.Write(header);
        gzip.Write(payload);
    }
}
