namespace FFRepro.Model.Data.Idx;

/// <summary>Constants of the IDX format (LeCun's MNIST files): big-endian header, unsigned-byte payload.</summary>
public static class IdxFormat
{
    /// <summary>Magic number of a 3-dimensional unsigned-byte array (images): type 0x08, 3 dimensions.</summary>
    public const int ImagesMagic = 0x00000803;

    /// <summary>Magic number of a 1-dimensional unsigned-byte array (labels): type 0x08, 1 dimension.</summary>
    public const int LabelsMagic = 0x00000801;

    /// <summary>Header bytes of an image file: magic, count, rows, cols.</summary>
    public const int ImagesHeaderLength = 16;

    /// <summary>Header bytes of a label file: magic, count.</summary>
    public const int LabelsHeaderLength = 8;

    /// <summary>The two bytes every gzip stream starts with (RFC 1952), used to tell gzip from raw IDX.</summary>
    public static ReadOnlySpan<byte> GzipMagic => [0x1f, 0x8b];
}
