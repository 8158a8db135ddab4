using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace SelfCompassion.Data;

/// <summary>
/// While <see cref="DatabaseOutage"/> knows the database is away, a context's connection fails as it opens, so the
/// request meets the friendly 503 at once. Against a database that stops answering without refusing (a network
/// partition, a frozen server) each request would otherwise wait out the connect timeout before that same page.
/// </summary>
public sealed class OutageBreaker(DatabaseOutage outage) : DbConnectionInterceptor
{
    public override InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result)
    {
        ThrowIfDown();
        return result;
    }

    public override ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData,
        InterceptionResult result, CancellationToken cancellationToken = default)
    {
        ThrowIfDown();
        return ValueTask.FromResult(result);
    }

    private void ThrowIfDown()
    {
        if (outage.IsDown)
        {
            // An NpgsqlException, so that everything that tells a lost database from a bug (DatabaseUnavailable) does.
            throw new NpgsqlException("The database was found unreachable; not trying again until it answers.");
        }
    }
}
