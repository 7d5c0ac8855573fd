namespace FFRepro.Model.Data.Fetch;

/// <summary>What a data folder holds with respect to a pinned set of files (see <see cref="DataInstaller.Inspect"/>).</summary>
public enum InstallState
{
    /// <summary>The folder does not exist or is empty: a fetch may install there.</summary>
    Absent,

    /// <summary>Every pinned file is there (gzip or raw) with the pinned content, and a <c>SHA256SUMS</c>, if any, holds.</summary>
    Installed,

    /// <summary>The folder holds something else: a fetch must not touch it.</summary>
    Foreign,
}
