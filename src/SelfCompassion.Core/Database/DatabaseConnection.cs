using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SelfCompassion.Database;

/// <summary>
/// The app's one connection string: the configured one, or, when none is configured outside Production,
/// the embedded cluster under the data directory, started on first use.
/// </summary>
public sealed class DatabaseConnection(IConfiguration configuration, IHostEnvironment environment, DataDirectory dataDirectory, ILogger<DatabaseConnection> logger)
    : IAsyncDisposable
{
    public const string ConfigurationKey = "Default";

    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _connectionString;
    private EmbeddedPostgres? _embedded;

    public string ConnectionString =>
        _connectionString ?? throw new InvalidOperationException("The database connection is used before the app started.");

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_connectionString is not null)
            {
                return;
            }
            var configured = configuration.GetConnectionString(ConfigurationKey);
            if (!string.IsNullOrWhiteSpace(configured))
            {
                _connectionString = configured;
                return;
            }
            if (environment.IsProduction())
            {
                throw new EmbeddedPostgresException(
                    "No database is configured. In Production set ConnectionStrings__Default to your PostgreSQL database.");
            }
            var dataPath = dataDirectory.Resolve("postgres");
            _embedded = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(dataPath), cancellationToken);
            logger.LogInformation("Using the embedded PostgreSQL in {DataPath} on port {Port}", dataPath, _embedded.Port);
            _connectionString = _embedded.ConnectionString();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null)
        {
            await _embedded.StopAsync();
        }
        _gate.Dispose();
    }
}
