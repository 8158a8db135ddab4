using System.Net;

namespace SelfCompassion.Tests.Http.Accounts;

/// <summary>Real addresses in any script sign up; one that would fold into someone else's is refused.</summary>
public class EmailAddressTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("o'neill")]
    [InlineData("josé")]
    public async Task Real_addresses_with_an_apostrophe_or_an_accent_can_sign_up(string name)
    {
        var person = TestUser.Create() with { Email = $"{name}-{Guid.NewGuid():N}@example.test" };

        var registered = await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), person);

        Assert.Equal(HttpStatusCode.Redirect, registered.Status);
    }

    [Theory]
    [InlineData("jose\u0301")]
    [InlineData("\u212Aate")]
    public async Task An_address_that_would_fold_into_someone_elses_is_refused_beside_the_field(string name)
    {
        var person = TestUser.Create() with { Email = $"{name}-{Guid.NewGuid():N}@example.test" };

        var page = await AccountPages.RegisterAsync(app.CreateBrowserlikeClient(), person);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Please enter an email address like name@example.com.", page.ErrorFor("Input.Email"));
    }
}
