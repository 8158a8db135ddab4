using AngleSharp.Html.Dom;

namespace SelfCompassion.Tests.Support;

/// <summary>
/// A real form from a page: every field the server rendered (the antiforgery token included) is posted back
/// as a browser would post it, with the values a test fills in.
/// </summary>
public sealed class HtmlForm(IHtmlFormElement form)
{
    private readonly List<KeyValuePair<string, string>> _values = Initial(form);
    private readonly HashSet<string> _names = form.Elements.Select(e => e.GetAttribute("name")).OfType<string>().ToHashSet();

    /// <summary>Sets the single value of a field the page has.</summary>
    public HtmlForm Set(string name, string value)
    {
        if (!_names.Contains(name))
        {
            throw new InvalidOperationException($"The form has no field named '{name}'.");
        }
        _values.RemoveAll(v => v.Key == name);
        _values.Add(new(name, value));
        return this;
    }

    /// <summary>Ticks a checkbox the page has (name and value must both exist).</summary>
    public HtmlForm Check(string name, string value)
    {
        if (form.Elements.OfType<IHtmlInputElement>().All(i => i.Name != name || i.Value != value))
        {
            throw new InvalidOperationException($"The form has no checkbox {name}={value}.");
        }
        _values.Add(new(name, value));
        return this;
    }

    /// <summary>Adds a value the page never offered, as a forged request would.</summary>
    public HtmlForm Forge(string name, string value)
    {
        _values.Add(new(name, value));
        return this;
    }

    public HtmlForm Remove(string name)
    {
        _values.RemoveAll(v => v.Key == name);
        return this;
    }

    public string Token => _values.Single(v => v.Key == "__RequestVerificationToken").Value;

    /// <summary>What the form would send for <paramref name="name"/> (the last value, for a field sent more than once).</summary>
    public string? Value(string name) => _values.LastOrDefault(v => v.Key == name).Value;

    public string Action => string.IsNullOrEmpty(form.GetAttribute("action"))
        ? new Uri(form.Owner!.Url).PathAndQuery
        : form.GetAttribute("action")!;

    public Task<HttpResponseMessage> SubmitAsync(HttpClient client) =>
        client.PostAsync(Action, new FormUrlEncodedContent(_values));

    /// <summary>Submits with the named submit button, as clicking it would (Razor Pages' asp-page-handler).</summary>
    public Task<HttpResponseMessage> SubmitAsyncWithHandler(HttpClient client, string handler)
    {
        var button = form.Elements.OfType<IHtmlButtonElement>().Single(b => b.TextContent.Trim() == handler);
        return client.PostAsync(button.GetAttribute("formaction") ?? Action, new FormUrlEncodedContent(_values));
    }

    private static List<KeyValuePair<string, string>> Initial(IHtmlFormElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box:
                    if (box.IsChecked && !string.IsNullOrEmpty(box.Name))
                    {
                        values.Add(new(box.Name, box.Value));
                    }
                    break;
                case IHtmlInputElement { Type: "submit" or "button" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values.Add(new(input.Name, input.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values.Add(new(select.Name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values.Add(new(area.Name, area.Value));
                    break;
            }
        }
        return values;
    }
}
