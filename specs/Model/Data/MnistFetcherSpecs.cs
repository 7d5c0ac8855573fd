using System.Net;
using FFRepro.Model.Data;
using FFRepro.Model.Data.Fetch;
using Xunit;

namespace FFRepro.Specs.Model.Data;

public sealed class MnistFetcherSpecs
{
    [Fact]
    public async Task Without_network_the_fetch_fails_with_one_plain_sentence_and_leaves_no_file()
    {
        using var temp = new TempFolder();
        using var offline = new HttpClient(new OfflineHandler());
        var e = await Assert.ThrowsAsync<IOException>(() => MnistFetcher.FetchAsync(temp.Path, offline));
        Assert.Contains("no network", e.Message);
        Assert.Single(e.Message.Split(". ", StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public async Task A_mirror_serving_wrong_bytes_fails_on_the_checksum_and_leaves_no_file()
    {
        using var temp = new TempFolder();
        using var liar = new HttpClient(new ConstantHandler("not mnist"u8.ToArray()));
        var e = await Assert.ThrowsAsync<DataFormatException>(() => MnistFetcher.FetchAsync(temp.Path, liar));
        Assert.Contains("SHA-256", e.Message);
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void Verify_accepts_the_known_digest_and_rejects_others()
    {
        using var temp = new TempFolder();
        var path = temp.File("t10k-labels-idx1-ubyte.gz");
        File.WriteAllText(path, "tampered");
        var e = Assert.Throws<DataFormatException>(() => MnistFetcher.Verify(path));
        Assert.Contains(path, e.Message);
        Assert.Contains(MnistFetcher.KnownSha256["t10k-labels-idx1-ubyte.gz"], e.Message);

        Sha256Sums.Verify(path, Sha256Sums.Of(path));
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Sha256Sums.Of(Empty(temp)));
    }

    private static string Empty(TempFolder temp)
    {
        var path = temp.File("empty");
        File.WriteAllBytes(path, []);
        return path;
    }

    private sealed class OfflineHandler : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            throw new HttpRequestException($"Name or service not known ({request.RequestUri?.Host}:443)");
    }

    private sealed class ConstantHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(body) });
    }
}
