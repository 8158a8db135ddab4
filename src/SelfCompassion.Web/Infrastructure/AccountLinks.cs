using SelfCompassion.Accounts;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>Absolute links for account emails, from the site's public address.</summary>
internal sealed class AccountLinks(HttpRequest request) : IAccountLinks
{
    private string Origin => PublicOrigin.Of(request.HttpContext);

    public string ConfirmEmail(string userId, string code) =>
        $"{Origin}/account/confirm-email?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}";

    public string SignIn() => $"{Origin}/account/login";

    public string ForgotPassword() => $"{Origin}/account/forgot-password";

    public string ResetPassword(string code) => $"{Origin}/account/reset-password?code={Uri.EscapeDataString(code)}";

    public static AccountLinks For(HttpContext context) => new(context.Request);
}
