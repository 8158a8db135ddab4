using System.Net;
using SelfCompassion.Benchmarks.Load;
using SelfCompassion.Tests.Support;

namespace SelfCompassion.Benchmarks.Faults;

/// <summary>
/// One person, signed in through the real form, saving thoughts through the real form and counting what the app
/// acknowledged: a save is acknowledged only by the redirect a finished save ends with. What the database then holds
/// for the person is compared with that count, so a save the app said it kept and didn't is found.
/// </summary>
internal sealed class Saver
{
    private readonly string _token;
    private readonly List<string> _failures = [];
    private int _attempts;

    private Saver(string ownerId, SignedInSession session, string token) => (OwnerId, Session, _token) = (ownerId, session, token);

    public string OwnerId { get; }

    public SignedInSession Session { get; }

    public int Acknowledged { get; private set; }

    public int Failed { get; private set; }

    /// <summary>How the failed saves failed ("503" from nginx's own page, another status, or the connection error), for the report.</summary>
    public IReadOnlyList<string> Failures => _failures;

    public static async Task<Saver> SignInAsync(Uri address, TestUser person, string ownerId)
    {
        var session = await SignedInSession.SignInAsync(address, person);
        return new Saver(ownerId, session, await SignedInSession.TokenAsync(session.Client, "/journal/new"));
    }

    /// <summary>Counts from zero again, for the next check.</summary>
    public void StartCounting()
    {
        Acknowledged = 0;
        Failed = 0;
        _failures.Clear();
    }

    /// <summary>Saves one thought through <paramref name="address"/> (nginx, or one instance); true when acknowledged.</summary>
    public async Task<bool> SaveAsync(Uri? address = null)
    {
        var attempt = Interlocked.Increment(ref _attempts);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Thought"] = $"I keep falling behind everyone else, again ({attempt})",
            ["Input.Felt"] = "sad",
            ["Input.Feelings[sad]"] = "55",
            ["Input.Belief"] = "70",
            ["__RequestVerificationToken"] = _token,
            // A fresh form's own key, as the page gives each form: nginx may send this save to the other instance.
            ["SaveKey"] = Guid.NewGuid().ToString(),
        });
        try
        {
            using var response = await Session.Client.PostAsync(new Uri(address ?? Session.Address, "/journal/new"), form);
            if (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/journal", StringComparison.Ordinal) == true)
            {
                Acknowledged++;
                return true;
            }
            Fail(((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        catch (HttpRequestException ex)
        {
            Fail(ex.HttpRequestError.ToString());
        }
        catch (TaskCanceledException)
        {
            Fail("timeout");
        }
        return false;
    }

    /// <summary>Saves until <paramref name="stop"/> is cancelled, one save at a time, as a person would.</summary>
    public async Task SaveUntilAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            await SaveAsync();
        }
    }

    private void Fail(string how)
    {
        Failed++;
        _failures.Add(how);
    }

    /// <summary>The thoughts each person has in the database now, by owner.</summary>
    public static async Task<Dictionary<string, int>> StoredAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT \"OwnerId\", count(*)::int FROM thought_entries GROUP BY \"OwnerId\"", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var stored = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            stored[reader.GetString(0)] = reader.GetInt32(1);
        }
        return stored;
    }

    /// <summary>
    /// The savers whose acknowledged saves are not all in the database, with what is missing. More rows than
    /// acknowledgements is no loss: a save can be kept while its answer is lost on the way back.
    /// </summary>
    public static IEnumerable<string> Lost(IEnumerable<Saver> savers, IReadOnlyDictionary<string, int> before, IReadOnlyDictionary<string, int> after) =>
        savers.Select(s => (Saver: s, Kept: after.GetValueOrDefault(s.OwnerId) - before.GetValueOrDefault(s.OwnerId)))
            .Where(x => x.Kept < x.Saver.Acknowledged)
            .Select(x => $"{x.Saver.Acknowledged} acknowledged, {x.Kept} kept");
}
