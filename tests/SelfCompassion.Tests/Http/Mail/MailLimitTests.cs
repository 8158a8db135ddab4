using System.Net;

namespace SelfCompassion.Tests.Http.Mail;

/// <summary>One inbox gets at most a few mails of a kind an hour, however often someone asks; the asker can't tell.</summary>
public class MailLimitTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Asking_for_reset_links_again_and_again_sends_three_in_an_hour()
    {
        var person = TestUser.Create();
        await People.CreateAsync(app, person);
        for (var i = 0; i < 6; i++)
        {
            var client = app.CreateBrowserlikeClient();
            var form = (await HtmlPage.GetAsync(client, "/account/forgot-password")).Form().Set("Input.Email", person.Email);
            Assert.Equal(HttpStatusCode.Redirect, (await form.SubmitAsync(client)).StatusCode);
        }

        Assert.Equal(3, app.Mail.To(person.Email).Count);
    }
}
