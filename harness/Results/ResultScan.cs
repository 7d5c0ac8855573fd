namespace FFRepro.Harness.Results;

/// <summary>What a grid's runs folder holds: usable runs by id, and files that cannot be used.</summary>
/// <param name="Runs">Usable run records by run id.</param>
/// <param name="Bad">Files that are truncated, corrupt, of another schema or grid, or not in the plan.</param>
public sealed record ResultScan(IReadOnlyDictionary<string, RunFileCheck> Runs, IReadOnlyList<RunFileCheck> Bad)
{
    /// <summary>Reads every <c>*.parquet</c> in the layout's runs folder (temporary files are hidden and skipped).</summary>
    /// <param name="layout">Where the results are.</param>
    /// <param name="planned">Ids of the plan; files of other ids are reported as bad. Null accepts any id.</param>
    /// <param name="withCurves">Whether to keep curve points (merge) or only run records (status, resume).</param>
    /// <param name="verify">Read and verify every row even when the curve points are not kept (resume: a run whose
    /// data is damaged must be trained again, and status reports it).</param>
    public static async Task<ResultScan> ReadAsync(ResultsLayout layout, IReadOnlySet<string>? planned, bool withCurves, bool verify = false)
    {
        var runs = new Dictionary<string, RunFileCheck>(StringComparer.Ordinal);
        var bad = new List<RunFileCheck>();
        if (!Directory.Exists(layout.RunsFolder)) return new ResultScan(runs, bad);
        string[] files;
        try
        {
            files = Directory.GetFiles(layout.RunsFolder, "*.parquet").Order(StringComparer.Ordinal).ToArray();
        }
        catch (Exception e) when (StorageException.IsFileSystem(e))
        {
            throw StorageException.Reading(layout.RunsFolder, e);
        }
        var checks = new RunFileCheck[files.Length];
        await Parallel.ForAsync(0, files.Length, async (i, _) =>
        {
            var check = await RunFiles.ReadAsync(files[i], layout.Grid, withCurves || verify);
            checks[i] = withCurves ? check : check with { Curves = [] };
        });
        foreach (var c in checks)
        {
            if (c.Problem is not null) bad.Add(c);
            else if (planned is not null && !planned.Contains(c.Run!.RunId))
                bad.Add(c with { Problem = "not in the plan of this spec (left from an earlier version of the spec?)" });
            else runs[c.Run!.RunId] = c;
        }
        return new ResultScan(runs, bad);
    }

    /// <summary>Moves bad files of planned runs aside, so they are re-run and globs over the runs folder stay readable.</summary>
    public static void Quarantine(ResultsLayout layout, IEnumerable<RunFileCheck> bad)
    {
        foreach (var b in bad)
        {
            if (!File.Exists(b.Path)) continue;
            var target = Path.Combine(layout.QuarantineFolder, $"{Path.GetFileName(b.Path)}.{DateTime.UtcNow:yyyyMMddTHHmmss}.bad");
            StorageException.Guard(target, () =>
            {
                Directory.CreateDirectory(layout.QuarantineFolder);
                File.Move(b.Path, target, overwrite: true);
            });
        }
    }
}
