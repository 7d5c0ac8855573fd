using System.Buffers.Binary;
using System.IO.Compression;

namespace FFRepro.Model.Data.Idx;

/// <summary>
/// Reads IDX image and label files, gzip-compressed or raw (told apart by the gzip magic <c>1f 8b</c>, not by the
/// file name). Every defect throws <see cref="DataFormatException"/> naming the file: wrong magic, a header or payload
/// shorter or longer than the header says, non-positive image dimensions, a corrupt gzip stream, or (for
/// <see cref="ReadSplit"/>) image and label counts that differ.
/// </summary>
public static class IdxReader
{
    /// <summary>Reads an image file (magic <c>0x00000803</c>).</summary>
    public static IdxImages ReadImages(string path) => ParseImages(ReadPayload(path), path);

    /// <summary>Reads a label file (magic <c>0x00000801</c>).</summary>
    public static byte[] ReadLabels(string path) => ParseLabels(ReadPayload(path), path);

    /// <summary>Reads an image file and its label file into a split; the two counts must agree.</summary>
    public static DataSplit ReadSplit(string imagesPath, string labelsPath)
    {
        var images = ReadImages(imagesPath);
        var labels = ReadLabels(labelsPath);
        if (images.Count != labels.Length)
            throw new DataFormatException(labelsPath,
                $"holds {labels.Length} labels but {imagesPath} holds {images.Count} images.");
        return new DataSplit(images.Pixels, labels, images.Rows, images.Cols);
    }

    /// <summary>Parses the bytes of a raw (decompressed) image file; <paramref name="name"/> is used in errors.</summary>
    public static IdxImages ParseImages(byte[] data, string name)
    {
        RequireHeader(data, IdxFormat.ImagesHeaderLength, IdxFormat.ImagesMagic, name);
        var count = ReadInt(data, 4);
        var rows = ReadInt(data, 8);
        var cols = ReadInt(data, 12);
        if (count < 0 || rows <= 0 || cols <= 0)
            throw new DataFormatException(name, $"invalid dimensions {count} x {rows} x {cols}.");
        // long arithmetic: a corrupt header must not overflow into a plausible length.
        RequireLength(data, IdxFormat.ImagesHeaderLength + (long)count * rows * cols, name);
        return new IdxImages(data[IdxFormat.ImagesHeaderLength..], count, rows, cols);
    }

    /// <summary>Parses the bytes of a raw (decompressed) label file; <paramref name="name"/> is used in errors.</summary>
    public static byte[] ParseLabels(byte[] data, string name)
    {
        RequireHeader(data, IdxFormat.LabelsHeaderLength, IdxFormat.LabelsMagic, name);
        var count = ReadInt(data, 4);
        if (count < 0)
            throw new DataFormatException(name, $"invalid label count {count}.");
        RequireLength(data, IdxFormat.LabelsHeaderLength + (long)count, name);
        return data[IdxFormat.LabelsHeaderLength..];
    }

    /// <summary>The file's IDX bytes, decompressed when the file starts with the gzip magic.</summary>
    public static byte[] ReadPayload(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (!bytes.AsSpan().StartsWith(IdxFormat.GzipMagic))
            return bytes;
        try
        {
            using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            gzip.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DataFormatException(path, $"corrupt gzip stream ({e.Message}).", e);
        }
    }

    private static void RequireHeader(byte[] data, int headerLength, int magic, string name)
    {
        // Magic first: a label file passed as images is "the wrong kind of file", not "a truncated image file".
        if (data.Length >= 4 && ReadInt(data, 0) is var actual && actual != magic)
            throw new DataFormatException(name, $"wrong IDX magic 0x{actual:x8}, expected 0x{magic:x8}.");
        if (data.Length < headerLength)
            throw new DataFormatException(name, $"truncated: {data.Length} bytes, shorter than the {headerLength}-byte IDX header.");
    }

    private static void RequireLength(byte[] data, long expected, string name)
    {
        if (data.Length < expected)
            throw new DataFormatException(name, $"truncated: {data.Length} bytes, the header promises {expected}.");
        if (data.Length > expected)
            throw new DataFormatException(name, $"{data.Length - expected} trailing bytes after the {expected} the header promises.");
    }

    private static int ReadInt(byte[] data, int offset) => BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(offset, 4));
}
