using System.Linq.Expressions;

namespace SelfCompassion.Data;

/// <summary>
/// Runs a query tagged with <see cref="Tag"/> with sorting turned off (ADR 0020), so whatever plan PostgreSQL makes or
/// keeps walks the index in the order the query asks for and stops at its limit. It is for a page of one person's rows
/// in an order an index holds. A plan kept for any person is made for a typical one, with a dozen entries, for whom
/// reading them all and sorting costs the same as the walk; for someone with ten thousand it read and sorted every
/// entry on every view, 130 times the work.
/// </summary>
public sealed class ReadInIndexOrder : PlannerSetting
{
    /// <summary>The tag (<c>TagWith</c>) that asks for it.</summary>
    public const string Tag = "read in index order";

    public static readonly ReadInIndexOrder Instance = new();

    private ReadInIndexOrder()
        : base(Tag, "SET enable_sort = off", "RESET enable_sort")
    {
    }

    /// <summary>The query, tagged to be read in its index's order.</summary>
    public static Expression<T> Apply<T>(Expression<T> query) => Tagged(query, Tag);
}
