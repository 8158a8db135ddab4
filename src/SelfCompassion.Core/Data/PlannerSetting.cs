using System.Data.Common;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SelfCompassion.Data;

/// <summary>
/// A planner setting that one kind of query asks for by its tag (<c>TagWith</c>), and that ends with that query. The
/// query is sent as "SET ...; the query; RESET ..." in one round trip: PostgreSQL runs statements sent together as one
/// implicit transaction, so a query that fails or is cancelled rolls the setting back with it, and the pooled
/// connection is always left as it was. A query carries at most one such tag: the first setting to rewrite it is the
/// one it gets. (A transaction of its own would have cost two more round trips: BEGIN and ROLLBACK.)
/// </summary>
public abstract class PlannerSetting : DbCommandInterceptor
{
    private static readonly MethodInfo TagWithMethod = typeof(EntityFrameworkQueryableExtensions).GetMethod(nameof(EntityFrameworkQueryableExtensions.TagWith))!;

    private readonly string _marker;
    private readonly string _set;
    private readonly string _reset;

    protected PlannerSetting(string tag, string set, string reset) => (_marker, _set, _reset) = ("-- " + tag, set, reset);

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

    /// <summary>
    /// A query written once for a compiled query of its own, tagged: its first read of a table, where the chain of the
    /// outermost query starts, asks for the setting. A compiled query can't take the tag as a parameter.
    /// </summary>
    protected static Expression<T> Tagged<T>(Expression<T> query, string tag)
    {
        var tagger = new Tagger(tag);
        var tagged = (Expression<T>)tagger.Visit(query);
        return tagger.Tagged ? tagged : throw new ArgumentException("The query reads no DbSet property to tag.", nameof(query));
    }

    private void Rewrite(DbCommand command)
    {
        if (IsTagged(command.CommandText))
        {
            // The semicolon on a line of its own: a query ending in a comment must not swallow it.
            command.CommandText = $"{_set};\n{command.CommandText}\n;\n{_reset}";
        }
    }

    /// <summary>EF Core writes a query's tags first, one comment line each, in the order they were given.</summary>
    private bool IsTagged(string sql)
    {
        foreach (var line in sql.AsSpan().EnumerateLines())
        {
            if (!line.StartsWith("--"))
            {
                return false;
            }
            if (line.TrimEnd().SequenceEqual(_marker))
            {
                return true;
            }
        }
        return false;
    }

    private sealed class Tagger(string tag) : ExpressionVisitor
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
            return Expression.Call(TagWithMethod.MakeGenericMethod(entity), node, Expression.Constant(tag));
        }
    }
}
