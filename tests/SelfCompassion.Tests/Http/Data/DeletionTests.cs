using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using SelfCompassion.Protection;

namespace SelfCompassion.Tests.Http.Data;

/// <summary>Deleting an account leaves nothing of the person anywhere, ends every sign-in, and says goodbye gently.</summary>
public class DeletionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task After_deleting_no_table_holds_anything_of_the_person_and_every_sign_in_has_ended()
    {
        var person = TestUser.Create();
        var id = await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        var signedIn = await AccountPages.SignInAsync(client, person);
        var elsewhere = AccountPages.SignInCookie(await AccountPages.SignInAsync(app.CreateBrowserlikeClient(), person));
        var entry = await JournalPages.CreateAsync(client, "Something only I should ever read");
        await (await JournalPages.ReframeFormAsync(client, entry)).SubmitAsync(client);
        await (await HtmlPage.GetAsync(client, "/practice/letter")).Form().Set("Input.Texts[0]", "Dear me").Set("Input.Minutes", "5").SubmitAsync(client);
        await (await HtmlPage.GetAsync(client, "/guide/the-friend-test/reply")).Form().Set("Input.Name", "Robin").Set("Input.Text", "Thank you").SubmitAsync(client);
        await (await HtmlPage.GetAsync(client, "/account/forgot-password")).Form().Set("Input.Email", person.Email).SubmitAsync(client);
        Assert.NotEmpty(await RowsMentioningAsync(id, person.Email));

        var page = await HtmlPage.GetAsync(client, "/account/delete");
        var goodbye = await page.Form().Set("Input.Password", person.Password).SubmitAsync(client);

        Assert.Equal("/account/goodbye", goodbye.Headers.Location!.OriginalString);
        var farewell = await HtmlPage.GetAsync(client, "/account/goodbye");
        Assert.Contains("Your account is deleted", farewell.Text);
        Assert.NotNull(farewell.Document.QuerySelector("a[href='tel:988']"));
        Assert.Empty(await RowsMentioningAsync(id, person.Email));
        Assert.False(await AccountPages.CookieOpensJournalAsync(app, AccountPages.SignInCookie(signedIn)));
        Assert.False(await AccountPages.CookieOpensJournalAsync(app, elsewhere));
        Assert.Contains("don't match an account", (await AccountPages.SignInAsync(app.CreateBrowserlikeClient(), person)).Text);
    }

    [Fact]
    public async Task The_wrong_password_deletes_nothing()
    {
        var person = TestUser.Create();
        var id = await People.CreateAsync(app, person);
        var client = app.CreateBrowserlikeClient();
        await AccountPages.SignInAsync(client, person);
        await JournalPages.CreateAsync(client);

        var page = await HtmlPage.GetAsync(client, "/account/delete");
        var refused = await HtmlPage.ParseAsync(await page.Form().Set("Input.Password", "not my password at all").SubmitAsync(client));

        Assert.Equal("That password isn't right. Please try again.", refused.ErrorFor("Input.Password"));
        Assert.Contains(await RowsMentioningAsync(id, person.Email), row => row.StartsWith("thought_entries.", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/journal")).StatusCode);
    }

    /// <summary>
    /// Walks every table and every text column of the database for the person's id, email (in any case) or the keyed
    /// fingerprint their mail is filed under; returns "table.column" for each hit.
    /// </summary>
    private async Task<List<string>> RowsMentioningAsync(string userId, string email)
    {
        var fingerprint = app.Services.GetRequiredService<TextCipher>().Fingerprint("mail-recipient", email.ToLowerInvariant());
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand("""
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'character')
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        Assert.True(columns.Count > 20, "The walk found too few text columns to be the whole model.");
        var hits = new List<string>();
        foreach (var (table, column) in columns)
        {
            await using var count = new NpgsqlCommand(
                $"SELECT count(*) FROM \"{table}\" WHERE \"{column}\" = $1 OR lower(\"{column}\") = lower($2) OR \"{column}\" = $3", connection);
            count.Parameters.AddWithValue(userId);
            count.Parameters.AddWithValue(email);
            count.Parameters.AddWithValue(fingerprint);
            if ((long)(await count.ExecuteScalarAsync())! > 0)
            {
                hits.Add($"{table}.{column}");
            }
        }
        return hits;
    }
}
