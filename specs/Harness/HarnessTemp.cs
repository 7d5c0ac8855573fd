namespace FFRepro.Specs.Harness;

/// <summary>A temporary folder deleted with the spec class.</summary>
public sealed class HarnessTemp : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("ffrepro-harness-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
