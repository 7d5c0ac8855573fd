namespace FFRepro.Model.Data.Idx;

/// <summary>The content of an IDX image file (magic <c>0x00000803</c>): unsigned bytes, row-major.</summary>
/// <param name="Pixels">Row-major images, <c>Count * Rows * Cols</c> bytes.</param>
/// <param name="Count">Number of images.</param>
/// <param name="Rows">Image height in pixels.</param>
/// <param name="Cols">Image width in pixels.</param>
public sealed record IdxImages(byte[] Pixels, int Count, int Rows, int Cols);
