using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
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

    private static readonly MethodInfo TagWithMethod = typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.TagWith))!;

    private PlannedForItsValues()
    {
    }

    /// <summary>
    /// A query written once for a compiled query of its own, tagged: its first read of a table, where the chain of the
    /// outermost query starts, asks for the plan. A compiled query can't take the tag as a parameter.
    /// </summary>
    public static Expression<T> Apply<T>(Expression<T> query)
    {
        var tagger = new Tagger();
        var tagged = (Expression<T>)tagger.Visit(query);
        return tagger.Tagged ? tagged : throw new ArgumentException("The query reads no DbSet property to tag.", nameof(query));
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

    private sealed class Tagger : ExpressionVisitor
    {
        public bool Tagged { get; private set; }

        protected override Expression VisitMember(MemberExpression node)
        {
            if (Tagged || !node.Type.IsGenericType || node.Type.GetGenericTypeDefinition() != typeof(DbSet<>))
            {
                return base.VisitMember(node);
            }
            Tagged = true;
            var entity = node.Type.GetGenericArguments()[0];
            return Expression.Call(TagWithMethod.MakeGenericMethod(entity), node, Expression.Constant(Tag));
        }
    }
}
