using System.Runtime.InteropServices;

namespace FFRepro.Model.Torch;

/// <summary>
/// The C library's process environment. libtorch, MKL and oneDNN read their settings with <c>getenv</c>; on Linux
/// .NET's <see cref="Environment.SetEnvironmentVariable(string, string)"/> changes only a managed copy that native
/// code never sees, so settings meant for them are written here.
/// </summary>
public static class NativeEnvironment
{
    /// <summary>Sets <paramref name="name"/> in the native environment (and the managed copy, for child processes).</summary>
    public static void Set(string name, string value)
    {
        if (OperatingSystem.IsWindows()) { Environment.SetEnvironmentVariable(name, value); return; }
        if (setenv(name, value, 1) != 0)
            throw new InvalidOperationException($"setenv({name}) failed with errno {Marshal.GetLastPInvokeError()}.");
        Environment.SetEnvironmentVariable(name, value);
    }

    /// <summary>The native environment's value of <paramref name="name"/>, or null when unset.</summary>
    public static string? Get(string name) =>
        OperatingSystem.IsWindows() ? Environment.GetEnvironmentVariable(name) : Marshal.PtrToStringUTF8(getenv(name));

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code, and these two calls run once.
    // On Unix CharSet.Ansi marshals as UTF-8.
    [DllImport("libc", CharSet = CharSet.Ansi, SetLastError = true)]
    private static extern int setenv(string name, string value, int overwrite);

    [DllImport("libc", CharSet = CharSet.Ansi)]
    private static extern IntPtr getenv(string name);
}
