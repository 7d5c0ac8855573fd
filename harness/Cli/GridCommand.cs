using System.CommandLine;
using FFRepro.Harness.Results;

namespace FFRepro.Harness.Cli;

/// <summary>
/// The setup <c>merge</c>, <c>seal</c>, <c>stats</c> and <c>report</c> share: a command over one grid's results folder, taking the
/// grid name and <c>--results</c>, whose action gets the grid's <see cref="ResultsLayout"/> and the invocation (for its
/// writers) and runs under <see cref="CliGuard"/>.
/// </summary>
internal static class GridCommand
{
    /// <summary>The command <paramref name="name"/> running <paramref name="action"/> on the named grid's layout.</summary>
    public static Command Create(string name, string description, Func<ResultsLayout, ParseResult, CancellationToken, Task<int>> action)
    {
        var grid = new Argument<string>("grid") { Description = "Grid name (the folder under the results folder)" };
        var results = CliOptions.Results();
        var command = new Command(name, description) { grid, results };
        command.SetAction((p, ct) => CliGuard.RunAsync(p.Error(), () =>
            action(new ResultsLayout(CliInputs.ResultsRoot(p.GetValue(results)), p.GetValue(grid)!), p, ct)));
        return command;
    }
}
