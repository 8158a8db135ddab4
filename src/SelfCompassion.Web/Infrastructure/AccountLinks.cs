using SelfCompassion.Accounts;

namespace SelfCompassion.Web.Infrastructure;

/// <summary>
/// Absolute links for account emails. They start from App:PublicUrl when it is set, never from a Host header an
/// attacker could forge to send someone's reset link to their own site; Development falls back to the request.
/// </summary>
internal sealed class AccountLinks(HttpRequest request, IConfiguration configuration) : IAccountLinks
{
    private string Origin
    {
        get
        {
            var configured = configuration["App:PublicUrl"];
            return string.IsNullOrWhiteSpace(configured)
                ? $"{request.Scheme}://{request.Host}{request.PathBase}"
                : configured.TrimEnd('/');
        }
    }

    public string ConfirmEmail(string userId, string code) =>
        $"{Origin}/account/confirm-email?userId={Uri.EscapeDataString(userId)}&code={Uri.EscapeDataString(code)}";

    public string SignIn() => $"{Origin}/account/login";

    public string ForgotPassword() => $"{Origin}/account/forgot-password";

    public string ResetPassword(string code) => $"{Origin}/account/reset-password?code={Uri.EscapeDataString(code)}";

    public static AccountLinks For(HttpContext context) =>
        new(context.Request, context.RequestServices.GetRequiredService<IConfiguration>());
}
