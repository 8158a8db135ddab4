using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SelfCompassion.Accounts.Consent;
using SelfCompassion.Accounts.Sessions;
using SelfCompassion.Accounts.TwoFactor;
using SelfCompassion.Data;
using SelfCompassion.Email;

namespace SelfCompassion.Accounts;

public static class AccountsSetup
{
    /// <summary>
    /// Accounts through ASP.NET Core Identity, with the app's password policy, lockout and wording, and the account use
    /// cases (register, sign in, reset, profile). The host configures the sign-in cookie. Needs data and email.
    /// </summary>
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                // The user name is the email, which the forms, Identity's email check and EmailFoldsCleanly judge; the
                // default list of letters refused real addresses (o'neill@example.ie, josé@example.com) as if malformed.
                options.User.AllowedUserNameCharacters = "";
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = PasswordRules.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = PasswordRules.LockoutDuration;
                options.Tokens.AuthenticatorTokenProvider = OneTimeAuthenticator.ProviderName;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<OneTimeAuthenticator>(OneTimeAuthenticator.ProviderName)
            .AddErrorDescriber<FriendlyIdentityErrors>()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddUserValidator<EmailFoldsCleanly>()
            .AddClaimsPrincipalFactory<DisplayNameClaimsFactory>();
        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordRules.Pbkdf2Iterations);
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(24));
        // A changed password or two-step setting (which changes the security stamp) signs out any browser the
        // change didn't already end, within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));

        services.AddScoped<IMailComposer, AccountMail>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<AccountProfile>();
        services.AddScoped<AccountTwoFactor>();
        services.AddScoped<CurrentDevice>();
        services.AddScoped<SessionStore>();
        services.AddSingleton<SessionCache>();
        services.AddHostedService<SessionChanges>();
        services.AddSingleton<AccountHousekeeping>();
        services.AddHostedService(provider => provider.GetRequiredService<AccountHousekeeping>());
        services.AddScoped<AccountSessions>();
        services.AddScoped<AccountActivity>();
        services.AddScoped<PrivacyConsent>();
        services.AddScoped<PasswordCheck>();
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }
}
