using System.Net.Sockets;
using Npgsql;

namespace SelfCompassion.Data;

/// <summary>Tells a lost database (worth a 503 and "nothing is lost") from a bug (a 500).</summary>
public static class DatabaseUnavailable
{
    public static bool Is(Exception exception)
    {
        for (Exception? ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case PostgresException postgres:
                    // Class 08 is connection trouble; 57P0x the server shutting down or starting; 53300 no free connections.
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                        || postgres.SqlState == "53300";
                case NpgsqlException:
                case SocketException:
                    return true;
            }
        }
        return false;
    }
}
