using System.Security.Claims;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SelfCompassion.Accounts;
using SelfCompassion.Data;
using SelfCompassion.Database;
using SelfCompassion.Email;
using SelfCompassion.Guide;
using SelfCompassion.Journal;
using SelfCompassion.Practice;
using SelfCompassion.Progress;
using Serilog;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>The composition root: every service the app uses, configured in one place.</summary>
internal static class SelfCompassionServices
{
    public static WebApplicationBuilder AddSelfCompassion(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        var secureCookies = configuration.GetValue("Cookies:RequireSecure", !builder.Environment.IsDevelopment());

        // Each host keeps its own logger rather than replacing the process-wide one, so two hosts never share sinks.
        services.AddSerilog((provider, logger) => Logging.Configure(logger, configuration, provider), preserveStaticLogger: true);

        services.AddSingleton(provider =>
        {
            var configured = configuration["DataDirectory"];
            return string.IsNullOrWhiteSpace(configured)
                ? DataDirectory.ForContentRoot(builder.Environment.ContentRootPath)
                : new DataDirectory(configured);
        });

        services.AddSingleton<DatabaseConnection>();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddHostedService<DatabaseStartup>();
        services.AddPooledDbContextFactory<AppDbContext>((provider, options) =>
            AppDbContextOptions.Configure(options, provider.GetRequiredService<DatabaseConnection>().ConnectionString));
        // Each request's context is told whose journal it may see before anything can query it.
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();
            var requests = provider.GetRequiredService<IHttpContextAccessor>();
            db.CurrentOwner = () => requests.HttpContext?.User is { Identity.IsAuthenticated: true } user
                ? user.FindFirstValue(ClaimTypes.NameIdentifier)
                : null;
            return db;
        });
        services.AddHttpContextAccessor();

        services.AddDataProtection()
            .SetApplicationName("SelfCompassion")
            .PersistKeysToDbContext<AppDbContext>();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider =>
            new ConfigureOptions<KeyManagementOptions>(options =>
                options.XmlEncryptor = new KeyRingEncryptor(provider.GetRequiredService<JournalKey>())));

        AddAccounts(services, secureCookies);
        AddJournal(services, builder);
        AddGuide(services, builder);
        AddEmail(services, configuration);

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = secureCookies ? "__Host-sc-antiforgery" : "sc-antiforgery";
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__RequestVerificationToken";
        });

        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Account");
            options.Conventions.AuthorizeFolder("/Journal");
            options.Conventions.AuthorizeFolder("/Practice");
            options.Conventions.AuthorizeFolder("/Progress");
            options.Conventions.AuthorizePage("/Guide/Moderation", GuideCache.ModeratorPolicy);
            foreach (var page in AnonymousAccountPages)
            {
                options.Conventions.AllowAnonymousToPage(page);
            }
        }).AddMvcOptions(options =>
        {
            // Only number boxes reach these: a 0 to 100 rating is the app's one kind of number input.
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => RatingMessage);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => RatingMessage);
            messages.SetValueIsInvalidAccessor(_ => RatingMessage);
            messages.SetValueMustBeANumberAccessor(_ => RatingMessage);
        });
        // Every form here is small; a huge body is refused before it is read.
        services.Configure<FormOptions>(options =>
        {
            options.ValueLengthLimit = 16 * 1024;
            options.ValueCountLimit = 200;
            options.KeyLengthLimit = 256;
        });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 256 * 1024);

        services.AddAuthorizationBuilder()
            .AddPolicy(GuideCache.ModeratorPolicy, policy => policy.RequireRole(Moderators.Role));

        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        return builder;
    }

    private const string RatingMessage = "Please use a whole number from 0 to 100.";

    private static readonly string[] AnonymousAccountPages =
    [
        "/Account/Register", "/Account/RegisterConfirmation", "/Account/Login", "/Account/ConfirmEmail",
        "/Account/ResendConfirmation", "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/Logout",
    ];

    private static void AddAccounts(IServiceCollection services, bool secureCookies)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.SignIn.RequireConfirmedEmail = true;
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = PasswordRules.MinimumLength;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = PasswordRules.MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = PasswordRules.LockoutDuration;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<FriendlyIdentityErrors>()
            .AddPasswordValidator<PasswordPolicyValidator>()
            .AddClaimsPrincipalFactory<DisplayNameClaimsFactory>();

        services.Configure<PasswordHasherOptions>(options => options.IterationCount = PasswordRules.Pbkdf2Iterations);
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromHours(24));

        services.ConfigureApplicationCookie(options =>
        {
            // The __Host- prefix pins the cookie to this host and path, and browsers only accept it when Secure.
            options.Cookie.Name = secureCookies ? "__Host-sc-auth" : "sc-auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.Cookie.Path = "/";
            options.ExpireTimeSpan = TimeSpan.FromDays(14);
            options.SlidingExpiration = true;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/error/403";
        });
    }

    private static void AddJournal(IServiceCollection services, WebApplicationBuilder builder)
    {
        services.AddSingleton(provider => JournalKey.Load(
            builder.Configuration, builder.Environment, provider.GetRequiredService<DataDirectory>()));
        services.AddSingleton<JournalCipher>();
        services.AddScoped<JournalService>();
        services.AddScoped<PracticeService>();
        services.AddScoped<CheckInService>();
        services.AddScoped<ProgressService>();
    }

    private static void AddGuide(IServiceCollection services, WebApplicationBuilder builder)
    {
        services.AddSingleton(_ => ArticleLibrary.Load(Path.Combine(builder.Environment.ContentRootPath, "Content", "guide")));
        services.AddScoped<GuideReplies>();
        services.AddScoped<Moderators>();
        services.AddOutputCache(options =>
            options.AddPolicy(GuideCache.Policy, policy => policy.Expire(TimeSpan.FromMinutes(10)).Tag(GuideCache.Tag)));
    }

    private static void AddEmail(IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<FileEmailSender>();
        services.AddSingleton<SmtpEmailSender>();
        services.AddSingleton<IEmailSender>(provider =>
            provider.GetRequiredService<IOptions<EmailOptions>>().Value.Delivery == EmailDelivery.File
                ? provider.GetRequiredService<FileEmailSender>()
                : provider.GetRequiredService<SmtpEmailSender>());
        services.AddScoped<AccountEmails>();
        services.AddScoped<AccountRegistration>();
        services.AddScoped<AccountSignIn>();
        services.AddScoped<PasswordReset>();
        services.AddScoped<AccountProfile>();
        services.AddSingleton(TimeProvider.System);
    }
}
