using System.Collections.Immutable;
using System.Text.Json;
using FFRepro.Harness.Design;
using FFRepro.Harness.Results;
using FFRepro.Stats.Data;
using FsCheck;
using FsCheck.Fluent;

namespace FFRepro.Specs.Harness;

/// <summary>Arbitraries of the harness domain, attached with <c>[Property(Arbitrary = [typeof(HarnessArbitraries)])]</c>.</summary>
public static class HarnessArbitraries
{
    private static JsonElement Number(int n) => JsonDocument.Parse(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).RootElement.Clone();

    private static Gen<TreatmentAxis> Axis(string field, int max) =>
        from count in Gen.Choose(1, 4)
        from values in Gen.Shuffle(Enumerable.Range(1, max).ToArray())
        select new TreatmentAxis(field, values.Take(count).Select(Number).ToList());

    /// <summary>Specs with 0..3 axes of 1..4 values and 1..12 seeds in batches of 1..12.</summary>
    public static Arbitrary<GridSpec> Specs() =>
        (from useDepth in ArbMap.Default.GeneratorFor<bool>()
         from useWidth in ArbMap.Default.GeneratorFor<bool>()
         from useEpochs in ArbMap.Default.GeneratorFor<bool>()
         from depth in Axis("depth", 6)
         from width in Axis("width", 64)
         from epochs in Axis("epochs", 10)
         from seeds in Gen.Choose(1, 12)
         from batch in Gen.Choose(1, 12)
         let axes = new[] { (useDepth, depth), (useWidth, width), (useEpochs, epochs) }.Where(a => a.Item1).Select(a => a.Item2).ToList()
         select new GridSpec("g", "", "mnist10k", "paper", ImmutableDictionary<string, JsonElement>.Empty, axes,
             Enumerable.Range(1, seeds).Select(i => (long)i).ToList(), "cpu", batch)).ToArbitrary();

    private static readonly string[] Statuses = [RunStatus.Ok, RunStatus.Diverged, RunStatus.Failed];

    /// <summary>Run records with arbitrary text, numbers, nulls and NaN where the schema allows.</summary>
    public static Arbitrary<RunRecord> Runs() =>
        (from id in Gen.Elements("0123456789abcdef".ToCharArray()).ArrayOf(16).Select(c => new string(c))
         from text in ArbMap.Default.GeneratorFor<NonNull<string>>().Select(s => s.Get)
         from depth in Gen.Choose(1, 8)
         from width in Gen.Choose(1, 4096)
         from epochs in Gen.Choose(0, 1000)
         from seed in ArbMap.Default.GeneratorFor<long>()
         from status in Gen.Elements(Statuses)
         from diverged in Gen.OneOf(Gen.Constant((int?)null), Gen.Choose(0, 100).Select(i => (int?)i))
         from acc in Gen.OneOf(Gen.Constant((double?)null), Gen.Constant((double?)double.NaN), Gen.Choose(0, 1000).Select(i => (double?)(i / 1000.0)))
         from wall in ArbMap.Default.GeneratorFor<NormalFloat>().Select(f => Math.Abs(f.Get))
         from ticks in Gen.Choose(0, int.MaxValue)
         select new RunRecord
         {
             RunId = id, Grid = "g", Dataset = "mnist10k", Recipe = "paper", Treatment = text, TreatmentJson = "{\"x\":" + JsonSerializer.Serialize(text) + "}",
             Depth = depth, Width = width, Epochs = epochs, Seed = seed, Device = "cpu", Backend = "cpu", Status = status,
             EpochsCompleted = epochs, DivergedAtEpoch = diverged, FinalClassifierAccuracy = acc, FinalGoodnessAccuracy = acc,
             WallSeconds = wall,
             StartedUtc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(ticks),
             FinishedUtc = new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(ticks).AddMilliseconds(1500),
             Error = text, RecipeJson = "{}",
         }).ToArbitrary();
}
