namespace FFRepro.Model.Torch;

/// <summary>
/// The process's torch settings, read from the <c>FFREPRO_*</c> environment variables once and validated together.
/// <see cref="TorchRuntime"/> loads libtorch with them and hands them to what needs them (trainer, optimizer,
/// provenance); nothing reads these variables anywhere else, so a change to the environment after start-up has no
/// effect on a running process.
/// </summary>
/// <param name="LibTorchFolder">Folder holding the external <c>libtorch.so</c> (<see cref="LibTorchVariable"/>); null:
/// the libtorch shipped next to the application.</param>
/// <param name="Tf32">Whether CUDA matrix products may use TF32 (<see cref="Tf32Variable"/> = 1).</param>
/// <param name="Threads">Intra-op CPU threads of libtorch (<see cref="ThreadsVariable"/>; default 1).</param>
/// <param name="GatherLimit">Override of the optimizer's gather limit in elements (<see cref="GatherLimitVariable"/>;
/// speed only, never results); null: the device's default.</param>
/// <param name="CpuDispatch">The CPU kernel level (<see cref="Torch.CpuDispatch.Variable"/>).</param>
public sealed record TorchSettings(string? LibTorchFolder, bool Tf32, int Threads, long? GatherLimit, CpuDispatchLevel CpuDispatch)
{
    /// <summary>Environment variable naming the folder that holds <c>libtorch.so</c> for the external backend.</summary>
    public const string LibTorchVariable = "FFREPRO_LIBTORCH";

    /// <summary>Environment variable that, set to 1, lets CUDA matrix products use TF32 (about 3x faster on
    /// Ampere and later, 10-bit mantissa inputs). Off by default; recorded with every result.</summary>
    public const string Tf32Variable = "FFREPRO_TF32";

    /// <summary>Environment variable with the number of intra-op CPU threads libtorch may use (default 1).</summary>
    public const string ThreadsVariable = "FFREPRO_THREADS";

    /// <summary>Environment variable overriding the optimizer's gather limit (elements; speed only, never results).</summary>
    public const string GatherLimitVariable = "FFREPRO_GATHER_LIMIT";

    /// <summary>The settings of this process's environment.</summary>
    /// <exception cref="ModelInputException">A variable holds a value that is not valid; the message names it.</exception>
    public static TorchSettings FromEnvironment() => Read(Environment.GetEnvironmentVariable);

    /// <summary>
    /// The settings <paramref name="variable"/> describes (a name to its value, null when unset). Checked in the order
    /// CPU dispatch, threads, gather limit; the first invalid value is reported.
    /// </summary>
    /// <exception cref="ModelInputException">A variable holds a value that is not valid; the message names it.</exception>
    public static TorchSettings Read(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        var level = Torch.CpuDispatch.Parse(variable(Torch.CpuDispatch.Variable));
        var threads = ThreadsOf(variable(ThreadsVariable));
        var gather = GatherLimitOf(variable(GatherLimitVariable));
        var external = variable(LibTorchVariable);
        return new TorchSettings(string.IsNullOrWhiteSpace(external) ? null : external, variable(Tf32Variable) == "1", threads, gather, level);
    }

    private static int ThreadsOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return 1;
        return int.TryParse(text, out var n) && n >= 1
            ? n
            : throw new ModelInputException($"{ThreadsVariable}='{text}' is not a positive integer.");
    }

    private static long? GatherLimitOf(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        return long.TryParse(text, out var limit) && limit >= 0
            ? limit
            : throw new ModelInputException($"{GatherLimitVariable}='{text}' is not a number of elements >= 0.");
    }
}
