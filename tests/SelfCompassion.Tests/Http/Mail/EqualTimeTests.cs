using System.Diagnostics;
using System.Net;

namespace SelfCompassion.Tests.Http.Mail;

/// <summary>
/// The forms that send mail answer alike, and in alike time, whether or not the address has an account: timing
/// must not tell a stranger who uses the app.
/// </summary>
[Collection(Alone.Name)]
public class EqualTimeTests(AppFactory app) : IClassFixture<AppFactory>
{
    private const int Rounds = 6;

    [Theory]
    [InlineData("/account/forgot-password")]
    [InlineData("/account/resend-confirmation")]
    public async Task Link_forms_take_as_long_for_an_unknown_address_as_for_a_known_one(string path)
    {
        var known = TestUser.Create();
        await People.CreateAsync(app, known);
        // Once each unmeasured, so neither side pays for the first request's warm-up.
        await TimeAsync(path, known.Email);
        await TimeAsync(path, $"nobody-{Guid.NewGuid():N}@example.test");
        var (knownTimes, unknownTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < Rounds; i++)
        {
            // Taking turns at going first, so any drift over the run falls on both sides.
            if (i % 2 == 0)
            {
                knownTimes.Add(await TimeAsync(path, known.Email));
                unknownTimes.Add(await TimeAsync(path, $"nobody-{Guid.NewGuid():N}@example.test"));
            }
            else
            {
                unknownTimes.Add(await TimeAsync(path, $"nobody-{Guid.NewGuid():N}@example.test"));
                knownTimes.Add(await TimeAsync(path, known.Email));
            }
        }
        AssertAlike(knownTimes, unknownTimes);
    }

    [Fact]
    public async Task Signing_up_takes_as_long_with_an_address_that_has_an_account()
    {
        var (knownTimes, unknownTimes) = (new List<double>(), new List<double>());
        for (var i = 0; i < Rounds; i++)
        {
            var existing = TestUser.Create();
            await People.CreateAsync(app, existing);
            knownTimes.Add(await RegisterTimeAsync(existing));
            unknownTimes.Add(await RegisterTimeAsync(TestUser.Create()));
        }
        AssertAlike(knownTimes, unknownTimes);
    }

    private static void AssertAlike(List<double> known, List<double> unknown)
    {
        var (a, b) = (Median(known), Median(unknown));
        // Generous bounds for a shared machine; before the outbox, unknown addresses answered several times faster.
        Assert.InRange(b / a, 0.6, 1.6);
    }

    private async Task<double> TimeAsync(string path, string email)
    {
        // The mail itself is written after the answer; letting it finish keeps it out of the next measurement.
        app.Mail.WaitForOutbox();
        var client = app.CreateBrowserlikeClient();
        var form = (await HtmlPage.GetAsync(client, path)).Form().Set("Input.Email", email);
        var clock = Stopwatch.StartNew();
        var response = await form.SubmitAsync(client);
        clock.Stop();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return clock.Elapsed.TotalMilliseconds;
    }

    private async Task<double> RegisterTimeAsync(TestUser person)
    {
        app.Mail.WaitForOutbox();
        var client = app.CreateBrowserlikeClient();
        var form = (await HtmlPage.GetAsync(client, "/account/register")).Form()
            .Set("Input.DisplayName", person.DisplayName).Set("Input.Email", person.Email)
            .Set("Input.Password", person.Password).Set("Input.ConfirmPassword", person.Password);
        var clock = Stopwatch.StartNew();
        var response = await form.SubmitAsync(client);
        clock.Stop();
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
