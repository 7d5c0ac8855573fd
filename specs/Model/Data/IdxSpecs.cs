using FFRepro.Model.Data;
using FFRepro.Model.Data.Idx;
using FFRepro.Specs.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Model.Data;

public sealed class IdxSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Property(Arbitrary = [typeof(DataArbitraries)])]
    public Property Idx_round_trips_any_images_and_labels(DataSplit split, bool gzip)
    {
        var suffix = gzip ? ".gz" : "";
        var images = _temp.File($"{Guid.NewGuid():N}-images{suffix}");
        var labels = _temp.File($"{Guid.NewGuid():N}-labels{suffix}");
        IdxWriter.WriteSplit(split, images, labels);
        var back = IdxReader.ReadSplit(images, labels);
        var isGzip = File.ReadAllBytes(images).AsSpan().StartsWith(IdxFormat.GzipMagic);
        return (back.Pixels.SequenceEqual(split.Pixels)).Label("pixels")
            .And(back.Labels.SequenceEqual(split.Labels)).Label("labels")
            .And(back.Rows == split.Rows && back.Cols == split.Cols).Label("dimensions")
            .And(isGzip == gzip).Label("compressed exactly when the name ends in .gz")
            .Classify(split.Count == 0, "empty")
            .Classify(gzip, "gzip");
    }

    [Property]
    public bool Gzip_writes_are_byte_reproducible(byte[] labels)
    {
        var a = _temp.File($"{Guid.NewGuid():N}.gz");
        var b = _temp.File($"{Guid.NewGuid():N}.gz");
        IdxWriter.WriteLabels(a, labels);
        IdxWriter.WriteLabels(b, labels);
        return File.ReadAllBytes(a).SequenceEqual(File.ReadAllBytes(b));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_truncated_image_file_is_rejected_naming_the_file(bool gzip)
    {
        var path = _temp.File(gzip ? "cut-images.gz" : "cut-images");
        var raw = ImagesBytes(count: 3, rows: 2, cols: 2);
        WriteMaybeGzip(path, raw[..^1], gzip);
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadImages(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void A_truncated_gzip_stream_is_rejected_naming_the_file()
    {
        var path = _temp.File("images.gz");
        IdxWriter.WriteImages(path, new IdxImages(new byte[50 * 16], 50, 4, 4));
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadImages(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void A_header_shorter_than_sixteen_bytes_is_rejected() =>
        Assert.Contains("truncated", RejectImages(ImagesBytes(1, 1, 1)[..10]).Message);

    [Fact]
    public void Trailing_bytes_are_rejected() =>
        Assert.Contains("trailing", RejectImages([.. ImagesBytes(1, 2, 2), 7]).Message);

    [Fact]
    public void A_label_file_read_as_images_is_rejected_for_its_magic()
    {
        var path = _temp.File("labels");
        IdxWriter.WriteLabels(path, [1, 2, 3]);
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadImages(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("magic 0x00000801", e.Message);
    }

    [Fact]
    public void An_image_file_read_as_labels_is_rejected_for_its_magic()
    {
        var path = _temp.File("images.gz");
        IdxWriter.WriteImages(path, new IdxImages(new byte[4], 1, 2, 2));
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadLabels(path));
        Assert.Contains(path, e.Message);
        Assert.Contains("magic", e.Message);
    }

    [Fact]
    public void Image_and_label_counts_must_agree()
    {
        var images = _temp.File("images.gz");
        var labels = _temp.File("labels.gz");
        IdxWriter.WriteImages(images, new IdxImages(new byte[3 * 4], 3, 2, 2));
        IdxWriter.WriteLabels(labels, [1, 2]);
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadSplit(images, labels));
        Assert.Contains(labels, e.Message);
        Assert.Contains(images, e.Message);
        Assert.Contains("2 labels", e.Message);
    }

    private DataFormatException RejectImages(byte[] raw)
    {
        var path = _temp.File($"{Guid.NewGuid():N}-images");
        File.WriteAllBytes(path, raw);
        var e = Assert.Throws<DataFormatException>(() => IdxReader.ReadImages(path));
        Assert.Contains(path, e.Message);
        return e;
    }

    private byte[] ImagesBytes(int count, int rows, int cols)
    {
        var path = _temp.File($"{Guid.NewGuid():N}-raw");
        IdxWriter.WriteImages(path, new IdxImages(new byte[count * rows * cols], count, rows, cols));
        return File.ReadAllBytes(path);
    }

    private static void WriteMaybeGzip(string path, byte[] raw, bool gzip)
    {
        using var file = File.Create(path);
        if (!gzip)
        {
            file.Write(raw);
            return;
        }
        using var z = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest);
        z.Write(raw);
    }
}
