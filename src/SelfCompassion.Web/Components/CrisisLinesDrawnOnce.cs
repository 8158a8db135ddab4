using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Html;
using SelfCompassion.Care;

namespace SelfCompassion.Web.Components;

/// <summary>
/// Each region's crisis lines, drawn once for the app's lifetime: /help shows all of them on every view, from lines
/// that change only with a release, and drawing 29 lists afresh was most of that page's work (docs/adr/0010).
/// </summary>
public sealed class CrisisLinesDrawnOnce(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly Lazy<Task<Dictionary<string, HtmlString>>> _drawn = new(() => DrawAllAsync(scopes, loggers, CrisisLines.Bundled));

    public async Task<HtmlString> DrawAsync(CrisisRegion region) => (await _drawn.Value)[region.Code];

    private static async Task<Dictionary<string, HtmlString>> DrawAllAsync(IServiceScopeFactory scopes, ILoggerFactory loggers, CrisisLines lines)
    {
        // A renderer of its own, in a scope of its own: this runs once, outside any one request's renderer.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        var drawn = new Dictionary<string, HtmlString>(StringComparer.Ordinal);
        foreach (var region in lines.Regions)
        {
            drawn[region.Code] = new HtmlString(await renderer.DrawAsync<CrisisLineList>(new() { [nameof(CrisisLineList.Region)] = region }));
        }
        return drawn;
    }
}
