namespace SelfCompassion.Database;

/// <summary>A problem with the embedded cluster whose message alone tells the person running the app what to do.</summary>
public sealed class EmbeddedPostgresException(string message, Exception? inner = null) : Exception(message, inner);
