namespace SelfCompassion.Web.Components.Charts;

/// <summary>One line on a chart: its name and a value per label (null where it has none).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<double?> Values);
