using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SelfCompassion.Guide;
using SelfCompassion.Web.Components;
using SelfCompassion.Web.Components.Charts;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>What the web adds around Core's accounts and pages: cookies, antiforgery, page conventions and messages.</summary>
internal static class WebSetup
{
    /// <summary>The only message the model binder gives: a number box holding something that isn't a whole number.</summary>
    private const string NumberMessage = "Please use a whole number from 0 to 100.";

    private static readonly string[] AnonymousAccountPages =
    [
        "/Account/Register", "/Account/RegisterConfirmation", "/Account/Login", "/Account/ConfirmEmail",
        "/Account/ResendConfirmation", "/Account/ForgotPassword", "/Account/ResetPassword", "/Account/Logout",
        "/Account/LoginWithTwoFactor", "/Account/LoginWithRecoveryCode", "/Account/Goodbye",
    ];

    public static IServiceCollection AddWebAccounts(this IServiceCollection services, bool secureCookies)
    {
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
            options.Events.OnValidatePrincipal = SecurityStampCheck.WhenDueAsync;
        });
        services.AddSingleton<DatabaseTicketStore>();
        services.AddSingleton<StampChecks>();
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);
        foreach (var (scheme, name) in new[] { (IdentityConstants.TwoFactorUserIdScheme, "sc-2fa-user"), (IdentityConstants.TwoFactorRememberMeScheme, "sc-2fa-browser"), (IdentityConstants.ExternalScheme, "sc-external") })
        {
            services.Configure<CookieAuthenticationOptions>(scheme, options =>
            {
                options.Cookie.Name = secureCookies ? $"__Host-{name}" : name;
                options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
                options.Cookie.Path = "/";
                options.Cookie.HttpOnly = true;
            });
        }
        services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = secureCookies ? "__Host-sc-tempdata" : "sc-tempdata";
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
        });
        services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = secureCookies ? "__Host-sc-antiforgery" : "sc-antiforgery";
            options.Cookie.SecurePolicy = secureCookies ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.FormFieldName = "__RequestVerificationToken";
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(GuideCache.ModeratorPolicy, policy => policy.RequireRole(Moderators.Role));
        return services;
    }

    public static IServiceCollection AddWebPages(this IServiceCollection services)
    {
        services.AddRouting(options => options.LowercaseUrls = true);
        services.AddRazorPages(options =>
        {
            options.Conventions.AuthorizeFolder("/Account");
            options.Conventions.AuthorizeFolder("/Journal");
            options.Conventions.AuthorizeFolder("/Practice");
            options.Conventions.AuthorizeFolder("/Progress");
            options.Conventions.AuthorizePage("/Guide/Moderation", GuideCache.ModeratorPolicy);
            foreach (var folder in new[] { "/Journal", "/Practice", "/Progress" })
            {
                options.Conventions.AddFolderApplicationModelConvention(folder, model => model.Filters.Add(new ConsentRequired()));
            }
            foreach (var page in new[] { "/Help/Plan", "/Help/PlanPrint" })
            {
                options.Conventions.AddPageApplicationModelConvention(page, model => model.Filters.Add(new ConsentRequired(readableOnEarlierConsent: true)));
            }
            options.Conventions.AddPageApplicationModelConvention("/Account/Data", model => model.Filters.Add(new ConsentRequired(onlyHandler: "Import")));
            foreach (var page in AnonymousAccountPages)
            {
                options.Conventions.AllowAnonymousToPage(page);
            }
        }).AddMvcOptions(options =>
        {
            // Core's validators decide what is required; a form's nullable text is simply absent when blank.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            options.ModelBinderProviders.Insert(0, new CheckboxBinderProvider());
            options.ModelBinderProviders.Insert(0, new TextBinderProvider());
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => NumberMessage);
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => NumberMessage);
            messages.SetValueIsInvalidAccessor(_ => NumberMessage);
            messages.SetValueMustBeANumberAccessor(_ => NumberMessage);
        });
        services.AddSingleton<ChartsDrawnOnce>();
        services.AddSingleton<CrisisLinesDrawnOnce>();
        return services;
    }
}
