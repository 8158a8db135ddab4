using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Html;
using SelfCompassion.Progress;

namespace SelfCompassion.Web.Components.Charts;

/// <summary>
/// The progress charts of a report, drawn once and reused for as long as the report itself is kept (ADR 0010). The
/// charts depend on the report alone, and drawing six of them was most of the progress page's work and allocations on
/// every view of a report that had not changed. The drawing lives exactly as long as its report object: nothing here
/// decides when it is stale.
/// </summary>
public sealed class ChartsDrawnOnce(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly ConditionalWeakTable<ProgressReport, string> _drawn = [];

    public async Task<HtmlString> DrawAsync(ProgressReport report)
    {
        if (_drawn.TryGetValue(report, out var kept))
        {
            return new HtmlString(kept);
        }
        // Two first views at once may both draw; the same report draws the same markup, and one of them is kept. A
        // renderer of its own, in a scope of its own: this runs once per report, outside any one request's renderer.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var html = await renderer.DrawAsync<ProgressCharts>(new() { [nameof(ProgressCharts.Report)] = report });
        _drawn.AddOrUpdate(report, html);
        return new HtmlString(html);
    }
}
