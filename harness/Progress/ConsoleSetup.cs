using Spectre.Console;

namespace FFRepro.Harness.Progress;

/// <summary>Decides how to talk to the user: live display on a terminal, plain lines otherwise; honours NO_COLOR.</summary>
public static class ConsoleSetup
{
    /// <summary>Whether to draw live progress on <paramref name="console"/>: it writes to an interactive terminal (the
    /// process's stdout, not redirected), <c>--plain</c> was not given and <c>CI</c> is not set.</summary>
    public static bool Live(IAnsiConsole console, bool plainRequested) =>
        !plainRequested && console.Profile.Out.IsTerminal && console.Profile.Capabilities.Interactive
        && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>A console writing to <paramref name="output"/>, without colours when <c>NO_COLOR</c> is set
    /// (https://no-color.org).</summary>
    public static IAnsiConsole Create(TextWriter output)
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(output),
        });
    }
}
