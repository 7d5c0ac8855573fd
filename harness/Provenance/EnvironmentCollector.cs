using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;

namespace FFRepro.Harness.Provenance;

/// <summary>Collects a <see cref="RunEnvironment"/> from the running process; every probe degrades to <c>unknown</c>.</summary>
public static class EnvironmentCollector
{
    /// <summary>Collects the environment; torch facts come from <paramref name="torch"/> (device, threads, versions).</summary>
    /// <param name="torch">Versions, GPU name and thread count as the model layer reports them.</param>
    public static RunEnvironment Collect(TorchFacts torch)
    {
        var (commit, dirty) = Git();
        return new RunEnvironment(
            commit, dirty, BuildCommit(),
            RuntimeInformation.FrameworkDescription,
            torch.TorchSharpVersion, torch.LibTorchVersion,
            RuntimeInformation.OSDescription,
            CpuModel(), torch.GpuName, torch.Threads,
            Environment.MachineName,
            torch.CpuDispatch);
    }

    // The SDK appends "+<commit>" to the informational version when it builds inside a git checkout.
    private static string BuildCommit()
    {
        var version = typeof(EnvironmentCollector).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        var plus = version?.IndexOf('+') ?? -1;
        return plus < 0 ? "unknown" : version![(plus + 1)..];
    }

    private static (string Commit, bool? Dirty) Git()
    {
        var commit = RunGit("rev-parse HEAD");
        if (commit is null)
        {
            // Bundles (make gpu-bundle) run where there is no checkout: they carry the commit they were built from.
            var stamped = Environment.GetEnvironmentVariable("FFREPRO_GIT_COMMIT");
            return string.IsNullOrWhiteSpace(stamped)
                ? ("unknown", null)
                : (stamped.Trim().TrimEnd('+'), stamped.Trim().EndsWith('+'));
        }
        var status = RunGit("status --porcelain --untracked-files=no");
        return (commit.Trim(), status is null ? null : status.Trim().Length > 0);
    }

    private static string? RunGit(string arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = AppContext.BaseDirectory,
            };
            using var p = Process.Start(info);
            if (p is null) return null;
            var output = p.StandardOutput.ReadToEnd();
            if (!p.WaitForExit(5000) || p.ExitCode != 0) return null;
            return output;
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }

    private static string CpuModel()
    {
        try
        {
            if (File.Exists("/proc/cpuinfo"))
                foreach (var line in File.ReadLines("/proc/cpuinfo"))
                    if (line.StartsWith("model name", StringComparison.Ordinal))
                        return line[(line.IndexOf(':') + 1)..].Trim();
        }
        catch (IOException) { }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
