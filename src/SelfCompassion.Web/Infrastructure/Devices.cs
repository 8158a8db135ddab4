using System.Net;
using System.Net.Sockets;
using SelfCompassion.Accounts.Sessions;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// What a person might recognise a sign-in by, and no more: the browser's family and system ("Firefox on Windows")
/// and the first part of the network address (203.0.113.x, or an IPv6 /48). Never the full address or the raw agent.
/// </summary>
internal static class Devices
{
    private static readonly (string Token, string Name)[] Browsers =
    [
        ("Edg/", "Edge"), ("OPR/", "Opera"), ("SamsungBrowser/", "Samsung Internet"), ("Firefox/", "Firefox"),
        ("FxiOS/", "Firefox"), ("CriOS/", "Chrome"), ("Chromium/", "Chromium"), ("Chrome/", "Chrome"), ("Safari/", "Safari"),
    ];

    private static readonly (string Token, string Name)[] Systems =
    [
        ("Windows", "Windows"), ("iPhone", "iPhone"), ("iPad", "iPad"), ("Android", "Android"), ("CrOS", "ChromeOS"),
        ("Mac OS X", "macOS"), ("Macintosh", "macOS"), ("Linux", "Linux"),
    ];

    public static string Browser(string? userAgent)
    {
        if (string.IsNullOrWhiteSpace(userAgent))
        {
            return CurrentDevice.Unknown;
        }
        var browser = Browsers.FirstOrDefault(b => userAgent.Contains(b.Token, StringComparison.Ordinal)).Name ?? "A browser";
        var system = Systems.FirstOrDefault(s => userAgent.Contains(s.Token, StringComparison.Ordinal)).Name;
        return system is null ? browser : $"{browser} on {system}";
    }

    public static string Place(IPAddress? address)
    {
        if (address is null)
        {
            return CurrentDevice.Unknown;
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        var bytes = address.GetAddressBytes();
        return address.AddressFamily == AddressFamily.InterNetwork
            ? $"{bytes[0]}.{bytes[1]}.{bytes[2]}.x"
            : $"{bytes[0] << 8 | bytes[1]:x}:{bytes[2] << 8 | bytes[3]:x}:{bytes[4] << 8 | bytes[5]:x}::/48";
    }

    /// <summary>Tells Core which browser and place this request comes from, before sign-in is read.</summary>
    public static IApplicationBuilder UseCurrentDevice(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.RequestServices.GetRequiredService<CurrentDevice>()
            .Set(Browser(context.Request.Headers.UserAgent), Place(context.Connection.RemoteIpAddress));
        return next(context);
    });
}
