namespace FFRepro.Model.Data;

/// <summary>
/// A data set resolved from the registry: training, optional validation, and test splits.
/// </summary>
/// <param name="Name">Registry name, e.g. <c>mnist10k</c>.</param>
/// <param name="Train">The split trained on.</param>
/// <param name="Validation">Held-out part of the training set, when the data set's split rule defines one.</param>
/// <param name="Test">The split every epoch is evaluated on.</param>
/// <param name="Source">Where the files came from (folder and checksums), for provenance.</param>
public sealed record Dataset(string Name, DataSplit Train, DataSplit? Validation, DataSplit Test, string Source);
