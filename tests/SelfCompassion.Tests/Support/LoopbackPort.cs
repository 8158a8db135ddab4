using System.Net;
using System.Net.Sockets;

namespace SelfCompassion.Tests.Support;

/// <summary>Ports for the servers the tests and the harness start themselves (SMTP, nginx, app instances).</summary>
public static class LoopbackPort
{
    /// <summary>A loopback port nothing listens on now; the server may still lose it to another program before it binds.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
