using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;

namespace SelfCompassion.Tests.Http.Mail;

/// <summary>The app sending through a real SMTP server with STARTTLS, which is down when the app starts.</summary>
public sealed class SmtpAppFactory : AppFactory
{
    public TestSmtpServer Smtp { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Email:Delivery", "Smtp");
        builder.UseSetting("Email:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Email:Smtp:Port", Smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Email:Smtp:UseTls", "true");
        builder.UseSetting("Email:Smtp:CertificateFingerprint", Smtp.CertificateFingerprint);
        builder.UseSetting("Email:RetrySeconds", "0.5");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public partial class SmtpDeliveryTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [Fact]
    public async Task Mail_asked_for_while_the_mail_server_is_down_arrives_when_it_is_back_and_its_link_works()
    {
        var client = app.CreateBrowserlikeClient();
        var person = TestUser.Create();

        // The server isn't listening yet: signing up still answers at once, without an error.
        var registered = await AccountPages.RegisterAsync(client, person);
        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Empty(app.Smtp.Received);

        app.Smtp.Start();
        var mail = await app.Smtp.WaitForAsync(person.Email, TimeSpan.FromSeconds(30));

        Assert.Equal("Please confirm your email for SelfCompassion", mail.Subject);
        var link = new Uri(LinkPattern().Match(mail.TextBody ?? "").Value);
        var confirmed = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await AccountPages.SignInAsync(client, person)).Status);
        Assert.DoesNotContain(person.Email, app.Logs.AllText(), StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
