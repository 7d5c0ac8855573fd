namespace FFRepro.Harness.Cli;

/// <summary>Entry point of the <c>ffrepro</c> command line: parse, call the library, set the exit code.</summary>
public static class CliApp
{
    /// <summary>Runs the CLI; returns 0 on success, 1 on run failures, 2 on bad input.</summary>
    public static int Run(string[] args)
    {
        // Temporary until the System.CommandLine front end lands: the one data command the build needs.
        if (args is ["data", "build-mnist10k", "--from", var from, "--out", var output])
            return DataBuildCommand.Run(from, output);
        Console.WriteLine("ffrepro");
        return 0;
    }
}
