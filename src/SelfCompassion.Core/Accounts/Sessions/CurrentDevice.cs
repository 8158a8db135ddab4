namespace SelfCompassion.Accounts.Sessions;

/// <summary>
/// What the person may recognise a request by, coarse on purpose: the kind of browser and the first part of the
/// network address. The web app sets it for each request; a job without a browser leaves it unknown.
/// </summary>
public sealed class CurrentDevice
{
    public const string Unknown = "unknown";

    public string Browser { get; private set; } = Unknown;

    public string Place { get; private set; } = Unknown;

    public void Set(string browser, string place) => (Browser, Place) = (browser, place);
}
