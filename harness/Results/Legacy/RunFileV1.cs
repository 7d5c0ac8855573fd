using System.Security.Cryptography;
using System.Text;
using FFRepro.Model.Data.Registry;
using FFRepro.Model.Recipes;

namespace FFRepro.Harness.Results.Legacy;

/// <summary>
/// Reads per-run files of schema <c>ffrepro-run/1</c> (written before evaluation schedules) as current records: those
/// runs were evaluated at epoch ends, so a row's step is its epoch x the run's steps per epoch, derived from the
/// recorded recipe's batch size and the standard training split of its data set
/// (<see cref="DatasetDefinition.StandardTrainCount"/>). The files themselves are never rewritten.
/// </summary>
public static class RunFileV1
{
    /// <summary>The content checksum as version 1 computed it (epoch as an int32).</summary>
    public static string Checksum(string runJson, IReadOnlyList<CurveRecordV1> curves)
    {
        using var buffer = new MemoryStream();
        using var w = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        w.Write(runJson);
        foreach (var c in curves)
        {
            w.Write(c.RunId); w.Write(c.Treatment); w.Write(c.Depth); w.Write(c.Width); w.Write(c.Epochs); w.Write(c.Seed);
            w.Write(c.Epoch); w.Write(c.Layer); w.Write(c.Metric); w.Write(c.Split); w.Write(BitConverter.DoubleToInt64Bits(c.Value));
        }
        w.Flush();
        return Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
    }

    /// <summary>The run's steps per epoch and training images per step, or a problem saying why they cannot be derived.</summary>
    public static (int StepsPerEpoch, int SamplesPerStep, string? Problem) Steps(RunRecord run)
    {
        DatasetDefinition definition;
        Recipe recipe;
        try
        {
            definition = DatasetRegistry.Find(run.Dataset);
            recipe = RecipeJson.Parse(run.RecipeJson);
        }
        catch (Exception e) when (e is ArgumentException or RecipeException or System.Text.Json.JsonException)
        {
            return (0, 0, $"a version 1 run whose steps per epoch cannot be derived ({e.Message})");
        }
        return (recipe.StepsPerEpoch(definition.StandardTrainCount), recipe.SamplesPerStep(definition.StandardTrainCount), null);
    }

    /// <summary>The run record with its steps per epoch filled in.</summary>
    public static RunRecord Upgrade(RunRecord run, int stepsPerEpoch) => run with { StepsPerEpoch = stepsPerEpoch };

    /// <summary>A version 1 row as a current one: step = epoch x steps per epoch.</summary>
    public static CurveRecord Upgrade(CurveRecordV1 c, int stepsPerEpoch, int samplesPerStep) => new()
    {
        RunId = c.RunId, Treatment = c.Treatment, Depth = c.Depth, Width = c.Width, Epochs = c.Epochs, Seed = c.Seed,
        Step = (long)c.Epoch * stepsPerEpoch, Epoch = c.Epoch, SamplesSeen = (long)c.Epoch * stepsPerEpoch * samplesPerStep,
        Layer = c.Layer, Metric = c.Metric, Split = c.Split, Value = c.Value,
    };
}
