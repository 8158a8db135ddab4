using AngleSharp.Html.Dom;

namespace SelfCompassion.Tests.Support;

/// <summary>
/// A real form from a page: every field the server rendered (the antiforgery token included) is posted back,
/// with the values a test fills in.
/// </summary>
public sealed class HtmlForm(IHtmlFormElement form)
{
    private readonly Dictionary<string, string> _values = Initial(form);

    public HtmlForm Set(string name, string value)
    {
        if (!_values.ContainsKey(name))
        {
            throw new InvalidOperationException($"The form has no field named '{name}'.");
        }
        _values[name] = value;
        return this;
    }

    public HtmlForm Remove(string name)
    {
        _values.Remove(name);
        return this;
    }

    public string Action => string.IsNullOrEmpty(form.GetAttribute("action"))
        ? new Uri(form.Owner!.Url).PathAndQuery
        : form.GetAttribute("action")!;

    public Task<HttpResponseMessage> SubmitAsync(HttpClient client) =>
        client.PostAsync(Action, new FormUrlEncodedContent(_values));

    private static Dictionary<string, string> Initial(IHtmlFormElement form)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } checkbox:
                    if (checkbox.IsChecked && !string.IsNullOrEmpty(checkbox.Name))
                    {
                        values[checkbox.Name] = checkbox.Value;
                    }
                    else if (!string.IsNullOrEmpty(checkbox.Name))
                    {
                        values.TryAdd(checkbox.Name, "false");
                    }
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values.TryAdd(input.Name, input.Value);
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name):
                    values[select.Name] = select.Value ?? "";
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values[area.Name] = area.Value;
                    break;
            }
        }
        return values;
    }
}
