using System.CommandLine;
using System.Text.RegularExpressions;
using FFRepro.Harness.Cli;
using FFRepro.Harness.Results;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Harness.Cli;

/// <summary>
/// A fault of the program is not the user's mistake: exit code 1, one <c>error: internal error</c> line naming the
/// exception and a log file that holds the stack trace; <c>--verbose</c> prints the trace too. The user's own mistakes
/// (bad input, storage problems) keep exit code 2.
/// </summary>
public sealed partial class InternalErrorSpecs
{
    private static RootCommand WithFault(Exception fault)
    {
        var root = CliApp.Build();
        var command = new Command("explode", "Throws, as a bug would");
        command.SetAction((p, _) => CliGuard.RunAsync(p.InvocationConfiguration.Error, () => throw fault));
        root.Subcommands.Add(command);
        return root;
    }

    public static TheoryData<Exception> Faults => new()
    {
        new ArgumentException("An item with the same key has already been added. Key: x"),
        new KeyNotFoundException("The given key 'y' was not present in the dictionary."),
        new FileNotFoundException("Could not find file '/nowhere/z'."),
        new IOException("a stream was read past its end"),
        new InvalidOperationException("Sequence contains no elements"),
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public void A_fault_exits_1_with_one_line_and_a_log_holding_the_stack_trace(Exception fault)
    {
        var outcome = CliConsole.Run(WithFault(fault), "explode");
        var log = LogOf(outcome);
        try
        {
            Assert.Equal(ExitCodes.InternalError, outcome.ExitCode);
            Assert.Equal($"error: internal error ({fault.GetType().Name}: {fault.Message}); details in {log}", Assert.Single(outcome.ErrorLines));
            var text = File.ReadAllText(log);
            Assert.Contains("ffrepro explode", text, StringComparison.Ordinal);
            Assert.Contains(fault.GetType().FullName!, text, StringComparison.Ordinal);
            Assert.Contains("   at ", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(log);
        }
    }

    [Fact]
    public void Verbose_also_prints_the_stack_trace()
    {
        var outcome = CliConsole.Run(WithFault(new ArgumentException("bug")), "explode", "--verbose");
        File.Delete(LogOf(outcome));
        Assert.Equal(ExitCodes.InternalError, outcome.ExitCode);
        Assert.StartsWith("error: internal error (ArgumentException: bug)", outcome.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("   at ", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fault_while_parsing_is_an_internal_error_too()
    {
        var root = CliApp.Build();
        var option = new Option<string>("--x");
        option.Validators.Add(_ => throw new InvalidOperationException("validator bug"));
        root.Subcommands.Add(new Command("parse-fault", "Its option's validator throws") { option });
        var outcome = CliConsole.Run(root, "--verbose", "parse-fault", "--x", "1");
        File.Delete(LogOf(outcome));
        Assert.Equal(ExitCodes.InternalError, outcome.ExitCode);
        Assert.StartsWith("error: internal error (InvalidOperationException: validator bug)", outcome.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("   at ", outcome.Error, StringComparison.Ordinal);
    }

    public static TheoryData<Exception> UserErrors => new()
    {
        new BadInputException("--x: bad"),
        new StorageException("cannot write results (full disk or read-only folder?); stored results are intact: No space left on device"),
        new FFRepro.Model.ModelInputException("FFREPRO_THREADS='x' is not a positive integer."),
        new FFRepro.Stats.StatsInputException("No run has status 'ok'; there is nothing to test."),
    };

    [Theory]
    [MemberData(nameof(UserErrors))]
    public void The_users_mistakes_exit_2_with_their_message_and_no_log(Exception mistake)
    {
        var outcome = CliConsole.Run(WithFault(mistake), "explode");
        Assert.Equal(ExitCodes.BadInput, outcome.ExitCode);
        Assert.Equal("error: " + mistake.Message, Assert.Single(outcome.ErrorLines));
    }

    [Fact]
    public async Task A_write_that_the_file_system_refuses_is_a_storage_problem_that_names_the_file()
    {
        using var temp = new TempFolder();
        var blocker = Path.Combine(temp.Path, "file");
        await File.WriteAllTextAsync(blocker, "not a folder");
        var target = Path.Combine(blocker, "runs.parquet");
        var e = await Assert.ThrowsAsync<StorageException>(() => AtomicFile.WriteTextAsync(target, "x"));
        Assert.Contains("stored results are intact", e.Message, StringComparison.Ordinal);
        Assert.Contains(blocker, e.Message, StringComparison.Ordinal);
    }

    private static string LogOf(CliConsole.Outcome outcome) =>
        LogPath().Match(outcome.Error) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException("no log named: " + outcome.Error);

    [GeneratedRegex(@"details in (\S+\.log)")]
    private static partial Regex LogPath();
}
