using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using SelfCompassion.Common;

namespace SelfCompassion.Journal.Listing;

/// <summary>
/// Which entries the journal keeps, written once for the list and for search. Every bound is a query parameter, and a
/// null one keeps every entry: EF Core writes (and caches) the SQL for each combination of null and set bounds, so
/// PostgreSQL never sees a test for a filter the person didn't choose, and one query shape serves them all. That is
/// what lets the list and search run as queries compiled once (docs/adr/0016).
/// </summary>
internal sealed record JournalBounds(
    string? Pattern, string? Emotion, DateTimeOffset? Start, DateTimeOffset? End, DateTimeOffset? AfterCreatedAt, Guid? AfterId)
{
    private static readonly Expression<Func<ThoughtEntry, string?, string?, DateTimeOffset?, DateTimeOffset?, DateTimeOffset?, Guid?, bool>> Keep =
        (e, pattern, emotion, start, end, afterCreatedAt, afterId) =>
            (pattern == null || e.Patterns.Contains(pattern))
            && (emotion == null || e.EmotionKeys.Contains(emotion))
            && (start == null || e.CreatedAt >= start)
            && (end == null || e.CreatedAt < end)
            // A row-value comparison, (created, id) < (cursor): the index on (owner, created, id) then starts at the
            // cursor under any plan. Spelled as "earlier, or as early with a smaller id", PostgreSQL can only filter,
            // and a plan made for any cursor walked a heavy journal from the top to reach page 500.
            && (afterCreatedAt == null || afterId == null
                || EF.Functions.LessThan(ValueTuple.Create(e.CreatedAt, e.Id), ValueTuple.Create(afterCreatedAt.Value, afterId.Value)));

    private static readonly MethodInfo HoldsMethod = typeof(JournalBounds).GetMethod(nameof(Holds))!;

    /// <summary>The bounds a query means, its dates turned into moments in the person's zone.</summary>
    public static JournalBounds Of(JournalQuery query)
    {
        var zone = query.Zone ?? TimeZoneInfo.Utc;
        DateTimeOffset? start = query.From is { } from ? LocalTime.StartOfDay(from, zone) : null;
        DateTimeOffset? end = query.To is { } to && to < DateOnly.MaxValue ? LocalTime.StartOfDay(to.AddDays(1), zone) : null;
        // An empty choice is no choice, as an absent one is: never a filter that finds nothing.
        return new JournalBounds(NullIfEmpty(query.Pattern), NullIfEmpty(query.Emotion), start, end, query.After?.CreatedAt, query.After?.Id);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Whether a pattern or a feeling is chosen: how many entries hold it decides the plan (docs/adr/0010).</summary>
    public bool ByChoice => Pattern is not null || Emotion is not null;

    /// <summary>
    /// Stands for the bounds inside a query compiled once, whose parameters they are; <see cref="Inline{T}"/> puts the
    /// bounds' own expression in its place before EF Core sees the query.
    /// </summary>
    public static bool Holds(ThoughtEntry entry, string? pattern, string? emotion, DateTimeOffset? start, DateTimeOffset? end,
        DateTimeOffset? afterCreatedAt, Guid? afterId) =>
        throw new InvalidOperationException("JournalBounds.Holds only has a meaning inside a query passed through JournalBounds.Inline.");

    /// <summary>The query with every call to <see cref="Holds"/> replaced by the bounds it stands for.</summary>
    public static Expression<T> Inline<T>(Expression<T> query) => (Expression<T>)new Inliner().Visit(query);

    private static Expression Body(IReadOnlyList<Expression> arguments) => new ReplacingExpressionVisitor(Keep.Parameters, arguments).Visit(Keep.Body);

    private sealed class Inliner : ExpressionVisitor
    {
        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == HoldsMethod && node.Arguments[0] is ParameterExpression
                ? Body([node.Arguments[0], .. node.Arguments.Skip(1).Select(Visit)!])
                : base.VisitMethodCall(node);
    }
}
