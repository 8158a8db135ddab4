using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using SelfCompassion.Web.Components;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// deploy/unavailable.html, the page nginx answers with when no instance of the app does (all of them restarting, or
/// down). The app draws it from its own component, stylesheet and crisis lines, and the file is kept beside
/// deploy/nginx.conf, which serves it: a test fails once the file no longer matches what the app draws, so a changed
/// number or style reaches it through `./dev.sh unavailable-page` rather than being copied by hand.
/// </summary>
public static class UnavailablePageFile
{
    /// <summary>The command that writes it: `unavailable-page FILE`.</summary>
    public const string Command = "unavailable-page";

    public static async Task<string> RenderAsync(string stylesheet)
    {
        // The page's policy allows its own style block and script and nothing else, by their hashes. Browsers read line
        // breaks as "\n" before hashing, so both are given only those, whatever a checkout made of them.
        var css = stylesheet.ReplaceLineEndings("\n");
        await using var services = new ServiceCollection().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.DrawAsync<UnavailablePage>(new()
        {
            [nameof(UnavailablePage.Css)] = css,
            [nameof(UnavailablePage.StyleHash)] = Hash(css),
            [nameof(UnavailablePage.ScriptHash)] = Hash(UnavailablePage.Script.ReplaceLineEndings("\n")),
        });
    }

    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Writes the page to <paramref name="file"/>, with the stylesheet the app serves.</summary>
    public static async Task<int> WriteAsync(string file, IFileProvider webRoot)
    {
        var stylesheet = webRoot.GetFileInfo("css/site.css");
        if (!stylesheet.Exists)
        {
            await Console.Error.WriteLineAsync("The app's stylesheet (wwwroot/css/site.css) wasn't found; run this from the app's own folder or with `./dev.sh unavailable-page`.");
            return 1;
        }
        string css;
        using (var reader = new StreamReader(stylesheet.CreateReadStream()))
        {
            css = await reader.ReadToEndAsync();
        }
        await File.WriteAllTextAsync(file, await RenderAsync(css));
        await Console.Out.WriteLineAsync($"Wrote {file}.");
        return 0;
    }
}
