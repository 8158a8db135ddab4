using System.Net;
using System.Net.Sockets;

namespace SelfCompassion.Tests.Support;

/// <summary>
/// A TCP relay between the app and its PostgreSQL that a test can cut and restore, or freeze and thaw. Cut, it looks
/// to the app as a stopped database does: the connections it held break, and new ones are refused until the relay
/// listens again on the same port. Frozen, it looks as a network partition does: connections open, and nothing
/// comes back. The shared test cluster itself keeps running for every other test.
/// </summary>
public sealed class DatabaseRelay : IAsyncDisposable
{
    private readonly int _target;
    private readonly Lock _gate = new();
    private readonly List<TcpClient> _open = [];
    private TcpListener? _listener;
    private TaskCompletionSource _flowing = Flowing();

    private DatabaseRelay(int target) => _target = target;

    public int Port { get; private set; }

    public static DatabaseRelay Start(int target)
    {
        var relay = new DatabaseRelay(target);
        relay.Listen(0);
        return relay;
    }

    /// <summary>The outage: every relayed connection is dropped and nothing listens on <see cref="Port"/>.</summary>
    public void Cut()
    {
        lock (_gate)
        {
            _listener?.Stop();
            _listener = null;
            _open.ForEach(c => c.Dispose());
            _open.Clear();
        }
    }

    /// <summary>The database back where it was.</summary>
    public void Restore() => Listen(Port);

    /// <summary>The partition: every byte either way is held back, on the connections open and on new ones.</summary>
    public void Freeze()
    {
        lock (_gate)
        {
            if (_flowing.Task.IsCompleted)
            {
                _flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
    }

    /// <summary>The partition healed: what was held back is delivered, as TCP would once the network is back.</summary>
    public void Thaw()
    {
        lock (_gate)
        {
            _flowing.TrySetResult();
        }
    }

    private static TaskCompletionSource Flowing()
    {
        var flowing = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        flowing.SetResult();
        return flowing;
    }

    private void Listen(int port)
    {
        var listener = new TcpListener(IPAddress.Loopback, port);
        // The connections just dropped may still hold the port (TIME_WAIT); listening there again is what a restarted
        // server does.
        listener.Server.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
        listener.Start();
        lock (_gate)
        {
            _listener = listener;
            Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        _ = AcceptAsync(listener);
    }

    private async Task AcceptAsync(TcpListener listener)
    {
        while (true)
        {
            TcpClient app;
            try
            {
                app = await listener.AcceptTcpClientAsync();
            }
            catch (Exception ex) when (ex is SocketException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var database = new TcpClient();
            try
            {
                await database.ConnectAsync(IPAddress.Loopback, _target);
            }
            catch (SocketException)
            {
                app.Dispose();
                database.Dispose();
                continue;
            }
            lock (_gate)
            {
                if (_listener != listener)
                {
                    app.Dispose();
                    database.Dispose();
                    return;
                }
                _open.Add(app);
                _open.Add(database);
            }
            _ = PumpAsync(app, database);
            _ = PumpAsync(database, app);
        }
    }

    private async Task PumpAsync(TcpClient from, TcpClient to)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            var source = from.GetStream();
            var target = to.GetStream();
            int read;
            while ((read = await source.ReadAsync(buffer)) > 0)
            {
                Task flowing;
                lock (_gate)
                {
                    flowing = _flowing.Task;
                }
                await flowing;
                await target.WriteAsync(buffer.AsMemory(0, read));
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or SocketException or InvalidOperationException)
        {
        }
        // One side closing closes the other, as a real connection's end does.
        from.Dispose();
        to.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Thaw();
        Cut();
        return ValueTask.CompletedTask;
    }
}
