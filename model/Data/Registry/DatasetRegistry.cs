using FFRepro.Model.Data.Idx;

namespace FFRepro.Model.Data.Registry;

/// <summary>Loads the named data sets of <see cref="DatasetDefinition.All"/> into <see cref="Dataset"/>s.</summary>
public static class DatasetRegistry
{
    /// <summary>The default data set name.</summary>
    public const string DefaultName = "mnist10k";

    /// <summary>The known names, default first.</summary>
    public static IReadOnlyList<string> Names { get; } = DatasetDefinition.All.Select(d => d.Name).ToArray();

    /// <summary>The definition registered under <paramref name="name"/> (ordinal, case-insensitive).</summary>
    /// <exception cref="ModelInputException">Unknown name; the message lists the known names.</exception>
    public static DatasetDefinition Find(string name) =>
        DatasetDefinition.All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ModelInputException($"Unknown data set '{name}'; known data sets: {string.Join(", ", Names)}.");

    /// <summary>
    /// The folder a data set is loaded from when none is given: <c>$FFREPRO_DATA/&lt;folder&gt;</c>, else the first
    /// <c>data/&lt;folder&gt;</c> above the program or the current directory, else a system folder; when none exists,
    /// the folder to install it in (<c>$FFREPRO_DATA/&lt;folder&gt;</c>, else beside the shipped <c>data/mnist10k</c>).
    /// </summary>
    /// <exception cref="ModelInputException">Unknown name.</exception>
    public static string Folder(string name) => Path.GetFullPath(DataFolderLocator.Resolve(Find(name)));

    /// <summary>
    /// Loads a data set. The folder is <paramref name="folder"/> when given, otherwise found as described by
    /// <c>DataFolderLocator</c> (<c>FFREPRO_DATA</c>, <c>data/&lt;name&gt;</c> above the program or the current
    /// directory, system folders). When the folder holds <c>SHA256SUMS</c> it is verified (required for mnist10k).
    /// </summary>
    /// <exception cref="ModelInputException">Unknown name.</exception>
    /// <exception cref="DatasetMissingException">The folder does not exist, or a file is missing; the message names the
    /// folder (and the file) and how to get the data set.</exception>
    /// <exception cref="DataFormatException">A file is malformed or does not match its checksum.</exception>
    public static Dataset Load(string name = DefaultName, string? folder = null)
    {
        var definition = Find(name);
        folder = Path.GetFullPath(folder ?? DataFolderLocator.Resolve(definition));
        if (!Directory.Exists(folder))
            throw new DatasetMissingException($"Data set '{definition.Name}' is not installed: folder {folder} does not exist. {definition.HowToGet}", folder);
        var trainImages = Locate(definition, folder, definition.TrainImages);
        var trainLabels = Locate(definition, folder, definition.TrainLabels);
        var testImages = Locate(definition, folder, definition.TestImages);
        var testLabels = Locate(definition, folder, definition.TestLabels);
        var sums = Path.Combine(folder, Sha256Sums.FileName);
        if (definition.RequireChecksums && !File.Exists(sums))
            throw new DataFormatException(sums, $"is missing: data set '{definition.Name}' is only loaded with its checksum list. {definition.HowToGet}");
        var verified = definition.RequireChecksums || File.Exists(sums)
            ? Sha256Sums.VerifyFolder(folder)
            : null;

        var train = IdxReader.ReadSplit(trainImages, trainLabels);
        var test = IdxReader.ReadSplit(testImages, testLabels);
        var files = new[] { trainImages, trainLabels, testImages, testLabels };
        var source = $"{folder} ({string.Join(", ", files.Select(f => $"{Path.GetFileName(f)} sha256={verified?.GetValueOrDefault(Path.GetFileName(f)) ?? Sha256Sums.Of(f)}"))})";
        if (definition.ValidationCount == 0)
            return new Dataset(definition.Name, train, null, test, source);
        if (train.Count <= definition.ValidationCount)
            throw new DataFormatException(trainImages,
                $"holds {train.Count} images, too few to hold out {definition.ValidationCount} for validation.");
        var kept = train.Count - definition.ValidationCount;
        return new Dataset(definition.Name, train.Slice(0, kept), train.Slice(kept, definition.ValidationCount), test, source);
    }

    /// <summary>The file as named (gzip) or, failing that, without <c>.gz</c> (raw).</summary>
    private static string Locate(DatasetDefinition definition, string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (File.Exists(path))
            return path;
        var raw = file.EndsWith(".gz", StringComparison.Ordinal) ? Path.Combine(folder, file[..^3]) : path;
        if (File.Exists(raw))
            return raw;
        throw new DatasetMissingException(
            $"Data set '{definition.Name}': file {file} (or {Path.GetFileName(raw)}) not found in folder {folder}. {definition.HowToGet}", folder);
    }
}
