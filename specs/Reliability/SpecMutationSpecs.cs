using FFRepro.Specs.Harness;
using FFRepro.Specs.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace FFRepro.Specs.Reliability;

/// <summary>Any single defect in a valid spec is rejected cleanly and named.</summary>
public sealed class SpecMutationSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>A valid spec (checked by <see cref="The_unmutated_spec_is_valid"/>).</summary>
    public const string Valid = """
        {"name":"mut","dataset":"mnist10k","recipe":"paper","device":"cpu",
         "overrides":{"epochs":1,"eval_samples":100},
         "treatments":{"depth":[1,2],"width":[8,16]},"seeds":2,"seed_batch_size":2}
        """;

    [Fact]
    public void The_unmutated_spec_is_valid() =>
        Assert.Equal(0, CliConsole.Run("grid", "plan", Write(Valid)).ExitCode);

    private string Write(string json)
    {
        var path = Path.Combine(_temp.Path, $"{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Property(Arbitrary = [typeof(SpecMutationArbitraries)], MaxTest = 150)]
    public Property A_mutated_spec_exits_2_with_one_message_naming_the_field_and_writes_nothing(SpecMutation mutation)
    {
        var results = Path.Combine(_temp.Path, "results-" + Guid.NewGuid().ToString("N"));
        var outcome = CliConsole.Run("grid", "run", Write(mutation.Apply(Valid)), "--results", results, "--plain");
        ReliabilityReport.Add("bad input", "mutation " + mutation);
        return (outcome.ExitCode == 2).Label($"exit 2, got {outcome.ExitCode}: {outcome.Error}")
            .And(Rejection.IsClean(outcome, mutation.Expected, results)).Label($"one message naming '{mutation.Expected}', nothing written: {outcome.Error}")
            .Classify(true, mutation.Kind);
    }
}
