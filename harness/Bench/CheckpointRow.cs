namespace FFRepro.Harness.Bench;

/// <summary>One measured checkpoint workload.</summary>
/// <param name="Shape">depth x width.</param>
/// <param name="Seeds">Seeds in the batch.</param>
/// <param name="Bytes">Size of one checkpoint file.</param>
/// <param name="WriteMs">Median wall milliseconds to write one as <c>grid run</c> does (atomic: temporary file, renamed; not
/// flushed to disk).</param>
/// <param name="ReadMs">Median wall milliseconds to verify and restore one.</param>
/// <param name="AllWriteMs">Every measured write.</param>
/// <param name="AllReadMs">Every measured read.</param>
public sealed record CheckpointRow(string Shape, int Seeds, long Bytes, double WriteMs, double ReadMs, double[] AllWriteMs, double[] AllReadMs);
