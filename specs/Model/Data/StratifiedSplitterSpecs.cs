using FFRepro.Model.Data.Mnist10k;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace FFRepro.Specs.Model.Data;

public sealed class StratifiedSplitterSpecs
{
    [Property]
    public Property Test_counts_total_the_rounded_share_and_each_class_is_within_one_of_its_share(NonNegativeInt[] raw)
    {
        var counts = raw.Select(n => n.Get % 2000).ToArray();
        var test = StratifiedSplitter.TestCounts(counts, 0.2);
        var total = (int)Math.Round(counts.Sum() * 0.2, MidpointRounding.AwayFromZero);
        return (test.Sum() == total).Label("total")
            .And(counts.Zip(test).All(p => p.Second >= 0 && p.Second <= p.First && Math.Abs(p.Second - p.First * 0.2) < 1))
            .Label("each class within one image of 20%");
    }

    [Property]
    public bool Shuffle_is_a_permutation_fixed_by_the_seed(int seed, int[] items)
    {
        var a = items.ToList();
        var b = items.ToList();
        StratifiedSplitter.Shuffle(a, new Random(seed));
        StratifiedSplitter.Shuffle(b, new Random(seed));
        return a.SequenceEqual(b) && a.Order().SequenceEqual(items.Order());
    }
}
