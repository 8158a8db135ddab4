using Npgsql;
using SelfCompassion.Data;

namespace SelfCompassion.Tests.Services;

/// <summary>A database that stops answering is given up on in seconds, unless the connection string says otherwise.</summary>
public class ConnectionTimeoutTests
{
    [Fact]
    public void A_page_gives_up_on_a_silent_database_in_seconds_rather_than_half_a_minute()
    {
        var pooled = new NpgsqlConnectionStringBuilder(AppDbContextOptions.Pooled("Host=db"));
        Assert.Equal(AppDbContextOptions.CommandSeconds, pooled.CommandTimeout);
        Assert.Equal(AppDbContextOptions.ConnectSeconds, pooled.Timeout);
        Assert.InRange(pooled.CommandTimeout, 1, 10);
    }

    [Theory]
    [InlineData("Host=db;Command Timeout=60;Timeout=20")]
    [InlineData("Host=db;commandtimeout=60;TIMEOUT=20")]
    public void Timeouts_the_connection_string_gives_are_obeyed_however_they_are_spelled(string given)
    {
        var pooled = new NpgsqlConnectionStringBuilder(AppDbContextOptions.Pooled(given));
        Assert.Equal(60, pooled.CommandTimeout);
        Assert.Equal(20, pooled.Timeout);
    }
}
