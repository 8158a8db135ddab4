using System.Net;
using System.Net.Sockets;

namespace SelfCompassion.Database;

internal static class LoopbackPort
{
    /// <summary>A port nothing listens on now; the server may still lose it to another program before it binds.</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
