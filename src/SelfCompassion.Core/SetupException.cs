namespace SelfCompassion;

/// <summary>A setup problem the person running the app can fix; its message alone says how, so no stack trace is shown.</summary>
public class SetupException(string message, Exception? inner = null) : Exception(message, inner);
