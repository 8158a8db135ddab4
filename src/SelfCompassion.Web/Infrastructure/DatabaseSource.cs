using SelfCompassion.Database;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// The app's one connection string: the configured one, or, when none is configured outside Production, the
/// embedded cluster under the data directory, started here and stopped when the app ends.
/// </summary>
public sealed class DatabaseSource : IAsyncDisposable
{
    public const string ConfigurationKey = "Default";

    private readonly EmbeddedPostgres? _embedded;

    private DatabaseSource(string connectionString, EmbeddedPostgres? embedded)
    {
        ConnectionString = connectionString;
        _embedded = embedded;
    }

    public string ConnectionString { get; }

    public static async Task<DatabaseSource> ResolveAsync(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString(ConfigurationKey);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new DatabaseSource(configured, null);
        }
        if (environment.IsProduction())
        {
            throw new SetupException("No database is configured. In Production set ConnectionStrings__Default to your PostgreSQL database.");
        }
        var dataPath = DataDirectoryFor(configuration, environment).Resolve("postgres");
        try
        {
            var embedded = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(dataPath));
            await Console.Out.WriteLineAsync($"Using the embedded PostgreSQL in {dataPath} on port {embedded.Port}");
            return new DatabaseSource(embedded.ConnectionString(), embedded);
        }
        catch (EmbeddedPostgresException ex)
        {
            throw new SetupException(ex.Message, ex);
        }
    }

    /// <summary>DataDirectory when configured, otherwise the checkout's .data folder.</summary>
    public static DataDirectory DataDirectoryFor(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration["DataDirectory"];
        return string.IsNullOrWhiteSpace(configured)
            ? DataDirectory.ForContentRoot(environment.ContentRootPath)
            : new DataDirectory(configured);
    }

    public async ValueTask DisposeAsync()
    {
        if (_embedded is not null)
        {
            await _embedded.DisposeAsync();
        }
    }
}
