using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SelfCompassion.Data;

/// <summary>
/// Runs a query tagged with <see cref="Tag"/> with a plan made for its own values (ADR 0010): how many entries hold the
/// searched words, a pattern or a feeling decides between their index and the walk by date, and a plan PostgreSQL
/// keeps for any value slowed search by half or more. The query is sent as "SET plan_cache_mode = force_custom_plan;
/// the query; RESET plan_cache_mode" in one round trip. PostgreSQL runs statements sent together as one implicit
/// transaction, so a query that fails or is cancelled rolls the setting back with it, and the pooled connection is
/// always left as it was. (A transaction of their own cost these queries two more round trips: BEGIN and ROLLBACK.)
/// </summary>
public sealed class PlannedForItsValues : DbCommandInterceptor
{
    /// <summary>The tag (<c>TagWith</c>) that asks for it.</summary>
    public const string Tag = "planned for its values";

    public static readonly PlannedForItsValues Instance = new();

    private const string Marker = "-- " + Tag;

    private PlannedForItsValues()
    {
    }

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Rewrite(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Rewrite(command);
        return ValueTask.FromResult(result);
    }

    private static void Rewrite(DbCommand command)
    {
        if (IsTagged(command.CommandText))
        {
            // The semicolon on a line of its own: a query ending in a comment must not swallow it.
            command.CommandText = $"SET plan_cache_mode = force_custom_plan;\n{command.CommandText}\n;\nRESET plan_cache_mode";
        }
    }

    /// <summary>EF Core writes a query's tags first, one comment line each, in the order they were given.</summary>
    private static bool IsTagged(string sql)
    {
        foreach (var line in sql.AsSpan().EnumerateLines())
        {
            if (!line.StartsWith("--"))
            {
                return false;
            }
            if (line.TrimEnd().SequenceEqual(Marker))
            {
                return true;
            }
        }
        return false;
    }
}
