using System.Diagnostics;

namespace FFRepro.Specs.Support;

/// <summary>Runs the built <c>ffrepro</c> as its own process, for laws about what happens before anything in this
/// process could be set up (environment variables read when libtorch loads, exit codes of the real entry point).</summary>
public static class FfreproProcess
{
    /// <summary>Runs <c>ffrepro <paramref name="args"/></c> with <paramref name="environment"/> added to this process's
    /// environment, within two minutes, and captures its output.</summary>
    public static async Task<CliConsole.Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ffrepro.dll"), .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        foreach (var (name, value) in environment) info.Environment[name] = value;
        using var p = Process.Start(info)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = await p.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await p.WaitForExitAsync(limit.Token);
        return new CliConsole.Outcome(p.ExitCode, await stdout, stderr);
    }
}
