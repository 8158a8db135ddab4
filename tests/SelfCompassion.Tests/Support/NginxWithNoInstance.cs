using SelfCompassion.Tests.Architecture;

namespace SelfCompassion.Tests.Support;

/// <summary>deploy/nginx.conf in front of an instance that isn't there: every request meets nginx's own answer.</summary>
public sealed class NginxWithNoInstance : IAsyncLifetime
{
    private Nginx? _nginx;

    public Uri Address => _nginx!.Address;

    /// <summary>The page as committed, which nginx serves.</summary>
    public static string PagePath => Path.Combine(SourceTests.RepositoryRoot(), "deploy", "unavailable.html");

    public async Task InitializeAsync()
    {
        // Port 1: nothing serves it, and unlike a port found free a moment ago, no other test's server can take it.
        var nowhere = new Uri("http://127.0.0.1:1");
        _nginx = await Nginx.StartAsync(SourceTests.RepositoryRoot(), [nowhere],
            Path.Combine(TestCluster.Root, "nginx-" + Guid.NewGuid().ToString("N")), appReady: false);
    }

    public async Task DisposeAsync()
    {
        if (_nginx is not null)
        {
            await _nginx.DisposeAsync();
        }
    }
}
