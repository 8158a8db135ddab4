namespace SelfCompassion.Database;

/// <summary>A problem with the embedded cluster whose message alone tells the user what to do.</summary>
public sealed class EmbeddedPostgresException(string message, Exception? inner = null) : SetupException(message, inner);
