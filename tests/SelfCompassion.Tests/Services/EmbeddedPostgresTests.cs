using Npgsql;
using SelfCompassion.Database;

namespace SelfCompassion.Tests.Services;

public class EmbeddedPostgresTests
{
    private static string NewDataPath() => Path.Combine(TestCluster.Root, "launcher-" + Guid.NewGuid().ToString("N"));

    private static async Task<object?> ScalarAsync(EmbeddedPostgres cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    [Fact]
    public async Task A_second_start_reuses_the_running_cluster_on_the_same_port()
    {
        await using var first = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(NewDataPath(), Throwaway: true));
        await ScalarAsync(first, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (7)");

        var second = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(first.DataPath));
        Assert.Equal(first.Port, second.Port);
        Assert.Equal(7, await ScalarAsync(second, "SELECT id FROM kept"));
        // The second one did not start the server, so stopping it leaves the first one's server running.
        await second.StopAsync();
        Assert.Equal(7, await ScalarAsync(first, "SELECT id FROM kept"));
    }

    [Fact]
    public async Task A_stopped_cluster_starts_again_with_its_data()
    {
        var dataPath = NewDataPath();
        await using (var first = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(dataPath)))
        {
            await ScalarAsync(first, "CREATE TABLE kept (id int); INSERT INTO kept VALUES (42)");
        }

        await using var again = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(dataPath, Throwaway: true));
        Assert.Equal(42, await ScalarAsync(again, "SELECT id FROM kept"));
    }

    [Fact]
    public async Task The_cluster_listens_only_on_loopback_and_asks_for_a_password()
    {
        await using var cluster = await EmbeddedPostgres.StartAsync(new EmbeddedPostgresOptions(NewDataPath(), Throwaway: true));
        Assert.Equal("127.0.0.1", await ScalarAsync(cluster, "SHOW listen_addresses"));

        var wrong = new NpgsqlConnectionStringBuilder(cluster.ConnectionString()) { Password = "guess" };
        await using var connection = new NpgsqlConnection(wrong.ConnectionString);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());
        Assert.Equal("28P01", refused.SqlState);
    }

    [Fact]
    public void Missing_server_programs_give_one_message_saying_what_to_install()
    {
        var empty = Directory.CreateTempSubdirectory().FullName;
        Assert.Null(PostgresBinaries.TryFind(pathVariable: empty, debianRoot: Path.Combine(empty, "none")));

        var error = Assert.Throws<EmbeddedPostgresException>(() => PostgresBinaries.Find(empty, Path.Combine(empty, "none")));
        Assert.Contains("apt-get install postgresql", error.Message);
        Assert.Contains("docker compose", error.Message);
    }

    [Fact]
    public void The_newest_versioned_folder_is_chosen_when_nothing_is_on_the_path()
    {
        var root = Directory.CreateTempSubdirectory().FullName;
        foreach (var version in new[] { "13", "16", "9" })
        {
            var bin = Directory.CreateDirectory(Path.Combine(root, version, "bin")).FullName;
            File.WriteAllText(Path.Combine(bin, "initdb"), "");
            File.WriteAllText(Path.Combine(bin, "pg_ctl"), "");
        }
        Assert.Equal(Path.Combine(root, "16", "bin"), PostgresBinaries.TryFind("", root)!.Directory);
    }
}
