using System.Net;
using Microsoft.EntityFrameworkCore;
using SelfCompassion.Data;
using SelfCompassion.Email;

namespace SelfCompassion.Tests.Http;

/// <summary>
/// U+0000 arrives only from broken or hostile clients, and PostgreSQL refuses it in text: it must never turn an address
/// into the error page (ASP.NET Core refuses a form carrying one as broken), and one mail that can't be written must
/// never hold back everyone else's.
/// </summary>
public class HiddenCharacterTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/account/confirm-email?userId=%00&code=abc")]
    [InlineData("/account/confirm-email?userId=a%00b&code=abc")]
    [InlineData("/account/reset-password?code=%00")]
    public async Task An_address_carrying_a_nul_never_meets_the_error_page(string address)
    {
        var response = await app.CreateBrowserlikeClient().GetAsync(address);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect or HttpStatusCode.BadRequest, $"{address}: {response.StatusCode}");
    }

    [Fact]
    public async Task A_form_carrying_a_nul_is_refused_as_broken_and_nothing_is_stored()
    {
        var person = TestUser.Create() with { DisplayName = "Ro\0bin" };

        var registered = await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), person);

        Assert.Equal(HttpStatusCode.BadRequest, registered.Status);
        Assert.Contains("Let's try that again", registered.Document.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        await using var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        Assert.False(await db.Users.AnyAsync(u => u.NormalizedEmail == person.Email.ToUpperInvariant()));
    }

    [Fact]
    public async Task A_mail_that_cannot_be_composed_counts_an_attempt_and_the_rest_are_sent()
    {
        var other = TestUser.Create();
        await People.CreateAsync(app, other);
        var broken = Guid.NewGuid();
        await using (var db = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString)))
        {
            db.Add(new OutboxMessage
            {
                Id = broken,
                Kind = SelfCompassion.Accounts.AccountMail.PasswordReset,
                RecipientFingerprint = "unreadable",
                SealedRequest = [1, 2, 3],
                CreatedAt = DateTimeOffset.UtcNow,
                NextAttemptAt = DateTimeOffset.UtcNow.AddSeconds(-1),
            });
            await db.SaveChangesAsync();
        }

        Assert.Equal(HttpStatusCode.Redirect, await AskForResetAsync(other.Email));

        Assert.Single(app.Mail.To(other.Email));
        await using var after = new AppDbContext(TestCluster.OptionsFor(app.ConnectionString));
        var message = await after.Set<OutboxMessage>().SingleAsync(m => m.Id == broken);
        Assert.Equal((1, MailOutcome.Waiting), (message.Attempts, message.Outcome));
        Assert.True(message.NextAttemptAt > DateTimeOffset.UtcNow);
    }

    private async Task<HttpStatusCode> AskForResetAsync(string email)
    {
        var client = app.CreateBrowserlikeClient();
        var form = (await HtmlPage.GetAsync(client, "/account/forgot-password")).Form().Set("Input.Email", email);
        return (await form.SubmitAsync(client)).StatusCode;
    }
}
