using System.Buffers.Binary;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SelfCompassion.Accounts;

namespace SelfCompassion.Tests.Services;

public class PasswordPolicyTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<IdentityResult> CreateAsync(string password, string? email = null)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        email ??= TestUser.Create().Email;
        return await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, DisplayName = "Sam" }, password);
    }

    [Fact]
    public async Task Twelve_characters_without_digits_capitals_or_symbols_are_enough()
    {
        var result = await CreateAsync("quiet harbor");
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    [Fact]
    public async Task Eleven_characters_are_refused_with_the_length_asked_for()
    {
        var result = await CreateAsync("quiet harbo");
        var error = Assert.Single(result.Errors);
        Assert.Equal(nameof(IdentityErrorDescriber.PasswordTooShort), error.Code);
        Assert.Contains("12 characters", error.Description);
    }

    [Fact]
    public async Task One_hundred_twenty_eight_characters_are_allowed_but_not_more()
    {
        var longest = new string('a', 101) + "b quiet harbor at dawn long";
        Assert.Equal(128, longest.Length);
        Assert.True((await CreateAsync(longest)).Succeeded);
        var tooLong = await CreateAsync(new string('x', 129));
        Assert.Equal(PasswordPolicyValidator.TooLongCode, Assert.Single(tooLong.Errors).Code);
    }

    [Theory]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("QWERTY123456")]
    public async Task Common_passwords_are_refused_whatever_their_case(string password)
    {
        var result = await CreateAsync(password);
        Assert.Equal(PasswordPolicyValidator.CommonCode, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task A_password_that_is_the_email_address_is_refused()
    {
        var email = TestUser.Create().Email;
        var result = await CreateAsync(email, email);
        Assert.Equal(PasswordPolicyValidator.PersonalCode, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void The_bundled_list_holds_at_least_ten_thousand_passwords()
    {
        Assert.True(CommonPasswords.Bundled.Count >= 10_000, $"Only {CommonPasswords.Bundled.Count} passwords are bundled.");
        Assert.True(CommonPasswords.Bundled.Contains("password"));
    }

    [Fact]
    public async Task Passwords_are_stored_as_PBKDF2_with_210000_iterations()
    {
        var email = TestUser.Create().Email;
        Assert.True((await CreateAsync("a calm and steady breath", email)).Succeeded);

        using var scope = app.Services.CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>().FindByEmailAsync(email);
        var hash = Convert.FromBase64String(user!.PasswordHash!);

        // Identity's v3 format: marker 0x01, then PRF, iteration count and salt length as big-endian uint32.
        Assert.Equal(0x01, hash[0]);
        Assert.Equal((uint)KeyDerivationPrfSha512, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1)));
        Assert.Equal(210_000u, BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5)));
    }

    private const int KeyDerivationPrfSha512 = 2;
}
