using System.Collections.Concurrent;
using System.Text;
using Serilog.Core;
using Serilog.Events;

namespace SelfCompassion.Tests.Support;

/// <summary>Everything the app logged, rendered as a log collector would see it, messages and properties alike.</summary>
public sealed class CapturedLogs : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    public IReadOnlyList<LogEvent> Events => [.. _events];

    public string AllText()
    {
        var text = new StringBuilder();
        foreach (var e in _events)
        {
            text.AppendLine(e.RenderMessage());
            foreach (var property in e.Properties)
            {
                text.Append(property.Key).Append('=').AppendLine(property.Value.ToString());
            }
            text.AppendLine(e.Exception?.ToString());
        }
        return text.ToString();
    }
}
