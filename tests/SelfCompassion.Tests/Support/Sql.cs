using Npgsql;

namespace SelfCompassion.Tests.Support;

/// <summary>
/// A statement run straight against the app's database: to set up what no page can (an account made long ago, a
/// consent to an older notice) or to look at what the app keeps.
/// </summary>
public static class Sql
{
    public static Task ExecuteAsync(this AppFactory app, string sql, params object[] values) =>
        RunAsync(app, sql, values, command => command.ExecuteNonQueryAsync());

    public static async Task<T> ScalarAsync<T>(this AppFactory app, string sql, params object[] values) =>
        (T)(await RunAsync(app, sql, values, command => command.ExecuteScalarAsync()))!;

    private static async Task<TResult> RunAsync<TResult>(AppFactory app, string sql, object[] values, Func<NpgsqlCommand, Task<TResult>> run)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }
        return await run(command);
    }
}
