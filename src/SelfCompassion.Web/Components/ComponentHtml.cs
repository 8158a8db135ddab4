using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace SelfCompassion.Web.Components;

/// <summary>A component drawn to HTML outside any request, for markup drawn once and kept (charts, crisis lines, nginx's page).</summary>
internal static class ComponentHtml
{
    public static Task<string> DrawAsync<TComponent>(this HtmlRenderer renderer, Dictionary<string, object?> parameters)
        where TComponent : IComponent =>
        renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<TComponent>(ParameterView.FromDictionary(parameters))).ToHtmlString());
}
