using DuckDB.NET.Data;
using FFRepro.Harness.Provenance;
using FFRepro.Harness.Results;
using FFRepro.Specs.Support;
using FFRepro.Stats.Data;
using Xunit;

namespace FFRepro.Specs.Harness.Results;

/// <summary>External engines read what we write: the queries of docs/harness.md run in DuckDB and agree with ours.</summary>
public sealed class DuckDbSpecs : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<ResultsLayout> Grid()
    {
        var layout = new ResultsLayout(_temp.Path, "small");
        await FakeRuns.RunAsync(layout, FakeRuns.Plan());
        await Merger.MergeAsync(layout);
        return layout;
    }

    private static List<object?[]> Query(string sql)
    {
        using var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++) row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }

    [Fact]
    public async Task DuckDB_reads_the_per_run_files_and_its_aggregates_equal_ours()
    {
        var layout = await Grid();
        var curves = await MergedResults.ReadCurvesAsync(layout);
        var glob = Path.Combine(layout.RunsFolder, "*.parquet");
        var rows = Query($"""
            SELECT depth, width, count(DISTINCT run_id), avg(value)
            FROM read_parquet('{glob}')
            WHERE metric = 'layer_ff_accuracy' AND split = 'test'
            GROUP BY depth, width ORDER BY depth, width
            """);
        var ours = curves.Where(c => c.Metric == MetricNames.LayerFfAccuracy && c.Split == Splits.Test)
            .GroupBy(c => (c.Depth, c.Width)).OrderBy(g => g.Key)
            .Select(g => (g.Key.Depth, g.Key.Width, g.Select(c => c.RunId).Distinct().Count(), g.Average(c => c.Value))).ToList();
        Assert.Equal(ours.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(ours[i].Depth, Convert.ToInt32(rows[i][0]));
            Assert.Equal(ours[i].Width, Convert.ToInt32(rows[i][1]));
            Assert.Equal(ours[i].Item3, Convert.ToInt32(rows[i][2]));
            Assert.Equal(ours[i].Item4, Convert.ToDouble(rows[i][3]), 1e-12);
        }
    }

    [Fact]
    public async Task DuckDB_reads_the_merged_files_and_its_aggregates_equal_ours()
    {
        var layout = await Grid();
        var runs = await MergedResults.ReadRunsAsync(layout);
        var curves = await MergedResults.ReadCurvesAsync(layout);
        var byStatus = Query($"SELECT status, count(*) FROM read_parquet('{layout.RunsFile}') GROUP BY status ORDER BY status");
        Assert.Equal(runs.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())),
            byStatus.Select(r => ((string)r[0]!, Convert.ToInt32(r[1]))));
        var joined = Query($"""
            SELECT count(*), sum(c.value)
            FROM read_parquet('{layout.CurvesFile}') c JOIN read_parquet('{layout.RunsFile}') r USING (run_id)
            WHERE r.status = 'ok' AND c.layer = 0 AND c.metric = 'model_goodness_accuracy'
            """);
        var okIds = runs.Where(r => r.Status == RunStatus.Ok).Select(r => r.RunId).ToHashSet();
        var mine = curves.Where(c => okIds.Contains(c.RunId) && c.Layer == 0 && c.Metric == MetricNames.ModelGoodnessAccuracy).ToList();
        Assert.Equal(mine.Count, Convert.ToInt32(joined[0][0]));
        Assert.Equal(mine.Sum(c => c.Value), Convert.ToDouble(joined[0][1]), 1e-9);
    }

    [Fact]
    public async Task DuckDB_reads_run_records_from_the_per_run_files_metadata()
    {
        var layout = await Grid();
        var runs = await MergedResults.ReadRunsAsync(layout);
        var rows = Query($"""
            SELECT json_extract_string(decode(value), '$.status') AS status, count(*)
            FROM parquet_kv_metadata('{Path.Combine(layout.RunsFolder, "*.parquet")}')
            WHERE decode(key) = 'ffrepro.run'
            GROUP BY status ORDER BY status
            """);
        Assert.Equal(runs.GroupBy(r => r.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => (g.Key, g.Count())),
            rows.Select(r => ((string)r[0]!, Convert.ToInt32(r[1]))));
    }

    [Fact]
    public async Task DuckDB_reads_the_step_axis_and_its_aggregates_equal_ours()
    {
        var layout = await Grid();
        var curves = await MergedResults.ReadCurvesAsync(layout);
        var rows = Query($"""
            SELECT depth, width, step, epoch, samples_seen, avg(value) AS layer1_accuracy
            FROM '{layout.CurvesFile}'
            WHERE metric = 'layer_ff_accuracy' AND split = 'test' AND layer = 1 AND step <= 1000
            GROUP BY ALL ORDER BY ALL
            """);
        var ours = curves.Where(c => c is { Metric: MetricNames.LayerFfAccuracy, Split: Splits.Test, Layer: 1, Step: <= 1000 })
            .GroupBy(c => (c.Depth, c.Width, c.Step, c.Epoch, c.SamplesSeen)).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Average(c => c.Value))).ToList();
        Assert.Equal(ours.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(ours[i].Key, (Convert.ToInt32(rows[i][0]), Convert.ToInt32(rows[i][1]), Convert.ToInt64(rows[i][2]),
                Convert.ToDouble(rows[i][3]), Convert.ToInt64(rows[i][4])));
            Assert.Equal(ours[i].Item2, Convert.ToDouble(rows[i][5]), 1e-12);
        }
        Assert.Contains(rows, r => Convert.ToInt64(r[2]) == FakeTrainer.StepsPerEpoch && Convert.ToDouble(r[3]) == 1.0);
    }

    [Fact]
    public async Task DuckDB_joins_the_running_training_accuracy_to_the_test_accuracy_at_the_same_points()
    {
        var layout = await Grid();
        var curves = await MergedResults.ReadCurvesAsync(layout);
        var rows = Query($"""
            SELECT c.layer, c.step, avg(c.value) AS test_accuracy, avg(t.value) AS training_batch_accuracy
            FROM '{layout.CurvesFile}' c JOIN '{layout.CurvesFile}' t USING (run_id, layer, step)
            WHERE c.metric = 'layer_ff_accuracy' AND c.split = 'test' AND t.metric = 'layer_ff_accuracy_train'
            GROUP BY ALL ORDER BY ALL
            """);
        var train = curves.Where(c => c.Metric == MetricNames.LayerFfAccuracyTrain).ToDictionary(c => (c.RunId, c.Layer, c.Step), c => c.Value);
        var ours = curves.Where(c => c.Metric == MetricNames.LayerFfAccuracy && c.Split == Splits.Test && train.ContainsKey((c.RunId, c.Layer, c.Step)))
            .GroupBy(c => (c.Layer, c.Step)).OrderBy(g => g.Key)
            .Select(g => (g.Key, g.Average(c => c.Value), g.Average(c => train[(c.RunId, c.Layer, c.Step)]))).ToList();
        Assert.NotEmpty(ours);
        Assert.DoesNotContain(ours, o => o.Key.Step == 0);   // no training batch before step 0
        Assert.Equal(ours.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(ours[i].Key, (Convert.ToInt32(rows[i][0]), Convert.ToInt64(rows[i][1])));
            Assert.Equal(ours[i].Item2, Convert.ToDouble(rows[i][2]), 1e-12);
            Assert.Equal(ours[i].Item3, Convert.ToDouble(rows[i][3]), 1e-12);
        }
    }

    [Fact]
    public async Task DuckDB_reads_the_delays_table_with_its_resolution()
    {
        var layout = await Grid();
        var (runs, points) = await StatsInputs.ReadAsync(layout);
        var tables = FFRepro.Stats.StatsSuite.Compute(runs, points, FFRepro.Stats.StatsOptions.Default with { BootstrapResamples = 200, Permutations = 200 });
        var folder = Path.Combine(layout.GridFolder, "stats");
        await FFRepro.Harness.Report.StatsWriter.WriteAsync(tables, folder, new Dictionary<string, string>());
        var rows = Query($"""
            SELECT Depth, Width, ShallowLayer, median(DelaySteps) AS median_delay_steps, median(DelayEpochs) AS median_delay_epochs,
                   count_if(BelowResolution) AS below_resolution, median(ResolutionSteps) AS median_resolution
            FROM '{Path.Combine(folder, "delays.parquet")}'
            WHERE Metric = 'layer_ff_accuracy' AND Tau = 0.5 AND DelaySteps IS NOT NULL
            GROUP BY ALL ORDER BY ALL
            """);
        var ours = tables.Delays.Where(d => d.Metric == MetricNames.LayerFfAccuracy && d.Tau == 0.5 && d.DelaySteps.HasValue)
            .GroupBy(d => (d.Depth, d.Width, d.ShallowLayer)).OrderBy(g => g.Key).ToList();
        Assert.NotEmpty(ours);
        Assert.Equal(ours.Count, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(ours[i].Count(d => d.BelowResolution == true).ToString(System.Globalization.CultureInfo.InvariantCulture), rows[i][5]!.ToString());   // count_if is a HUGEINT
            Assert.Equal(MathNet.Numerics.Statistics.Statistics.Median(ours[i].Select(d => (double)d.DelaySteps!.Value)), Convert.ToDouble(rows[i][3]), 1e-9);
            Assert.Equal(MathNet.Numerics.Statistics.Statistics.Median(ours[i].Select(d => d.DelayEpochs!.Value)), Convert.ToDouble(rows[i][4]), 1e-9);
        }
    }

    [Fact]
    public async Task DuckDB_sees_the_provenance_metadata()
    {
        var layout = await Grid();
        var rows = Query($"SELECT decode(value) FROM parquet_kv_metadata('{layout.RunsFile}') WHERE decode(key) = 'ffrepro.env.git_commit'");
        Assert.Equal(RunEnvironment.Fixed.GitCommit, (string)Assert.Single(rows)[0]!);
    }
}
