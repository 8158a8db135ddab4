using System.Linq.Expressions;

namespace SelfCompassion.Data;

/// <summary>
/// Runs a query tagged with <see cref="Tag"/> with a plan made for its own values (ADR 0010): how many entries hold the
/// searched words, a pattern or a feeling decides between their index and the walk by date, and a plan PostgreSQL
/// keeps for any value slowed search by half or more.
/// </summary>
public sealed class PlannedForItsValues : PlannerSetting
{
    /// <summary>The tag (<c>TagWith</c>) that asks for it.</summary>
    public const string Tag = "planned for its values";

    public static readonly PlannedForItsValues Instance = new();

    private PlannedForItsValues()
        : base(Tag, "SET plan_cache_mode = force_custom_plan", "RESET plan_cache_mode")
    {
    }

    /// <summary>The query, tagged to ask for a plan made for its values.</summary>
    public static Expression<T> Apply<T>(Expression<T> query) => Tagged(query, Tag);
}
