using FFRepro.Model.Data;
using FsCheck;
using FsCheck.Fluent;

namespace FFRepro.Specs.Model.Data;

/// <summary>Arbitraries of the data domain, attached with <c>[Property(Arbitrary = [typeof(DataArbitraries)])]</c>.</summary>
public static class DataArbitraries
{
    /// <summary>Small splits: 0..8 images of 1..6 x 1..6 arbitrary bytes, labels 0..9.</summary>
    public static Arbitrary<DataSplit> Splits() =>
        (from count in Gen.Choose(0, 8)
         from rows in Gen.Choose(1, 6)
         from cols in Gen.Choose(1, 6)
         from pixels in Gen.Choose(0, 255).Select(i => (byte)i).ArrayOf(count * rows * cols)
         from labels in Gen.Choose(0, 9).Select(i => (byte)i).ArrayOf(count)
         select new DataSplit(pixels, labels, rows, cols)).ToArbitrary();
}
