using Spectre.Console;

namespace FFRepro.Harness.Progress;

/// <summary>Decides how to talk to the user: live display on a terminal, plain lines otherwise; honours NO_COLOR.</summary>
public static class ConsoleSetup
{
    /// <summary>Whether to draw live progress: stdout is an interactive terminal and <c>--plain</c> was not given.</summary>
    public static bool Live(bool plainRequested) =>
        !plainRequested && !Console.IsOutputRedirected && AnsiConsole.Profile.Capabilities.Interactive
        && Environment.GetEnvironmentVariable("CI") is null;

    /// <summary>The console, without colours when <c>NO_COLOR</c> is set (https://no-color.org).</summary>
    public static IAnsiConsole Create()
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return AnsiConsole.Create(new AnsiConsoleSettings
        {
            ColorSystem = noColor ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(Console.Out),
        });
    }
}
